/**
 * The storage contract kit's suites, run against {@link org.coopkit.storage.jdbc.JdbcStorage} on
 * H2, PostgreSQL and MariaDB: one class per suite and database, each over a fresh schema of its own
 * (see {@link org.coopkit.storage.jdbc.contract.ContractStorage}).
 */
@NullMarked
package org.coopkit.storage.jdbc.contract;

import org.jspecify.annotations.NullMarked;
