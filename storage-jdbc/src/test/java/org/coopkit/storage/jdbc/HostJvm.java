package org.coopkit.storage.jdbc;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A JVM like a host application's that left some of the adapter's optional dependencies out: this
 * test JVM's class path without their jars, running {@link HostScenarios}. A new JVM rather than a
 * class loader, so that JDBC finds its drivers, and Flyway its modules, from that class path as in
 * a host.
 */
final class HostJvm {
  /** An optional dependency, by a class in its jar. */
  enum Jar {
    HIKARI_CP("com.zaxxer.hikari.HikariDataSource"),
    H2("org.h2.Driver"),
    POSTGRESQL("org.postgresql.Driver"),
    MARIADB("org.mariadb.jdbc.Driver"),
    FLYWAY_POSTGRESQL("org.flywaydb.database.postgresql.PostgreSQLDatabaseType"),
    /** Comes with {@link #FLYWAY_POSTGRESQL}, and goes with it. */
    FLYWAY_COCKROACHDB("org.flywaydb.database.cockroachdb.CockroachDBDatabaseType"),
    FLYWAY_MYSQL("org.flywaydb.database.mysql.MySQLDatabaseType");

    private final String className;

    Jar(String className) {
      this.className = className;
    }

    Path location() {
      try {
        return Path.of(
                Class.forName(className)
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI())
            .toAbsolutePath()
            .normalize();
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException("Cannot find the jar of " + className, e);
      }
    }
  }

  /** The server drivers and Flyway's modules: what a host on H2 does without. */
  static final Set<Jar> SERVERS =
      EnumSet.of(
          Jar.POSTGRESQL,
          Jar.MARIADB,
          Jar.FLYWAY_POSTGRESQL,
          Jar.FLYWAY_COCKROACHDB,
          Jar.FLYWAY_MYSQL);

  private final Set<Jar> missing;

  private HostJvm(Set<Jar> missing) {
    this.missing = missing;
  }

  /** A host without these jars. */
  static HostJvm without(Set<Jar> missing) {
    return new HostJvm(EnumSet.copyOf(missing));
  }

  /** A host without these jars. */
  static HostJvm without(Jar first, Jar... more) {
    return new HostJvm(EnumSet.of(first, more));
  }

  /** This host and those jars less. */
  HostJvm andWithout(Set<Jar> more) {
    Set<Jar> all = EnumSet.copyOf(missing);
    all.addAll(more);
    return new HostJvm(all);
  }

  /**
   * Runs a scenario of {@link HostScenarios} and returns what follows {@code result: } in its
   * output.
   *
   * @param work a folder for the JVM's output files
   */
  String run(Path work, String scenario, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dorg.jooq.no-logo=true");
    command.add("-Dorg.jooq.no-tips=true");
    command.add("-Duser.timezone=UTC");
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    command.add("-cp");
    command.add(classPath());
    command.add(HostScenarios.class.getName());
    String absent = missing.stream().map(jar -> jar.className).collect(Collectors.joining(","));
    command.add(absent.isEmpty() ? "-" : absent);
    command.add(scenario);
    command.addAll(Arrays.asList(args));
    Path out = Files.createTempFile(work, "host", ".out");
    Path err = Files.createTempFile(work, "host", ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    // A guard against a JVM that hangs, not a measure: a host JVM ends in seconds.
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("The host JVM did not end: " + Files.readString(err));
    }
    String output = Files.readString(out, StandardCharsets.UTF_8);
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    return output
        .lines()
        .filter(line -> line.startsWith(HostScenarios.RESULT))
        .map(line -> line.substring(HostScenarios.RESULT.length()))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "The host JVM said no result (exit "
                        + process.exitValue()
                        + "): "
                        + output
                        + errors));
  }

  /** The entries of this JVM's class path: Surefire's test class path, when it runs the tests. */
  static List<String> testClassPath() {
    String full = System.getProperty("surefire.test.class.path");
    if (full == null || full.isBlank()) {
      full = System.getProperty("java.class.path");
    }
    return new ArrayList<>(Arrays.asList(full.split(File.pathSeparator, -1)));
  }

  /** This JVM's class path without the missing jars. */
  private String classPath() {
    List<String> entries = testClassPath();
    for (Jar jar : missing) {
      Path location = jar.location();
      boolean removed =
          entries.removeIf(entry -> Path.of(entry).toAbsolutePath().normalize().equals(location));
      if (!removed) {
        throw new IllegalStateException(location + " is not on the class path " + entries);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
