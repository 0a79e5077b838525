package org.coopkit.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code coopkit} program. Run it as {@code java -jar cli/target/coopkit.jar --help}.
 *
 * <p>Every command works on the embedded default (an H2 file database in {@code ./coopkit-data},
 * made on first use) unless {@code --jdbc-url} names a PostgreSQL or MariaDB database; the password
 * is read from the environment variable {@code --password-env} names, never from the command line,
 * where other users of the machine could see it. The program says on standard error which database
 * it uses; results go to standard output (or {@code --output}).
 *
 * <p>Errors are one line on standard error, without a stack trace unless {@code --verbose}. The
 * exit status tells a script what happened: 0 success; 1 the command failed (a file could not be
 * read or written, or an unexpected error); 2 the command line was wrong; 3 the database could not
 * be used (no answer, refused credentials, no such database, the embedded file in use); 4 the data
 * was refused (an import with problems, a value that breaks a rule); 5 what was asked for is not
 * there (a project code, a country with nothing recorded is not an error).
 */
@Command(
    name = "coopkit",
    mixinStandardHelpOptions = true,
    versionProvider = CoopkitCli.Version.class,
    description = "Keeps a programme office's projects, events, contacts and organisations.",
    subcommands = {
      DemoCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      CalendarCommand.class,
      ReportCommand.class,
      SearchCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit status: 0 done; 1 failed; 2 wrong command line; 3 database unavailable;",
      "4 data refused; 5 not found."
    })
public final class CoopkitCli implements Runnable {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  private final OutputStream stdout;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Function<String, String> environment;

  CoopkitCli(OutputStream stdout, PrintWriter err, Function<String, String> environment) {
    this.stdout = stdout;
    this.out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    this.err = err;
    this.environment = environment;
  }

  /**
   * Runs the program and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Map<String, String> env = System.getenv();
    System.exit(run(args, System.out, err, env::get));
  }

  /**
   * Runs the program once, writing to the given streams.
   *
   * @param args the command line
   * @param stdout where results go
   * @param err where progress and errors go
   * @param environment reads an environment variable ({@code null} when unset)
   * @return the exit status
   */
  static int run(
      String[] args, OutputStream stdout, PrintWriter err, Function<String, String> environment) {
    CoopkitCli root = new CoopkitCli(stdout, err, environment);
    CommandLine line = new CommandLine(root);
    line.setOut(root.out);
    line.setErr(err);
    line.setExecutionExceptionHandler(new FailureHandler(root));
    line.setParameterExceptionHandler(new UsageHandler());
    int status = line.execute(args);
    root.out.flush();
    err.flush();
    return status;
  }

  @Override
  public void run() {
    spec.commandLine().usage(out);
  }

  /** Standard output as bytes, for documents; flush {@link #out()} before writing to it. */
  OutputStream stdout() {
    return stdout;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  Function<String, String> environment() {
    return environment;
  }

  /** The root command of the command a subcommand runs in. */
  static CoopkitCli of(CommandSpec spec) {
    return (CoopkitCli) spec.root().userObject();
  }

  /** The version in the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = CoopkitCli.class.getPackage().getImplementationVersion();
      return new String[] {"coopkit " + (version == null ? "(development build)" : version)};
    }
  }
}
