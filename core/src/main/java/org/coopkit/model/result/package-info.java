/**
 * What a project sets out to achieve and how it is measured: its logframe (results chain) of
 * objectives, outcomes and outputs, and their indicators with baselines, targets and actual values.
 *
 * <h2>Mapping to IATI 2.03</h2>
 *
 * <p>The structure follows the IATI activity standard's {@code result} element, so that a logframe
 * can be published without reshaping it:
 *
 * <ul>
 *   <li>each {@link org.coopkit.model.result.Result} is one {@code result}; its {@link
 *       org.coopkit.model.result.ResultLevel#iatiCode()} is the {@code type} attribute (1 output, 2
 *       outcome, 3 impact) and its statement the {@code title};
 *   <li>each {@link org.coopkit.model.result.Indicator} is one {@code indicator}; its {@link
 *       org.coopkit.model.result.MeasureKind#iatiCode()} is the {@code measure} attribute and
 *       {@link org.coopkit.model.result.Direction#iatiAscending()} the {@code ascending} attribute;
 *       its statement is the {@code title};
 *   <li>each {@link org.coopkit.model.result.Baseline} is one {@code baseline} with its {@code
 *       year} (and {@code iso-date} when the day is known), {@code value} and {@code comment};
 *   <li>the {@link org.coopkit.model.result.Target}s and {@link org.coopkit.model.result.Actual}s
 *       of one {@link org.coopkit.model.result.Period} form one {@code period} ({@code
 *       period-start}, {@code period-end}) with one {@code target} and one {@code actual} per
 *       {@link org.coopkit.model.result.Breakdown}; a breakdown's country, sex and organisation
 *       type become {@code dimension} elements, the actual's sources {@code document-link}s and its
 *       note the {@code comment};
 *   <li>a value of a {@link org.coopkit.model.result.MeasureKind#SCALE} indicator is the level's
 *       position; the level's text goes in the {@code comment} as IATI's ordinal measure expects a
 *       number.
 * </ul>
 *
 * <p>The link from outputs to the events that serve them lives on the results side ({@link
 * org.coopkit.model.result.Result#events()}), not on the event: an event stays as it is when a
 * logframe is drawn up or revised, and one logframe is merged, exported and versioned as a whole.
 *
 * @since 0.2.0
 */
@NullMarked
package org.coopkit.model.result;

import org.jspecify.annotations.NullMarked;
