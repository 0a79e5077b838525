/**
 * The adapter's building blocks. Not part of the API: types here may change or go away in any
 * release, whatever their visibility (they are public only so that {@code org.coopkit.storage.jdbc}
 * can use them).
 *
 * <ul>
 *   <li>{@link org.coopkit.storage.jdbc.internal.Dialects}: which database a connection reaches, as
 *       a jOOQ {@link org.jooq.SQLDialect}, and its folder of vendor-only migrations;
 *   <li>{@link org.coopkit.storage.jdbc.internal.Migrations}: brings a schema up to date with
 *       Flyway, from {@code db/migration} and {@code db/vendor/<h2|postgresql|mariadb>};
 *   <li>{@link org.coopkit.storage.jdbc.internal.JooqSettings}: the jOOQ settings every query runs
 *       with, and the {@link org.jooq.DSLContext} built on them;
 *   <li>{@link org.coopkit.storage.jdbc.internal.Pools}: HikariCP pools with UTC, utf8mb4 sessions
 *       and a short connection timeout;
 *   <li>{@link org.coopkit.storage.jdbc.internal.JdbcUrls}: the database a JDBC URL is for, and the
 *       URL without its password;
 *   <li>{@link org.coopkit.storage.jdbc.internal.OptionalDependencies}: whether HikariCP, a JDBC
 *       driver and Flyway's module for the database are on the class path, and the message naming
 *       the artifact to add when one is not;
 *   <li>{@link org.coopkit.storage.jdbc.internal.UtcInstantConverter}: the jOOQ converter of the
 *       {@code created_at} and {@code updated_at} columns, UTC date-times, to instants.
 * </ul>
 *
 * <p>{@code org.coopkit.storage.jdbc.internal.schema} holds the classes jOOQ generates from the
 * Flyway scripts at build time; it is not null-marked, as a record's getters return null for
 * columns not fetched.
 */
@NullMarked
package org.coopkit.storage.jdbc.internal;

import org.jspecify.annotations.NullMarked;
