package org.coopkit.csv;

import static java.util.Objects.requireNonNull;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coopkit.model.LocalizedText;

/**
 * Which column of a CSV file fills which field of an event or a contact, and how its cells are
 * read: the column's name in the header, a default for a missing column or an empty cell, value
 * maps from the file's words to the model's, and the date formats the file uses.
 *
 * <pre>{@code
 * CsvMapping<EventField> mapping = CsvMapping.forEvents()
 *     .column(EventField.TITLE, "Titre")
 *     .column(EventField.TYPE, "Type d'événement")
 *     .value(EventField.TYPE, "Conférence", "conference")
 *     .defaultValue(EventField.STATUS, "held")
 *     .dateFormats("dd/MM/yyyy", "MM/yyyy", "yyyy")
 *     .separator(';')
 *     .build();
 * }</pre>
 *
 * <p><b>Columns.</b> A field reads the column the mapping names, else the one {@link CsvExporter}
 * writes for it ({@link CsvField#defaultHeader()}), so an exported file imports without a mapping.
 * Names match whatever their case, surrounding blanks, and spaces, underscores or hyphens between
 * words: {@code Participant countries} is {@code participant_countries}. Columns the mapping does
 * not use are ignored. A column the mapping names, or that a required field reads, must be in the
 * header unless the field has a default. A column named for one field is not read by another field
 * whose default name it has.
 *
 * <p><b>CellReader.</b> Blanks around a cell are stripped; an empty cell takes the field's default,
 * if any. A value map then replaces a cell (in a list, each value) whose text equals a key,
 * whatever its case and surrounding blanks, by the key's value, which is read as if the file held
 * it. Types, statuses, formats and visibility are read by their names in any case, with spaces or
 * hyphens for underscores ({@code in person}, {@code steering-committee}).
 *
 * <p><b>Dates</b> are read by the {@link DateTimeFormatter} patterns given, in order, then in
 * coopkit's own forms {@code 2018}, {@code 2018-05} and {@code 2018-05-17}. A pattern without a day
 * reads a month ({@code MM/yyyy}), one without a month a year: the date keeps that precision. Month
 * names are read in the mapping's language, then in English.
 *
 * <p>Instances are immutable and thread-safe; the builder is reusable.
 *
 * @param <F> the kind of field: {@link EventField} or {@link ContactField}
 * @since 0.2.0
 */
public final class CsvMapping<F extends Enum<F> & CsvField> {
  private static final Pattern HEADER_BREAKS = Pattern.compile("[\\s_\\-]+");

  private final Class<F> fieldType;
  private final Map<F, String> columns;
  private final Map<F, String> defaults;
  private final Map<F, Map<String, String>> values;
  private final List<String> dateFormats;
  private final char separator;
  private final String language;

  private CsvMapping(Builder<F> b) {
    this.fieldType = b.fieldType;
    this.columns = Collections.unmodifiableMap(new EnumMap<>(b.columns));
    this.defaults = Collections.unmodifiableMap(new EnumMap<>(b.defaults));
    Map<F, Map<String, String>> copied = new EnumMap<>(fieldType);
    b.values.forEach((f, m) -> copied.put(f, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
    this.values = Collections.unmodifiableMap(copied);
    this.dateFormats = List.copyOf(b.dateFormats);
    this.separator = b.separator;
    this.language = b.language;
  }

  /**
   * A builder of a mapping for events; with nothing set it reads the columns {@link
   * CsvExporter#events} writes.
   *
   * @return a new builder
   */
  public static Builder<EventField> forEvents() {
    return new Builder<>(EventField.class);
  }

  /**
   * A builder of a mapping for contacts; with nothing set it reads the columns {@link
   * CsvExporter#contacts} writes with personal data.
   *
   * @return a new builder
   */
  public static Builder<ContactField> forContacts() {
    return new Builder<>(ContactField.class);
  }

  /**
   * A builder holding this mapping's settings.
   *
   * @return a new builder
   */
  public Builder<F> toBuilder() {
    return new Builder<>(this);
  }

  /**
   * The kind of field this mapping fills.
   *
   * @return {@code EventField.class} or {@code ContactField.class}
   */
  public Class<F> fieldType() {
    return fieldType;
  }

  /**
   * The column {@code field} reads: the one named, else its {@linkplain CsvField#defaultHeader()
   * default}.
   *
   * @param field the field
   * @return the column's name
   */
  public String column(F field) {
    return columns.getOrDefault(requireNonNull(field, "field"), field.defaultHeader());
  }

  /**
   * Whether the mapping names the column of {@code field}, rather than leaving it at its default.
   *
   * @param field the field
   * @return {@code true} if {@link Builder#column} was called for it
   */
  public boolean namesColumn(F field) {
    return columns.containsKey(requireNonNull(field, "field"));
  }

  /**
   * The text used for {@code field} when its column is missing or its cell empty.
   *
   * @param field the field
   * @return the default, or empty if there is none
   */
  public Optional<String> defaultValue(F field) {
    return Optional.ofNullable(defaults.get(requireNonNull(field, "field")));
  }

  /**
   * The value map of {@code field}: keys in lower case, values as given.
   *
   * @param field the field
   * @return the map, empty if there is none
   */
  public Map<String, String> values(F field) {
    return values.getOrDefault(requireNonNull(field, "field"), Map.of());
  }

  /**
   * The {@link DateTimeFormatter} patterns dates are read by, before coopkit's own forms.
   *
   * @return the patterns, in the order tried
   */
  public List<String> dateFormats() {
    return dateFormats;
  }

  /**
   * The character between cells.
   *
   * @return {@code ,} unless set
   */
  public char separator() {
    return separator;
  }

  /**
   * The language of titles and descriptions, and of month names in dates.
   *
   * @return a BCP 47 tag, {@code en} unless set
   */
  public String language() {
    return language;
  }

  /** Reduces a column's name to the form names are matched in. */
  static String foldHeader(String name) {
    return HEADER_BREAKS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  /** Reduces a cell to the form value map keys are matched in. */
  static String foldValue(String cell) {
    return cell.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Builds a {@link CsvMapping}; reusable.
   *
   * @param <F> the kind of field
   * @since 0.2.0
   */
  public static final class Builder<F extends Enum<F> & CsvField> {
    private final Class<F> fieldType;
    private final Map<F, String> columns;
    private final Map<F, String> defaults;
    private final Map<F, Map<String, String>> values;
    private final List<String> dateFormats = new ArrayList<>();
    private char separator = ',';
    private String language = "en";

    private Builder(Class<F> fieldType) {
      this.fieldType = fieldType;
      this.columns = new EnumMap<>(fieldType);
      this.defaults = new EnumMap<>(fieldType);
      this.values = new EnumMap<>(fieldType);
    }

    private Builder(CsvMapping<F> m) {
      this(m.fieldType);
      columns.putAll(m.columns);
      defaults.putAll(m.defaults);
      m.values.forEach((f, map) -> values.put(f, new LinkedHashMap<>(map)));
      dateFormats.addAll(m.dateFormats);
      separator = m.separator;
      language = m.language;
    }

    /**
     * Reads {@code field} from the column named {@code header}.
     *
     * @param field the field
     * @param header the column's name in the file's header, matched as the class description says
     * @return this builder
     * @throws IllegalArgumentException if {@code header} is blank
     */
    public Builder<F> column(F field, String header) {
      requireNonNull(field, "field");
      requireNonNull(header, "header");
      if (header.isBlank()) {
        throw new IllegalArgumentException("the column of " + field + " must not be blank");
      }
      columns.put(field, header.strip());
      return this;
    }

    /**
     * Uses {@code text} for {@code field} when its column is missing or its cell is empty, read as
     * a cell is.
     *
     * @param field the field
     * @param text the default, e.g. {@code held} for {@link EventField#STATUS}
     * @return this builder
     */
    public Builder<F> defaultValue(F field, String text) {
      defaults.put(requireNonNull(field, "field"), requireNonNull(text, "text"));
      return this;
    }

    /**
     * Reads a cell of {@code field} holding {@code cell} (whatever its case and surrounding blanks)
     * as {@code meaning}: {@code value(EventField.TYPE, "Conférence", "conference")}.
     *
     * @param field the field
     * @param cell the text in the file
     * @param meaning what to read instead
     * @return this builder
     */
    public Builder<F> value(F field, String cell, String meaning) {
      requireNonNull(field, "field");
      requireNonNull(cell, "cell");
      requireNonNull(meaning, "meaning");
      values.computeIfAbsent(field, f -> new LinkedHashMap<>()).put(foldValue(cell), meaning);
      return this;
    }

    /**
     * Reads each key of {@code map} as its value, as {@link #value} does for one.
     *
     * @param field the field
     * @param map texts in the file, and what to read instead
     * @return this builder
     */
    public Builder<F> values(F field, Map<String, String> map) {
      requireNonNull(map, "map").forEach((cell, meaning) -> value(field, cell, meaning));
      return this;
    }

    /**
     * Reads dates by these {@link DateTimeFormatter} patterns, in order, before coopkit's own
     * forms; replaces those given before.
     *
     * @param patterns e.g. {@code "dd/MM/yyyy"}, {@code "MM/yyyy"}, {@code "yyyy"}
     * @return this builder
     * @throws IllegalArgumentException if a pattern is not a valid {@link DateTimeFormatter}
     *     pattern
     */
    public Builder<F> dateFormats(String... patterns) {
      List<String> checked = new ArrayList<>();
      for (String pattern : patterns) {
        DateTimeFormatter.ofPattern(requireNonNull(pattern, "pattern"));
        checked.add(pattern);
      }
      dateFormats.clear();
      dateFormats.addAll(checked);
      return this;
    }

    /**
     * Reads cells separated by {@code separator}: {@code ';'} for files from spreadsheet programs
     * set to many European locales.
     *
     * @param separator the character between cells; not a quote, a line end or {@code |}
     * @return this builder
     * @throws IllegalArgumentException if {@code separator} is {@code "}, {@code |}, CR or LF
     */
    public Builder<F> separator(char separator) {
      if (separator == '"' || separator == '|' || separator == '\n' || separator == '\r') {
        throw new IllegalArgumentException(
            "separator must not be a quote, '|' or a line end, but was " + separator);
      }
      this.separator = separator;
      return this;
    }

    /**
     * Reads titles and descriptions, and month names in dates, in {@code languageTag}.
     *
     * @param languageTag a BCP 47 tag, e.g. {@code fr}
     * @return this builder
     * @throws org.coopkit.error.ValidationException if the tag is not one coopkit's texts accept
     */
    public Builder<F> language(String languageTag) {
      requireNonNull(languageTag, "languageTag");
      // Checked now, by the model's own rule, rather than on every row of a long file.
      LocalizedText.of(languageTag, "-");
      this.language = languageTag;
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return a new mapping
     * @throws IllegalArgumentException if two fields are given one column
     */
    public CsvMapping<F> build() {
      Map<String, F> byColumn = new LinkedHashMap<>();
      columns.forEach(
          (field, header) -> {
            F other = byColumn.putIfAbsent(foldHeader(header), field);
            if (other != null) {
              throw new IllegalArgumentException(
                  other
                      + " and "
                      + field
                      + " must not read the same column, but both read "
                      + header);
            }
          });
      return new CsvMapping<>(this);
    }
  }
}
