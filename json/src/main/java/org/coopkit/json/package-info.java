/**
 * JSON interchange for coopkit's model, with Jackson 3.
 *
 * <p>Two entry points:
 *
 * <ul>
 *   <li>{@link org.coopkit.json.CoopkitJsonModule}, a Jackson module that reads and writes every
 *       model type (aggregates, their parts, values, typed ids and enums) in the documented format,
 *       for host applications that put coopkit's types into their own JSON (a REST API, say);
 *   <li>{@link org.coopkit.json.CoopkitJson}, which exports a whole data set from a {@link
 *       org.coopkit.Coopkit} as one versioned document ({@code "format": "coopkit/1"}) and imports
 *       such a document into another, streaming, with every problem reported at its JSON location.
 * </ul>
 *
 * <p>The format itself (field names, codes, dates, money, limits) is described in the module's
 * {@code README.md} and in the JSON Schema at {@value
 * org.coopkit.json.CoopkitJson#SCHEMA_RESOURCE}. Apart from {@link
 * org.coopkit.json.CoopkitJson#mapper()} and the module itself, no Jackson type appears in this
 * package's signatures.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.json;

import org.jspecify.annotations.NullMarked;
