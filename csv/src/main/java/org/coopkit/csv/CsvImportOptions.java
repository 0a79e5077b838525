package org.coopkit.csv;

import static java.util.Objects.requireNonNull;

/**
 * How {@link CsvImporter} works: its {@link CsvImportMode}, how many problems it lists, and how
 * many rows it holds at a time. Start from {@link #DEFAULT} and change what you need:
 *
 * <pre>{@code
 * CsvImportOptions options = CsvImportOptions.DEFAULT.withMode(CsvImportMode.DRY_RUN);
 * }</pre>
 *
 * @param mode a dry run, all or nothing, or row by row
 * @param maxProblems how many problems the report lists, at least 1; further problems are only
 *     counted. An all-or-nothing import stops reading when it has found this many.
 * @param batchSize how many rows the importer holds and writes at a time, from 1 to {@value
 *     #MAX_BATCH_SIZE}: the bound of its memory, whatever the length of the file
 * @since 0.2.0
 */
public record CsvImportOptions(CsvImportMode mode, int maxProblems, int batchSize) {
  /** The default number of problems listed: {@value}. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  /** The default number of rows held and written at a time: {@value}. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  /** The largest batch accepted: {@value}. */
  public static final int MAX_BATCH_SIZE = 10_000;

  /** All or nothing, {@value #DEFAULT_MAX_PROBLEMS} problems, batches of 500 rows. */
  public static final CsvImportOptions DEFAULT =
      new CsvImportOptions(CsvImportMode.ALL_OR_NOTHING, DEFAULT_MAX_PROBLEMS, DEFAULT_BATCH_SIZE);

  /**
   * @param mode a dry run, all or nothing, or row by row
   * @param maxProblems how many problems the report lists, at least 1
   * @param batchSize how many rows are held and written at a time, from 1 to {@value
   *     #MAX_BATCH_SIZE}
   * @throws IllegalArgumentException if {@code maxProblems} is below 1 or {@code batchSize} out of
   *     range
   */
  public CsvImportOptions {
    requireNonNull(mode, "mode");
    if (maxProblems < 1) {
      throw new IllegalArgumentException("maxProblems must be at least 1, but was " + maxProblems);
    }
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException(
          "batchSize must be from 1 to " + MAX_BATCH_SIZE + ", but was " + batchSize);
    }
  }

  /**
   * A copy with the given mode.
   *
   * @param mode a dry run, all or nothing, or row by row
   * @return a new options value with the same limits
   * @throws NullPointerException if {@code mode} is null
   */
  public CsvImportOptions withMode(CsvImportMode mode) {
    return new CsvImportOptions(mode, maxProblems, batchSize);
  }

  /**
   * A copy listing at most {@code maxProblems} problems.
   *
   * @param maxProblems how many problems the report lists, at least 1
   * @return a new options value with the same mode and batch size
   * @throws IllegalArgumentException if {@code maxProblems} is below 1
   */
  public CsvImportOptions withMaxProblems(int maxProblems) {
    return new CsvImportOptions(mode, maxProblems, batchSize);
  }

  /**
   * A copy holding and writing {@code batchSize} rows at a time.
   *
   * @param batchSize how many rows, from 1 to {@value #MAX_BATCH_SIZE}
   * @return a new options value with the same mode and problem limit
   * @throws IllegalArgumentException if {@code batchSize} is out of range
   */
  public CsvImportOptions withBatchSize(int batchSize) {
    return new CsvImportOptions(mode, maxProblems, batchSize);
  }
}
