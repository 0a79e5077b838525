package org.coopkit.model.event;

import static java.util.Objects.requireNonNull;

import org.coopkit.model.organisation.OrganisationId;

/**
 * An organisation in one role at an event.
 *
 * @param organisation the organisation, which must exist when the event is stored
 * @param role its role
 * @since 0.1.0
 */
public record Organiser(OrganisationId organisation, OrganiserRole role) {
  /**
   * Checks that both components are present.
   *
   * @param organisation the organisation
   * @param role its role at the event
   * @throws NullPointerException if either is null
   */
  public Organiser {
    requireNonNull(organisation, "organisation");
    requireNonNull(role, "role");
  }

  /**
   * The organisation in the given role.
   *
   * @param organisation the organisation, which must exist when the event is stored
   * @param role its role at the event
   * @return the organiser
   */
  public static Organiser of(OrganisationId organisation, OrganiserRole role) {
    return new Organiser(organisation, role);
  }
}
