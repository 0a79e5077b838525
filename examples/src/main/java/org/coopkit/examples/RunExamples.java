package org.coopkit.examples;

import java.nio.file.Path;
import java.util.Locale;
import org.coopkit.Coopkit;
import org.coopkit.spi.Storage;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.jspecify.annotations.Nullable;

/**
 * The README's run command: stores the Cybercrime EAP II project in the embedded default (an H2
 * file database under {@code target/}) or in the database {@code --jdbc-url} names, then prints
 * the project's page and dashboard.
 *
 * <pre>
 * RunExamples [--jdbc-url URL [--user NAME] [--password SECRET]]
 * </pre>
 */
public final class RunExamples {
  /** Where the embedded default keeps its file, relative to the working directory. */
  static final Path EMBEDDED_FILE = Path.of("target", "coopkit-examples", "coopkit");

  private RunExamples() {}

  public static void main(String[] args) {
    Options options = Options.parse(args);
    try (Coopkit coopkit = Coopkit.builder().storage(options.storage()).build()) {
      System.out.println(run(coopkit));
    }
  }

  /** Stores the seed project unless it is there already, and renders its page and dashboard. */
  static String run(Coopkit coopkit) {
    if (coopkit.projects().findByCode(SeedProject.CODE).isEmpty()) {
      SeedProject.store(coopkit);
    }
    return new ProjectPage(coopkit, Locale.ENGLISH).render(SeedProject.CODE) + "\n"
        + new DashboardPage(coopkit).render(SeedProject.CODE);
  }

  /** The command line. */
  record Options(@Nullable String jdbcUrl, @Nullable String user, @Nullable String password) {
    static Options parse(String[] args) {
      String url = null;
      String user = null;
      String password = null;
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--jdbc-url" -> url = require(args[i], value);
          case "--user" -> user = require(args[i], value);
          case "--password" -> password = require(args[i], value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]
              + "; usage: [--jdbc-url URL [--user NAME] [--password SECRET]]");
        }
        i++;
      }
      return new Options(url, user, password);
    }

    private static String require(String option, @Nullable String value) {
      if (value == null) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return value;
    }

    Storage storage() {
      return jdbcUrl == null
          ? JdbcStorage.embedded(EMBEDDED_FILE.toAbsolutePath())
          : JdbcStorage.connect(jdbcUrl, user, password);
    }
  }
}
