package org.coopkit.model.event;

/**
 * What kind of activity an event is.
 *
 * @since 0.1.0
 */
public enum EventType {
  /** A conference with plenary sessions, often international. */
  CONFERENCE,
  /** A training course for practitioners, such as judges, prosecutors or police. */
  TRAINING,
  /** A workshop, usually on one topic or draft text. */
  WORKSHOP,
  /** A meeting that fits none of the more specific types. */
  MEETING,
  /** A meeting of the project's steering committee. */
  STEERING_COMMITTEE,
  /** An expert mission advising national authorities on site. */
  ADVISORY_MISSION,
  /** A visit by national officials to learn from another country's practice. */
  STUDY_VISIT,
  /** An assessment of legislation, institutions or capacities. */
  ASSESSMENT,
  /** A simulated incident that participants work through around a table. */
  TABLE_TOP_EXERCISE,
  /** The launching event of a project or product. */
  LAUNCH,
  /** The closing event of a project. */
  CLOSING,
  /** Any other kind of activity. */
  OTHER
}
