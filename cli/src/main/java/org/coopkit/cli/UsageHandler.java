package org.coopkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A command line picocli could not parse: the reason and where to find help, on two lines, rather
 * than the whole usage text, which buries the reason.
 */
final class UsageHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    err.println("coopkit: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("coopkit: see '" + line.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return ExitCode.USAGE;
  }
}
