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
 * <p>Nothing is persisted: the data lives as long as the {@code MemoryStorage} instance.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.storage.memory;

import org.jspecify.annotations.NullMarked;
