/**
 * Where facts come from: sources (documents and web pages) that any fact of any aggregate can cite,
 * and the values sources report for one fact.
 *
 * @since 0.2.0
 */
@NullMarked
package org.coopkit.model.source;

import org.jspecify.annotations.NullMarked;
