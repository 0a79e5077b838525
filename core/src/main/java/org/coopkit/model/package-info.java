/**
 * Value types shared by all aggregates: countries, localized texts, partial dates, counts, money,
 * links, topics, contact details and external identifiers. Every type is immutable and checks its
 * rules when constructed.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.model;

import org.jspecify.annotations.NullMarked;
