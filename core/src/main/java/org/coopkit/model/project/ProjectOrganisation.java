package org.coopkit.model.project;

import static java.util.Objects.requireNonNull;

import org.coopkit.model.organisation.OrganisationId;

/**
 * An organisation taking part in a project in one role. An organisation with two roles appears
 * twice.
 *
 * @param organisation the organisation, which must exist when the project is stored
 * @param role its role
 * @since 0.1.0
 */
public record ProjectOrganisation(OrganisationId organisation, OrganisationRole role) {
  /**
   * Checks that both components are present.
   *
   * @param organisation the organisation
   * @param role its role in the project
   * @throws NullPointerException if either is null
   */
  public ProjectOrganisation {
    requireNonNull(organisation, "organisation");
    requireNonNull(role, "role");
  }

  /**
   * The organisation in the given role.
   *
   * @param organisation the organisation, which must exist when the project is stored
   * @param role its role in the project
   * @return the pairing
   */
  public static ProjectOrganisation of(OrganisationId organisation, OrganisationRole role) {
    return new ProjectOrganisation(organisation, role);
  }
}
