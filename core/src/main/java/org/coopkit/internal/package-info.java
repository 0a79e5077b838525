/**
 * coopkit's own helpers and the services' implementations. Not part of the API: types here may
 * change or go away in any release, whatever their visibility.
 */
@NullMarked
package org.coopkit.internal;

import org.jspecify.annotations.NullMarked;
