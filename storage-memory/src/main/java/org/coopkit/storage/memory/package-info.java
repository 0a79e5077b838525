/**
 * An in-memory {@link org.coopkit.spi.Storage}: {@link org.coopkit.storage.memory.MemoryStorage}.
 *
 * <p>It keeps the aggregates it is given (they are immutable, so it stores them as they are,
 * without copies) in hash maps and sorted indexes, and guarantees everything {@link
 * org.coopkit.spi.Storage} asks for:
 *
 * <ul>
 *   <li>writing transactions run one at a time; reading transactions run side by side and never
 *       overlap a writing one, so no reader sees part of a write;
 *   <li>a transaction whose work throws, whatever it throws, is undone completely, indexes
 *       included, before the throwable is passed on;
 *   <li>every query walks the most selective index its filters allow, in the query's order and from
 *       its cursor, and returns exactly what the query's {@code matches} accepts.
 * </ul>
 *
 * <p>The indexes, and why they differ by kind. Projects, contacts and organisations are stored in
 * the thousands and sort by texts (codes, folded names): they keep trees, one sorted map per index
 * value ({@code SortedTable}). Events are stored by the million, and a tree entry per event and
 * indexed value was most of the heap the store took beyond the events themselves; so every event
 * index is a compact list per value, sorted by first day and id, in blocks of arrays that keep each
 * event's first and last day beside the reference ({@code DayList}). Keeping the days there also
 * makes queries cheap in a large store, where reading an event is several cache misses: a period
 * query starts a week before the period in its most selective list and skips what ended earlier
 * without reading the events, and finds the rarer long events in lists by span ({@code Postings});
 * a query whose only filters are that list's and the period never reads an event beyond the page it
 * returns ({@code EventPostingsPager}).
 *
 * <p>Nothing is persisted: the data lives as long as the {@code MemoryStorage} instance.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.storage.memory;

import org.jspecify.annotations.NullMarked;
