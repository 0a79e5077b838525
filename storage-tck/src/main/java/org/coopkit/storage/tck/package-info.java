/**
 * The storage contract kit: abstract JUnit 5 suites that every storage adapter passes, and the
 * fixtures they use.
 *
 * <p>An adapter's test module extends each suite it passes and supplies its storage:
 *
 * <pre>{@code
 * class MemoryProjectTestSuiteTest extends ProjectTestSuite {
 *   @Override
 *   protected Storage createStorage() {
 *     return MemoryStorage.create();
 *   }
 * }
 * }</pre>
 *
 * <p>{@link org.coopkit.storage.tck.StorageTestSuite} explains the life cycle: one storage per test
 * class, never wiped, every test working on fresh ids, codes and texts of its own. The fixtures
 * ({@link org.coopkit.storage.tck.TestClock}, {@link org.coopkit.storage.tck.Fixtures}, {@link
 * org.coopkit.storage.tck.RandomAggregates}) are public, so host applications can reuse them in
 * their own tests.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.storage.tck;

import org.jspecify.annotations.NullMarked;
