package org.coopkit.storage.jdbc.internal;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The jOOQ settings every coopkit query runs with, and the {@link DSLContext} built on them.
 *
 * <ul>
 *   <li>Names are rendered lower-case and unquoted, as the scripts write them, so that H2's
 *       upper-casing of unquoted names still finds the tables.
 *   <li>No schema or catalog is rendered: queries use the connection's current schema (database, on
 *       MariaDB), which the pool sets.
 *   <li>No {@code SET @@group_concat_max_len} before MULTISET queries on MariaDB: the driver
 *       rejects the extra statement, and the pool raises the limit once per session instead.
 *   <li>No execute logging: statements may carry personal data.
 * </ul>
 */
public final class JooqSettings {
  private JooqSettings() {}

  /** A new {@link Settings} instance (jOOQ's settings are mutable, so each caller gets its own). */
  public static Settings settings() {
    return new Settings()
        .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
        .withRenderNameCase(RenderNameCase.LOWER)
        .withRenderSchema(false)
        .withRenderCatalog(false)
        .withRenderGroupConcatMaxLenSessionVariable(false)
        .withExecuteLogging(false);
  }

  /**
   * A {@link DSLContext} that borrows a connection from {@code dataSource} for each query (or
   * transaction) and hands it back at once.
   */
  public static DSLContext dsl(DataSource dataSource, SQLDialect dialect) {
    return DSL.using(dataSource, dialect, settings());
  }
}
