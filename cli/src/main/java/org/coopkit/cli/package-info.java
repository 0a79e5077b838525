/**
 * The {@code coopkit} program: a programme office's data in and out, reports and searches, from a
 * shell, on the embedded default or a PostgreSQL or MariaDB server. {@link
 * org.coopkit.cli.CoopkitCli} is its entry point and lists the exit codes.
 */
@NullMarked
package org.coopkit.cli;

import org.jspecify.annotations.NullMarked;
