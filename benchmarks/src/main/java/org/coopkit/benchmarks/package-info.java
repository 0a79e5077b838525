/**
 * coopkit's benchmarks: JMH benchmarks of the model and the in-memory store ({@link
 * org.coopkit.benchmarks.EventModelBenchmark}, {@link
 * org.coopkit.benchmarks.MemoryStoreBenchmark}), the heap footprint of the in-memory store ({@link
 * org.coopkit.benchmarks.MemoryFootprint}) and the load harness that compares storage-jdbc with
 * hand-written JDBC on H2, PostgreSQL and MariaDB ({@link org.coopkit.benchmarks.LoadHarness}), how
 * costs grow with the number of stored events ({@link org.coopkit.benchmarks.ScalingHarness}), and
 * the hand-written speed-ups of core and json against the JDK's ways ({@link
 * org.coopkit.benchmarks.NfcBenchmark}, {@link org.coopkit.benchmarks.PartialDateParseBenchmark},
 * {@link org.coopkit.benchmarks.LanguageTagBenchmark}, and {@code InstantParseBenchmark} in the
 * json module's package). Not published; see the module's README.
 */
@NullMarked
package org.coopkit.benchmarks;

import org.jspecify.annotations.NullMarked;
