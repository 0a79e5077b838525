/**
 * The JDBC storage adapter: coopkit's storage on H2 (embedded), PostgreSQL or MariaDB through jOOQ,
 * with the schema kept up to date by Flyway.
 *
 * <p>The API is three types: {@link org.coopkit.storage.jdbc.JdbcStorage}, made over the host's
 * {@link javax.sql.DataSource} ({@code create}), a pool of its own ({@code connect}) or an H2 file
 * ({@code embedded}), with bulk inserts for loads; {@link
 * org.coopkit.storage.jdbc.JdbcStorageOptions}, how it migrates, which schema it uses, its bulk
 * chunks and its retries; and {@link org.coopkit.storage.jdbc.HostTransactions}, through which a
 * storage over the host's pool finds the host's own transaction and joins it. Everything else here
 * is package-private: one store per aggregate (each reads an aggregate, or a page of them, in one
 * statement), the report store ({@code GROUP BY} per dimension), the translation of database
 * failures into coopkit's exceptions. {@code org.coopkit.storage.jdbc.internal} holds the building
 * blocks and is not API.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.storage.jdbc;

import org.jspecify.annotations.NullMarked;
