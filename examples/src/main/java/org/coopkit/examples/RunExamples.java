package org.coopkit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.coopkit.Coopkit;
import org.coopkit.json.CoopkitJson;
import org.coopkit.json.ImportReport;
import org.coopkit.spi.Storage;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.jspecify.annotations.Nullable;

/**
 * The README's run command: loads the Cybercrime EAP II data file ({@value #DATA_FILE}, a {@code
 * coopkit/1} document) into the embedded default (an H2 file database under {@code target/}) or
 * into the database {@code --jdbc-url} names, then prints the project's page and dashboard.
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

  /** The seed project's data file, a {@code coopkit/1} document. */
  static final String DATA_FILE = "cybercrime-eap-ii.json";

  /**
   * Loads the data file unless the project is there already, and renders its page and dashboard;
   * the command-line program's {@code demo} runs this too.
   *
   * @param coopkit where to load the project and read it back from
   * @return the project's page and dashboard, as text
   */
  public static String run(Coopkit coopkit) {
    if (coopkit.projects().findByCode(SeedProject.CODE).isEmpty()) {
      load(coopkit);
    }
    return new ProjectPage(coopkit, Locale.ENGLISH).render(SeedProject.CODE)
        + "\n"
        + new DashboardPage(coopkit).render(SeedProject.CODE);
  }

  /** Imports the data file, all or nothing. */
  static ImportReport load(Coopkit coopkit) {
    try (InputStream in = RunExamples.class.getResourceAsStream(DATA_FILE)) {
      if (in == null) {
        throw new IllegalStateException("the examples' data file " + DATA_FILE + " is missing");
      }
      ImportReport report = CoopkitJson.create().importInto(coopkit, in);
      if (!report.isSuccess()) {
        throw new IllegalStateException("the data file did not load: " + report);
      }
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
          default ->
              throw new IllegalArgumentException(
                  "unknown option "
                      + args[i]
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
