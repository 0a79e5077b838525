package org.coopkit.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.coopkit.error.CoopkitException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.error.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a command's failure into one line on standard error and an {@link ExitCode}; the whole
 * error with its causes only when the command line asked for {@code --verbose}.
 */
final class FailureHandler implements IExecutionExceptionHandler {
  private final CoopkitCli cli;

  FailureHandler(CoopkitCli cli) {
    this.cli = cli;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
    PrintWriter err = cli.err();
    if (e instanceof CommandFailure failure) {
      err.println("coopkit: " + failure.getMessage());
      return failure.exitCode();
    }
    err.println("coopkit: " + describe(e));
    if (isVerbose(parsed)) {
      e.printStackTrace(err);
    } else if (exitCode(e) == ExitCode.FAILED) {
      err.println("coopkit: run again with --verbose to see the whole error");
    }
    err.flush();
    return exitCode(e);
  }

  /** The exit status for an error no command caught. */
  static int exitCode(Throwable e) {
    if (e instanceof StorageUnavailableException) {
      return ExitCode.DATABASE_UNAVAILABLE;
    }
    if (e instanceof ValidationException) {
      return ExitCode.DATA_REFUSED;
    }
    if (e instanceof NotFoundException) {
      return ExitCode.NOT_FOUND;
    }
    if (e instanceof IllegalArgumentException && !(e instanceof CoopkitException)) {
      // JdbcStorage.connect refuses a URL of a database it does not support this way.
      return ExitCode.USAGE;
    }
    return ExitCode.FAILED;
  }

  /** One line: coopkit's own messages as they are, files named with what went wrong. */
  static String describe(Throwable e) {
    Throwable io = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (io instanceof NoSuchFileException || io instanceof FileNotFoundException) {
      return "no such file: " + io.getMessage();
    }
    if (io instanceof AccessDeniedException) {
      return "not allowed to use the file " + io.getMessage();
    }
    if (io instanceof IOException) {
      return "could not read or write a file: " + io.getMessage();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : firstLine(message);
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static boolean isVerbose(ParseResult parsed) {
    ParseResult deepest = parsed;
    while (deepest.hasSubcommand()) {
      deepest = deepest.subcommand();
    }
    return deepest.hasMatchedOption("--verbose");
  }
}
