/**
 * Events as iCalendar feeds (RFC 5545), for partners who subscribe to a programme's calendar:
 * {@link org.coopkit.ical.IcsExporter} writes a {@code VCALENDAR} with one {@code VEVENT} per
 * event, page by page in constant memory.
 */
@NullMarked
package org.coopkit.ical;

import org.jspecify.annotations.NullMarked;
