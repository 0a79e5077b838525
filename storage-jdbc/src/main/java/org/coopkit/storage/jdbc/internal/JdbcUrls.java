package org.coopkit.storage.jdbc.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jooq.SQLDialect;

/**
 * What coopkit reads from a JDBC URL: the database it is for, and a form fit for messages. Apart
 * from {@link Pools} so that it runs without HikariCP (see {@link OptionalDependencies}).
 */
public final class JdbcUrls {
  private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

  private JdbcUrls() {}

  /**
   * The dialect a JDBC URL is for, from its prefix. A {@code jdbc:mysql:} URL counts as MariaDB
   * here: the session settings are the same.
   *
   * @throws IllegalArgumentException for any other URL
   */
  public static SQLDialect dialectOf(String jdbcUrl) {
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:h2:")) {
      return SQLDialect.H2;
    } else if (url.startsWith("jdbc:postgresql:")) {
      return SQLDialect.POSTGRES;
    } else if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
      return SQLDialect.MARIADB;
    }
    throw new IllegalArgumentException(
        "Unsupported JDBC URL "
            + redact(jdbcUrl)
            + ": coopkit storage-jdbc supports jdbc:h2:, jdbc:postgresql: and jdbc:mariadb:");
  }

  /** The URL with any {@code password=} parameter's value hidden, fit for messages and logs. */
  public static String redact(String jdbcUrl) {
    return PASSWORD_IN_URL.matcher(jdbcUrl).replaceAll("$1***");
  }
}
