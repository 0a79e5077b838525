/**
 * coopkit's entry point: {@link org.coopkit.Coopkit} binds a storage, a clock and an id generator
 * and hands out the services.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit;

import org.jspecify.annotations.NullMarked;
