package org.coopkit.model.event;

/**
 * What an organisation is to an event.
 *
 * @since 0.1.0
 */
public enum OrganiserRole {
  ORGANISER,
  CO_ORGANISER,
  HOST,
  FUNDER
}
