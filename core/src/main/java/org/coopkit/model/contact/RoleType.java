package org.coopkit.model.contact;

/**
 * The function a contact holds.
 *
 * @since 0.1.0
 */
public enum RoleType {
  EXECUTIVE_SECRETARY,
  HEAD_OF_OPERATIONS,
  PROGRAMME_MANAGER,
  PROGRAMME_ASSISTANT,
  PROJECT_OFFICER,
  FOCAL_POINT,
  /** A 24/7 point of contact under Article 35 of the Budapest Convention; names its country. */
  CONTACT_POINT_24_7,
  EXPERT,
  TRAINER,
  OTHER
}
