package org.coopkit.json;

import java.util.Map;
import java.util.regex.Pattern;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.CoopkitException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.ValidationException;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;

/**
 * Turns a service's refusal of a record into a problem at the field it names, e.g. {@code
 * Project.organisations[0]} of a {@link BrokenReferenceException} into {@code
 * /projects/3/organisations/0/organisation}. The services' messages name ids, codes and rules,
 * never personal data, so they are shown as they are.
 */
final class Refusals {
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  /** The model's lists of objects that refer by one field, and that field's name. */
  private static final Map<String, String> REFERRING_FIELD =
      Map.of(
          "Project.organisations", "organisation",
          "Project.relations", "project",
          "Event.organisers", "organisation");

  private Refusals() {}

  /** The kind the services name a record by, e.g. {@code Project}. */
  static String kindOf(Object record) {
    if (record instanceof Organisation) {
      return "Organisation";
    }
    if (record instanceof Project) {
      return "Project";
    }
    if (record instanceof Event) {
      return "Event";
    }
    if (record instanceof Contact) {
      return "Contact";
    }
    throw new IllegalArgumentException("not a record of the document: " + record.getClass());
  }

  /** The problem of {@code record}, stored at {@code where}, that {@code refusal} is. */
  static ImportProblem of(CoopkitException refusal, Object record, RecordLocation where) {
    String kind = kindOf(record);
    if (refusal instanceof BrokenReferenceException broken) {
      return where.problem(reference(kind, broken.path()), broken.getMessage());
    }
    if (refusal instanceof DuplicateException duplicate) {
      String field = fieldOf(kind, duplicate.field());
      if (field.equals("id")) {
        // The earlier records of the document are stored already, so they take ids too.
        return where.problem(
            "/id", duplicate.getMessage() + ", in the store or earlier in the document");
      }
      return where.problem(field.isEmpty() ? "" : pointer(field), duplicate.getMessage());
    }
    if (refusal instanceof ValidationException invalid) {
      return where.problem(pointer(invalid.violations().get(0).path()), invalid.getMessage());
    }
    return where.problem("", refusal.getMessage());
  }

  /**
   * The pointer, within the record, of a referring field's path: {@code Contact.roles[2].project}
   * is {@code /roles/2/project}; the entry of a list of objects, {@code Project.relations[1]}, is
   * the entry's referring field, {@code /relations/1/project}.
   */
  static String reference(String kind, String path) {
    String field = fieldOf(kind, path);
    if (field.isEmpty()) {
      return "";
    }
    String pointer = pointer(field);
    String referring = REFERRING_FIELD.get(INDEX.matcher(path).replaceAll(""));
    return referring != null && path.endsWith("]") ? pointer + "/" + referring : pointer;
  }

  /** The path without its kind, or {@code ""} if it names a field of another kind. */
  private static String fieldOf(String kind, String path) {
    return path.startsWith(kind + ".") ? path.substring(kind.length() + 1) : "";
  }

  /** {@code roles[2].project} as {@code /roles/2/project}; {@code ""} as the record itself. */
  private static String pointer(String modelPath) {
    return modelPath.isEmpty()
        ? ""
        : "/" + INDEX.matcher(modelPath).replaceAll(".$1").replace('.', '/');
  }
}
