package org.coopkit.storage.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.event.Event;

/**
 * Finds, for a bulk insert that a foreign key failed, which item referred to the missing target, so
 * that the exception names it by its index in the caller's list.
 */
final class BulkReferences {
  /**
   * One reference an aggregate makes.
   *
   * @param path where, inside the aggregate, e.g. {@code projects[0]}
   * @param kind the kind referred to, as {@link Constraint#targetKind()} names it
   * @param id the id referred to
   */
  record Ref(String path, String kind, String id) {}

  private BulkReferences() {}

  static List<Ref> ofEvent(Event event) {
    List<Ref> refs = new ArrayList<>();
    for (int i = 0; i < event.projects().size(); i++) {
      refs.add(new Ref("projects[" + i + "]", "Project", event.projects().get(i).toString()));
    }
    for (int i = 0; i < event.components().size(); i++) {
      refs.add(new Ref("components[" + i + "]", "Component", event.components().get(i).toString()));
    }
    for (int i = 0; i < event.organisers().size(); i++) {
      refs.add(
          new Ref(
              "organisers[" + i + "].organisation",
              "Organisation",
              event.organisers().get(i).organisation().toString()));
    }
    return refs;
  }

  static List<Ref> ofContact(Contact contact) {
    List<Ref> refs = new ArrayList<>();
    if (contact.organisation() != null) {
      refs.add(new Ref("organisation", "Organisation", contact.organisation().toString()));
    }
    for (int i = 0; i < contact.roles().size(); i++) {
      RoleAssignment role = contact.roles().get(i);
      if (role.project() != null) {
        refs.add(new Ref("roles[" + i + "].project", "Project", role.project().toString()));
      }
      if (role.organisation() != null) {
        refs.add(
            new Ref(
                "roles[" + i + "].organisation", "Organisation", role.organisation().toString()));
      }
    }
    return refs;
  }

  /**
   * The exception naming the first item of {@code chunk} that refers to what {@code failure} says
   * is missing, e.g. {@code events[1234].projects[0]}; {@code failure} itself if none does.
   *
   * @param offset the index of the chunk's first item in the caller's list
   */
  static <A> BrokenReferenceException locate(
      BrokenReferenceException failure,
      String name,
      List<A> chunk,
      int offset,
      Function<A, List<Ref>> references) {
    for (int i = 0; i < chunk.size(); i++) {
      for (Ref ref : references.apply(chunk.get(i))) {
        if (ref.kind().equals(failure.targetKind()) && ref.id().equals(failure.targetId())) {
          return new BrokenReferenceException(
              name + "[" + (offset + i) + "]." + ref.path(),
              failure.targetKind(),
              failure.targetId());
        }
      }
    }
    return failure;
  }
}
