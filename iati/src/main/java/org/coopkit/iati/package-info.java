/**
 * Projects as IATI Activity Standard 2.03 XML, for donors who require publication to the IATI
 * registry: {@link org.coopkit.iati.IatiExporter} writes one {@code iati-activities} document with
 * an {@code iati-activity} per project, page by page in constant memory, in the element order and
 * with the codes the standard's schema and rulesets require.
 */
@NullMarked
package org.coopkit.iati;

import org.jspecify.annotations.NullMarked;
