package org.coopkit.examples.boot;

import java.time.LocalDate;
import org.coopkit.model.event.EventType;

/**
 * The body of {@code POST /projects/launch}: a new project and its first event.
 *
 * <pre>{@code
 * {"code": "cybercrime-eap-iii", "title": "Cybercrime EAP III",
 *  "firstEvent": {"title": "Kick-off", "type": "conference",
 *                 "start": "2026-03-02", "end": "2026-03-03"}}
 * }</pre>
 *
 * @param code the project's unique code
 * @param title the project's English title
 * @param firstEvent the event that opens it
 */
public record LaunchRequest(String code, String title, FirstEvent firstEvent) {
  /**
   * The first event: its type is one of coopkit's codes ({@code conference}, {@code training}…).
   *
   * @param title the event's English title
   * @param type what kind of event
   * @param start its first day
   * @param end its last day
   */
  public record FirstEvent(String title, EventType type, LocalDate start, LocalDate end) {}
}
