/**
 * Records as CSV for spreadsheets: {@link org.coopkit.csv.CsvExporter} streams events, projects and
 * contacts page by page, in constant memory, optionally in the dialect spreadsheet programs open by
 * double-click.
 */
@NullMarked
package org.coopkit.csv;

import org.jspecify.annotations.NullMarked;
