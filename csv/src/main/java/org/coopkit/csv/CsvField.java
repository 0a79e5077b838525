package org.coopkit.csv;

/**
 * A value of a record that a column of a CSV file can fill: an {@link EventField} or a {@link
 * ContactField}. A {@link CsvMapping} says which column fills it.
 *
 * @since 0.2.0
 */
public sealed interface CsvField permits EventField, ContactField {
  /**
   * The column read when the mapping names none: the name {@link CsvExporter} writes, so an
   * exported file imports without a mapping.
   *
   * @return the column's default name, e.g. {@code participant_countries}
   */
  String defaultHeader();

  /**
   * Whether the record cannot be made without it: its column must be in the header, or the mapping
   * must give a default.
   *
   * @return {@code true} for an event's title and projects, and a contact's display name
   */
  boolean isRequired();

  /**
   * Whether its values are personal data, never shown in a problem's message.
   *
   * @return {@code true} for a contact's names, job title, e-mails and phones
   */
  boolean isPersonal();

  /**
   * Whether a cell holds several values, separated by {@code |} as {@link CsvExporter} writes them;
   * a value map applies to each.
   *
   * @return {@code true} for lists such as countries, topics and e-mail addresses
   */
  boolean isList();
}
