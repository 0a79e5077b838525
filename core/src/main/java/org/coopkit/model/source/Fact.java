package org.coopkit.model.source;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.UUID;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.event.EventId;
import org.coopkit.model.internal.Uuids;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;

/**
 * One fact of one aggregate: which aggregate, and where in it.
 *
 * <pre>{@code
 * Fact end = Fact.of(project.id(), FactPath.of("dates.actualEnd"));
 * Fact total = Fact.of(event.id(), FactPath.PARTICIPATION_TOTAL);
 * }</pre>
 *
 * @param kind the kind of aggregate
 * @param aggregateId the aggregate's id
 * @param path where the fact sits in it
 * @since 0.2.0
 */
public record Fact(AggregateKind kind, UUID aggregateId, FactPath path)
    implements Comparable<Fact> {
  private static final Comparator<Fact> ORDER =
      Comparator.comparing((Fact f) -> f.kind().name())
          .thenComparing(Fact::aggregateId, Uuids::compare)
          .thenComparing(Fact::path);

  /**
   * Checks that every part is present.
   *
   * @param kind the kind of aggregate
   * @param aggregateId the aggregate's id
   * @param path where the fact sits
   * @throws NullPointerException if any is null
   */
  public Fact {
    requireNonNull(kind, "kind");
    requireNonNull(aggregateId, "aggregateId");
    requireNonNull(path, "path");
  }

  /**
   * A fact of a project.
   *
   * @param project the project
   * @param path where the fact sits
   * @return the fact
   */
  public static Fact of(ProjectId project, FactPath path) {
    return new Fact(AggregateKind.PROJECT, project.value(), path);
  }

  /**
   * A fact of an event.
   *
   * @param event the event
   * @param path where the fact sits
   * @return the fact
   */
  public static Fact of(EventId event, FactPath path) {
    return new Fact(AggregateKind.EVENT, event.value(), path);
  }

  /**
   * A fact of a contact.
   *
   * @param contact the contact
   * @param path where the fact sits
   * @return the fact
   */
  public static Fact of(ContactId contact, FactPath path) {
    return new Fact(AggregateKind.CONTACT, contact.value(), path);
  }

  /**
   * A fact of an organisation.
   *
   * @param organisation the organisation
   * @param path where the fact sits
   * @return the fact
   */
  public static Fact of(OrganisationId organisation, FactPath path) {
    return new Fact(AggregateKind.ORGANISATION, organisation.value(), path);
  }

  /**
   * Orders by the kind's name, then aggregate id (as databases order UUIDs), then path: the order
   * of {@link org.coopkit.service.ProvenanceService#search} on the in-memory store (a database
   * orders the path by its collation).
   *
   * @param other the fact to compare with
   * @return the order
   */
  @Override
  public int compareTo(Fact other) {
    return ORDER.compare(this, other);
  }

  /**
   * The fact as {@code Project/<id>/dates.actualEnd}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return kind.label() + "/" + aggregateId + "/" + path;
  }
}
