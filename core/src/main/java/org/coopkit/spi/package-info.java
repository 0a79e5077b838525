/**
 * The storage SPI: what a storage adapter implements so that coopkit's services can run on it.
 *
 * <p>Host applications do not call this package; they hand a {@link org.coopkit.spi.Storage} to
 * {@link org.coopkit.Coopkit#builder()} and use the services. The services enforce every domain
 * rule (references, uniqueness of codes, versions, timestamps); an adapter stores and finds what it
 * is given, and guarantees what {@link org.coopkit.spi.Storage} and {@link
 * org.coopkit.spi.AggregateStore} state. The storage contract kit ({@code coopkit-storage-tck})
 * checks an adapter against all of it.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.spi;

import org.jspecify.annotations.NullMarked;
