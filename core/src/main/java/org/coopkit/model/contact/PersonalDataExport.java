package org.coopkit.model.contact;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Map;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;

/**
 * Everything coopkit holds about one person, for a subject access request (Convention 108+, Article
 * 9; GDPR, Article 15): the contact with its details and roles, and the names of the projects and
 * organisations those roles refer to, so the person can read it without the rest of the store. The
 * {@code json} module renders it as a document.
 *
 * @param contact the contact as stored
 * @param projectCodes the code of every project the contact's roles refer to
 * @param organisationNames the English name of the employer and every organisation its roles refer
 *     to
 * @param exportedAt when the export was made, by the clock
 * @since 0.1.0
 */
public record PersonalDataExport(
    Contact contact,
    Map<ProjectId, String> projectCodes,
    Map<OrganisationId, String> organisationNames,
    Instant exportedAt) {

  /**
   * Copies the maps into immutable ones.
   *
   * @param contact the contact as stored
   * @param projectCodes the code of every project the contact's roles refer to
   * @param organisationNames the English name of the employer and every organisation its roles
   *     refer to
   * @param exportedAt when the export was made, by the clock
   * @throws NullPointerException if any component or map entry is null
   */
  public PersonalDataExport {
    requireNonNull(contact, "contact");
    requireNonNull(exportedAt, "exportedAt");
    projectCodes = ImmutableMap.copyOf(projectCodes);
    organisationNames = ImmutableMap.copyOf(organisationNames);
  }

  /** Shows the contact's id only, never the person's data. */
  @Override
  public String toString() {
    return "PersonalDataExport[contact=" + contact.id() + ", exportedAt=" + exportedAt + "]";
  }
}
