package org.coopkit.json;

/**
 * Where a record starts: its section and index ({@code /events/41}) and the parser's line and
 * column at its opening brace. Problems found after the record was read (references, duplicates)
 * are put there, with the field's path added to the pointer. The pointer text is only made for a
 * problem: a million good records need none.
 */
record RecordLocation(String section, long index, int line, int column) {

  /** The record's JSON Pointer, e.g. {@code /events/41}. */
  String pointer() {
    return "/" + section + "/" + index;
  }

  /** A problem at {@code suffix} (e.g. {@code /organisations/1/organisation}) of the record. */
  ImportProblem problem(String suffix, String message) {
    return new ImportProblem(pointer() + suffix, line, column, message);
  }
}
