/**
 * The exceptions coopkit throws. All are unchecked and extend {@link
 * org.coopkit.error.CoopkitException}, so a host application can catch one root or the specific
 * case it can act on.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.error;

import org.jspecify.annotations.NullMarked;
