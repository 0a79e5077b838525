package org.coopkit.model.project;

/**
 * How a project relates to another. IATI's related-activity types plus the succession that
 * programme offices track between project phases ("Cybercrime@EAP" then "EAP II" then "EAP III").
 *
 * @since 0.1.0
 */
public enum RelationType {
  /** The other project contains this one. */
  PARENT,
  /** This project contains the other one. */
  CHILD,
  /** Both share a parent. */
  SIBLING,
  /** The other project came before this one. */
  PREDECESSOR,
  /** The other project follows this one. */
  SUCCESSOR,
  /** Related in some other way. */
  RELATED
}
