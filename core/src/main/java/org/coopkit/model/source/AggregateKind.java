package org.coopkit.model.source;

/**
 * The aggregates whose facts can cite sources, named as the history names them.
 *
 * @since 0.2.0
 */
public enum AggregateKind {
  /** A {@link org.coopkit.model.project.Project}. */
  PROJECT("Project"),
  /** An {@link org.coopkit.model.event.Event}. */
  EVENT("Event"),
  /** A {@link org.coopkit.model.contact.Contact}. */
  CONTACT("Contact"),
  /** An {@link org.coopkit.model.organisation.Organisation}. */
  ORGANISATION("Organisation");

  private final String label;

  AggregateKind(String label) {
    this.label = label;
  }

  /**
   * The name the history and error messages use, e.g. {@code Project}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
