/**
 * The services' implementations over the storage SPI, wired by {@link org.coopkit.Coopkit}. Not
 * part of the API: types here may change or go away in any release, whatever their visibility.
 */
@NullMarked
package org.coopkit.internal;

import org.jspecify.annotations.NullMarked;
