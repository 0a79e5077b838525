package org.coopkit.model.event;

/**
 * What kind of activity an event is.
 *
 * @since 0.1.0
 */
public enum EventType {
  CONFERENCE,
  TRAINING,
  WORKSHOP,
  MEETING,
  STEERING_COMMITTEE,
  ADVISORY_MISSION,
  STUDY_VISIT,
  ASSESSMENT,
  TABLE_TOP_EXERCISE,
  LAUNCH,
  CLOSING,
  OTHER
}
