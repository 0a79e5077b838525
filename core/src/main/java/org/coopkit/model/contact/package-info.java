/**
 * The contact aggregate: its root record, its parts and its typed id. Immutable, validated on
 * construction, built with builders that support {@code toBuilder()}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.model.contact;

import org.jspecify.annotations.NullMarked;
