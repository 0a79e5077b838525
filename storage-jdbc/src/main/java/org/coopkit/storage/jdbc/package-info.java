/**
 * The JDBC storage adapter: coopkit's storage on H2 (embedded), PostgreSQL or MariaDB through
 * jOOQ, with the schema kept up to date by Flyway.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.storage.jdbc;

import org.jspecify.annotations.NullMarked;
