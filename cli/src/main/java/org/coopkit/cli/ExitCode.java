package org.coopkit.cli;

/**
 * What the program's exit status tells a script. Picocli's own codes keep their meaning: 0 for
 * success and 2 for a command line it could not parse.
 */
final class ExitCode {
  /** The command did what was asked. */
  static final int OK = 0;

  /** The command ran but failed: a file could not be read or written, or an unexpected error. */
  static final int FAILED = 1;

  /** The command line was wrong: an unknown option, a missing or malformed value. */
  static final int USAGE = 2;

  /**
   * The database could not be used: the server did not answer, refused the user or password, has no
   * such database, or the embedded file is in use by another program.
   */
  static final int DATABASE_UNAVAILABLE = 3;

  /** The data was refused: an import with problems, or a value that breaks a rule. */
  static final int DATA_REFUSED = 4;

  /** What the command looked for is not there, e.g. no project with the code given. */
  static final int NOT_FOUND = 5;

  private ExitCode() {}
}
