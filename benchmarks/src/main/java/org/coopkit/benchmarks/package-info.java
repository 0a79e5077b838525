/**
 * coopkit's benchmarks: JMH benchmarks of the model and the in-memory store ({@link
 * org.coopkit.benchmarks.EventModelBenchmark}, {@link
 * org.coopkit.benchmarks.MemoryStoreBenchmark}), the heap footprint of the in-memory store ({@link
 * org.coopkit.benchmarks.MemoryFootprint}) and the load harness that compares storage-jdbc with
 * hand-written JDBC on H2, PostgreSQL and MariaDB ({@link org.coopkit.benchmarks.LoadHarness}). Not
 * published; see the module's README.
 */
@NullMarked
package org.coopkit.benchmarks;

import org.jspecify.annotations.NullMarked;
