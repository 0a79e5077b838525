package org.coopkit.json;

import java.util.Locale;

/** Hand-written documents and records for the import tests. */
final class Documents {
  private Documents() {}

  /** A fixed, valid UUID per number. */
  static String uuid(int n) {
    return String.format(Locale.ROOT, "00000000-0000-7000-8000-%012d", n);
  }

  /** A document of the given sections, e.g. {@code "organisations": [...]}. */
  static String document(String sections) {
    return "{\"format\": \"coopkit/1\"" + (sections.isEmpty() ? "" : ",\n" + sections) + "}";
  }

  /** A valid organisation record, plus {@code extra} fields (starting with a comma). */
  static String organisation(int id, String extra) {
    return "{\"id\": \""
        + uuid(id)
        + "\", \"name\": {\"en\": \"Organisation "
        + id
        + "\"}"
        + extra
        + "}";
  }

  /** A valid project record with a code derived from its id. */
  static String project(int id, String extra) {
    return "{\"id\": \""
        + uuid(id)
        + "\", \"code\": \"project-"
        + id
        + "\", \"title\": {\"en\": \"Project "
        + id
        + "\"}"
        + extra
        + "}";
  }

  /** A valid event record of project {@code project}. */
  static String event(int id, int project, String extra) {
    return "{\"id\": \""
        + uuid(id)
        + "\", \"projects\": [\""
        + uuid(project)
        + "\"], \"title\": {\"en\": \"Event "
        + id
        + "\"}, \"dates\": {\"start\": \"2024-05\","
        + " \"end\": \"2024-05\"}"
        + extra
        + "}";
  }

  /** A valid contact record. */
  static String contact(int id, String extra) {
    return "{\"id\": \"" + uuid(id) + "\", \"displayName\": \"Contact " + id + "\"" + extra + "}";
  }
}
