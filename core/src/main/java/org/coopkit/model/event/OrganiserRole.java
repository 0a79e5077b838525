package org.coopkit.model.event;

/**
 * What an organisation is to an event.
 *
 * @since 0.1.0
 */
public enum OrganiserRole {
  /** The organisation that runs the event. */
  ORGANISER,
  /** An organisation that runs the event jointly with the organiser. */
  CO_ORGANISER,
  /** The organisation that hosts the event on its premises or in its country. */
  HOST,
  /** An organisation that pays for the event in whole or part. */
  FUNDER
}
