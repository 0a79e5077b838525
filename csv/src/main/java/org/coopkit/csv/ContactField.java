package org.coopkit.csv;

/**
 * What a column of a contacts file can fill. Each reads the column {@link CsvExporter} writes for
 * it, unless the {@link CsvMapping} names another. The values of personal fields never appear in a
 * problem's message.
 *
 * @since 0.2.0
 */
public enum ContactField implements CsvField {
  /** The name as shown; required; personal. */
  DISPLAY_NAME("display_name", true, true, false),
  /** The name as sorted, e.g. "Ivanova, Maria"; personal. Default: the display name. */
  SORT_NAME("sort_name", false, true, false),
  /** The honorific, e.g. "Dr"; personal. */
  HONORIFIC("honorific", false, true, false),
  /** The job title; personal, since with an organisation it may point at one person. */
  JOB_TITLE("job_title", false, true, false),
  /** The organisation: its id, or a name or acronym that names exactly one organisation. */
  ORGANISATION("organisation", false, false, false),
  /** The unit within the organisation. */
  UNIT("unit", false, false, false),
  /** The e-mail addresses, {@code |}-separated; personal. */
  EMAILS("emails", false, true, true),
  /** The phone numbers, {@code |}-separated; personal. */
  PHONES("phones", false, true, true),
  /** The languages spoken, {@code |}-separated language tags, e.g. {@code en|ka}. */
  LANGUAGES("languages", false, false, true),
  /** The {@link org.coopkit.model.contact.Visibility}. Default: internal. */
  VISIBILITY("visibility", false, false, false),
  /**
   * An identifier of the contact in another system, as {@code scheme:value}; a contact already
   * stored with it is changed instead of created again.
   */
  EXTERNAL_ID("external_id", false, false, false);

  private final String defaultHeader;
  private final boolean required;
  private final boolean personal;
  private final boolean list;

  ContactField(String defaultHeader, boolean required, boolean personal, boolean list) {
    this.defaultHeader = defaultHeader;
    this.required = required;
    this.personal = personal;
    this.list = list;
  }

  @Override
  public String defaultHeader() {
    return defaultHeader;
  }

  @Override
  public boolean isRequired() {
    return required;
  }

  @Override
  public boolean isPersonal() {
    return personal;
  }

  @Override
  public boolean isList() {
    return list;
  }
}
