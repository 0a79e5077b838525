package org.coopkit.storage.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * Decides whether the tests of a database server run, are skipped or fail.
 *
 * <p>A server that answers is used. One that does not has its tests skipped, with one line on
 * standard error naming its URL (once per database per JVM), unless the environment variable
 * {@value #REQUIRE_ENV} (a comma list such as {@code postgresql,mariadb}) names it: then each of
 * its tests fails with that message. CI sets it, so that a server that did not start cannot pass
 * for a green build.
 */
public final class TestDatabases {
  /** The environment variable listing the databases whose tests must not be skipped. */
  public static final String REQUIRE_ENV = "COOPKIT_REQUIRE_DATABASES";

  /** How long a probe waits for a server, in seconds. */
  static final int PROBE_TIMEOUT_SECONDS = 5;

  private static final Map<Database, Decision> DECISIONS = new ConcurrentHashMap<>();

  private TestDatabases() {}

  /** What to do with the tests of one database. */
  enum Verdict {
    RUN,
    SKIP,
    FAIL
  }

  /**
   * A verdict and the one line that explains it (empty for {@link Verdict#RUN}).
   *
   * @param verdict what to do
   * @param message why, naming the database and its URL
   */
  record Decision(Verdict verdict, String message) {}

  /**
   * Lets the calling test go on if the target's server answers; otherwise aborts it (skipped) or
   * fails it, as {@link #decide} says. The server is asked once per JVM.
   */
  static void ensureAvailable(DatabaseTarget target) {
    Decision decision =
        DECISIONS.computeIfAbsent(
            target.database(),
            database -> {
              Decision d = decide(target, probe(target), parseRequired(System.getenv(REQUIRE_ENV)));
              if (d.verdict() != Verdict.RUN) {
                System.err.println("[coopkit-test] " + d.message());
              }
              return d;
            });
    switch (decision.verdict()) {
      case RUN -> {}
      case SKIP -> Assumptions.abort(decision.message());
      case FAIL -> throw new AssertionError(decision.message());
    }
  }

  /**
   * The decision for a target: run when {@code problem} is null (the server answered); otherwise
   * fail if {@code required} holds the database, else skip.
   *
   * @param problem why the server did not answer, or {@code null} if it did
   */
  static Decision decide(DatabaseTarget target, @Nullable String problem, Set<Database> required) {
    if (problem == null) {
      return new Decision(Verdict.RUN, "");
    }
    Database database = target.database();
    String what =
        database.displayName() + " at " + target.shownUrl() + " did not answer (" + problem + ")";
    if (required.contains(database)) {
      return new Decision(
          Verdict.FAIL,
          what
              + " but "
              + REQUIRE_ENV
              + " names "
              + database.key()
              + ": start the server, or point "
              + DatabaseTarget.propertyName(database, "url")
              + " / "
              + DatabaseTarget.environmentName(database, "url")
              + " at one");
    }
    return new Decision(
        Verdict.SKIP,
        what
            + ": its tests are skipped (set "
            + REQUIRE_ENV
            + "="
            + database.key()
            + " to fail instead)");
  }

  /**
   * Reads the value of {@value #REQUIRE_ENV}: database keys separated by commas, in any case,
   * blanks ignored.
   *
   * @throws IllegalArgumentException for a name that is no {@link Database#key()}
   */
  static Set<Database> parseRequired(@Nullable String value) {
    Set<Database> required = EnumSet.noneOf(Database.class);
    if (value == null) {
      return required;
    }
    for (String item : value.split(",", -1)) {
      String name = item.strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      Database database =
          Arrays.stream(Database.values())
              .filter(d -> d.key().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          REQUIRE_ENV
                              + " names '"
                              + item.strip()
                              + "', which is none of "
                              + Arrays.stream(Database.values())
                                  .map(Database::key)
                                  .collect(Collectors.joining(", "))));
      required.add(database);
    }
    return required;
  }

  /**
   * Connects once to the target's URL. Returns {@code null} if the server answered, else the first
   * line of the driver's message. H2 always answers.
   */
  static @Nullable String probe(DatabaseTarget target) {
    if (target.database() == Database.H2) {
      return null;
    }
    Properties properties = new Properties();
    properties.setProperty("user", target.user());
    properties.setProperty("password", target.password());
    if (target.database() == Database.POSTGRESQL) {
      properties.setProperty("connectTimeout", Integer.toString(PROBE_TIMEOUT_SECONDS));
      properties.setProperty("loginTimeout", Integer.toString(PROBE_TIMEOUT_SECONDS));
    } else {
      properties.setProperty("connectTimeout", Integer.toString(PROBE_TIMEOUT_SECONDS * 1000));
    }
    try (Connection connection = DriverManager.getConnection(target.url(), properties)) {
      return connection.isValid(PROBE_TIMEOUT_SECONDS) ? null : "the connection was not valid";
    } catch (SQLException e) {
      String message = e.getMessage();
      if (message == null || message.isBlank()) {
        return e.getClass().getSimpleName();
      }
      return message.strip().lines().findFirst().orElse(message);
    }
  }
}
