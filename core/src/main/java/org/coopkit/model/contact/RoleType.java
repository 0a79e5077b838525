package org.coopkit.model.contact;

/**
 * The function a contact holds.
 *
 * @since 0.1.0
 */
public enum RoleType {
  /** The executive secretary of a convention committee or body. */
  EXECUTIVE_SECRETARY,
  /** The head of a programme office or of operations in a field office. */
  HEAD_OF_OPERATIONS,
  /** A manager responsible for one or more projects. */
  PROGRAMME_MANAGER,
  /** An assistant supporting programme managers. */
  PROGRAMME_ASSISTANT,
  /** An officer running project activities day to day. */
  PROJECT_OFFICER,
  /** A national authority's designated point of contact for a project. */
  FOCAL_POINT,
  /** A 24/7 point of contact under Article 35 of the Budapest Convention; names its country. */
  CONTACT_POINT_24_7,
  /** An expert engaged for assessments, advice or drafting. */
  EXPERT,
  /** A trainer delivering courses at events. */
  TRAINER,
  /** Any other function; the role's title says which. */
  OTHER
}
