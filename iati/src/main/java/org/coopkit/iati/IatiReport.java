package org.coopkit.iati;

/**
 * What an IATI file holds, and what the model held that the file could not.
 *
 * @param activities the projects written as {@code iati-activity} elements
 * @param fundingLinesLeftOut funding lines written as no transaction: a line with a share but no
 *     amount, or with neither its own date nor a project start to date it, or dated after the day
 *     of the export
 * @param budgetsLeftOut whole-period budget lines written as no budget: IATI budgets cover at most
 *     a year, and the project's period is longer or not known
 * @param relationsLeftOut relations written as no related activity: a predecessor, successor or
 *     other relation, which IATI's related-activity types do not have, or a related project without
 *     an IATI identifier
 * @param resultsLeftOut results of the projects' logframes written as no result element: a result
 *     without indicators, which IATI does not accept
 * @since 0.2.0
 */
public record IatiReport(
    long activities,
    long fundingLinesLeftOut,
    long budgetsLeftOut,
    long relationsLeftOut,
    long resultsLeftOut) {}
