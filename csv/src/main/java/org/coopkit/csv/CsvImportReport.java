package org.coopkit.csv;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What {@link CsvImporter} did: how many rows it read, stored and skipped, and the problems it
 * found with their rows and columns.
 *
 * <p>A {@link CsvImportMode#DRY_RUN} stores nothing, and neither does an {@link
 * CsvImportMode#ALL_OR_NOTHING} import with any problem: {@code stored} is then 0. In {@link
 * CsvImportMode#ROW_BY_ROW} the stored rows stay, whatever else went wrong.
 *
 * @param mode the mode the import ran in
 * @param readCompletely whether the whole file was read; {@code false} when a bad header or
 *     malformed CSV stopped the import, or an all-or-nothing import gave up after {@link
 *     CsvImportOptions#maxProblems()} problems
 * @param read how many rows (not counting the header and blank rows) were read
 * @param stored how many of them are in the store now
 * @param skipped how many had a problem and were not stored
 * @param problems the first problems found, in the order found, at most {@link
 *     CsvImportOptions#maxProblems()}
 * @param problemCount how many problems were found, including those not listed
 * @since 0.2.0
 */
public record CsvImportReport(
    CsvImportMode mode,
    boolean readCompletely,
    long read,
    long stored,
    long skipped,
    List<CsvImportProblem> problems,
    long problemCount) {

  /**
   * Checks that the mode is present and copies the problems into an immutable list.
   *
   * @param mode the mode the import ran in
   * @param readCompletely whether the whole file was read
   * @param read how many rows were read
   * @param stored how many are in the store now
   * @param skipped how many had a problem
   * @param problems the first problems found, in the order found
   * @param problemCount how many problems were found, including those not listed
   * @throws NullPointerException if the mode or the problem list is null
   */
  public CsvImportReport {
    requireNonNull(mode, "mode");
    problems = List.copyOf(problems);
  }

  /**
   * Whether the file was read completely and without any problem: everything was stored, or, in a
   * dry run, would be.
   *
   * @return {@code true} only if the whole file was read and no problem was found
   */
  public boolean isSuccess() {
    return readCompletely && problemCount == 0;
  }

  /** Lists the counts and the problems, one per line; handy in logs. */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("CsvImportReport[")
            .append(mode)
            .append(readCompletely ? "" : ", stopped early")
            .append(", ")
            .append(read)
            .append(" read, ")
            .append(stored)
            .append(" stored, ")
            .append(skipped)
            .append(" skipped, ")
            .append(problemCount)
            .append(" problem(s)]");
    problems.forEach(p -> s.append("\n  ").append(p));
    return s.toString();
  }
}
