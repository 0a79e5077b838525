package org.coopkit.cli;

import java.nio.file.Path;
import org.coopkit.Coopkit;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Which database a command works on, and how it logs in. Declared once, on the root command, and
 * inherited by every command, so that they may stand before or after the command's name.
 */
final class StoreOptions {
  /** Where the embedded default keeps its files when {@code --data-dir} is not given. */
  static final Path DEFAULT_DATA_DIR = Path.of("coopkit-data");

  @Spec(Spec.Target.MIXEE)
  @Nullable CommandSpec command;

  @Option(
      names = "--jdbc-url",
      scope = ScopeType.INHERIT,
      paramLabel = "URL",
      description =
          "A PostgreSQL or MariaDB database, e.g. jdbc:postgresql://localhost:5432/programmes."
              + " Without it, the embedded database in --data-dir.")
  @Nullable String jdbcUrl;

  @Option(
      names = "--user",
      scope = ScopeType.INHERIT,
      paramLabel = "NAME",
      description = "The database user.")
  @Nullable String user;

  @Option(
      names = "--password-env",
      scope = ScopeType.INHERIT,
      paramLabel = "VARIABLE",
      description =
          "The environment variable that holds the database password (never the password"
              + " itself, which other users could see).")
  @Nullable String passwordVariable;

  @Option(
      names = "--data-dir",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "Where the embedded database keeps its files (default: ${DEFAULT-VALUE}).",
      defaultValue = "coopkit-data")
  Path dataDir = DEFAULT_DATA_DIR;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "On failure, print the whole error with its causes.")
  boolean verbose;

  /**
   * Opens coopkit on the database the options name, saying on standard error which one.
   *
   * @throws CommandFailure with {@link ExitCode#USAGE} if the options do not go together or the
   *     password variable is not set
   */
  Coopkit open() {
    CommandSpec spec = java.util.Objects.requireNonNull(command, "command");
    CoopkitCli cli = CoopkitCli.of(spec);
    JdbcStorage storage;
    if (jdbcUrl == null) {
      if (user != null || passwordVariable != null) {
        throw new CommandFailure(ExitCode.USAGE, "--user and --password-env need --jdbc-url");
      }
      Path file = dataDir.resolve("coopkit");
      cli.err().println("coopkit: embedded database in " + dataDir + " (H2)");
      storage = JdbcStorage.embedded(file.toAbsolutePath());
    } else {
      String password = null;
      if (passwordVariable != null) {
        password = cli.environment().apply(passwordVariable);
        if (password == null) {
          throw new CommandFailure(
              ExitCode.USAGE, "--password-env names " + passwordVariable + ", which is not set");
        }
      }
      storage = JdbcStorage.connect(jdbcUrl, user, password);
      cli.err().println("coopkit: " + storage);
    }
    cli.err().flush();
    return Coopkit.builder().storage(storage).build();
  }
}
