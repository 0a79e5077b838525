/**
 * Records as CSV for spreadsheets: {@link org.coopkit.csv.CsvExporter} streams events, projects and
 * contacts page by page, in constant memory, optionally in the dialect spreadsheet programs open by
 * double-click; {@link org.coopkit.csv.CsvImporter} reads events and contacts from a spreadsheet's
 * file row by row, as a {@link org.coopkit.csv.CsvMapping} says, with a dry run, all or nothing, or
 * row by row.
 */
@NullMarked
package org.coopkit.csv;

import org.jspecify.annotations.NullMarked;
