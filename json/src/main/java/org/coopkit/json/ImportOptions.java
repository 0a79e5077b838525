package org.coopkit.json;

import static java.util.Objects.requireNonNull;

/**
 * How {@link CoopkitJson#importInto} works: its {@link ImportMode}, how many problems it keeps, and
 * how large one record may be. Start from {@link #DEFAULT} and change what you need:
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.DEFAULT.withMode(ImportMode.RECORD_BY_RECORD);
 * }</pre>
 *
 * @param mode all or nothing, or record by record
 * @param maxProblems how many problems the report lists, at least 1; further problems are only
 *     counted. An all-or-nothing import stops reading when it has found this many.
 * @param maxRecordBytes how many bytes of the document one record (an organisation, a project, an
 *     event or a contact) may take, at least 65536 (64 KiB); a larger one stops the import as
 *     hostile input. The limit holds to within the parser's read-ahead of about 8 KiB.
 * @since 0.1.0
 */
public record ImportOptions(ImportMode mode, int maxProblems, long maxRecordBytes) {
  /** The default number of problems listed: {@value}. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  /** The default size limit of one record: {@value} bytes (16 MiB). */
  public static final long DEFAULT_MAX_RECORD_BYTES = 16L * 1024 * 1024;

  /** All or nothing, {@value #DEFAULT_MAX_PROBLEMS} problems, records of up to 16 MiB. */
  public static final ImportOptions DEFAULT =
      new ImportOptions(ImportMode.ALL_OR_NOTHING, DEFAULT_MAX_PROBLEMS, DEFAULT_MAX_RECORD_BYTES);

  private static final long MIN_RECORD_BYTES = 64 * 1024;

  /**
   * @param mode all or nothing, or record by record
   * @param maxProblems how many problems the report lists, at least 1
   * @param maxRecordBytes how many bytes of the document one record may take, at least 65536
   * @throws IllegalArgumentException if {@code maxProblems} is below 1 or {@code maxRecordBytes}
   *     below 65536
   */
  public ImportOptions {
    requireNonNull(mode, "mode");
    if (maxProblems < 1) {
      throw new IllegalArgumentException("maxProblems must be at least 1, but was " + maxProblems);
    }
    if (maxRecordBytes < MIN_RECORD_BYTES) {
      throw new IllegalArgumentException(
          "maxRecordBytes must be at least " + MIN_RECORD_BYTES + ", but was " + maxRecordBytes);
    }
  }

  /**
   * A copy with the given mode.
   *
   * @param mode all or nothing, or record by record
   * @return a new options value with the same limits
   * @throws NullPointerException if {@code mode} is null
   */
  public ImportOptions withMode(ImportMode mode) {
    return new ImportOptions(mode, maxProblems, maxRecordBytes);
  }

  /**
   * A copy listing at most {@code maxProblems} problems.
   *
   * @param maxProblems how many problems the report lists, at least 1
   * @return a new options value with the same mode and record limit
   * @throws IllegalArgumentException if {@code maxProblems} is below 1
   */
  public ImportOptions withMaxProblems(int maxProblems) {
    return new ImportOptions(mode, maxProblems, maxRecordBytes);
  }

  /**
   * A copy accepting records of at most {@code maxRecordBytes} bytes.
   *
   * @param maxRecordBytes how many bytes one record may take, at least 65536
   * @return a new options value with the same mode and problem limit
   * @throws IllegalArgumentException if {@code maxRecordBytes} is below 65536
   */
  public ImportOptions withMaxRecordBytes(long maxRecordBytes) {
    return new ImportOptions(mode, maxProblems, maxRecordBytes);
  }
}
