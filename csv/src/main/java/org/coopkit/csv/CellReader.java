package org.coopkit.csv;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.ParticipantCount.Qualifier;
import org.jspecify.annotations.Nullable;

/** Reads one cell as a value of the model; a cell that does not read throws {@link CellRefused}. */
final class CellReader {
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-_]+");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /** A whole number, possibly grouped by thousands: 1200, 1,200, 1 200. */
  private static final String NUMBER = "(\\d{1,3}(?:[,\\s]\\d{3})+|\\d+)";

  private static final Pattern PEOPLE = Pattern.compile("\\s+(?:participants|people|persons)$");
  private static final Pattern BARE = Pattern.compile(NUMBER);
  private static final Pattern APPROXIMATELY =
      Pattern.compile(
          "(?:about|approximately|approx\\.?|around|circa|ca\\.?|some|~|≈)\\s*" + NUMBER);
  private static final Pattern MORE_THAN =
      Pattern.compile("(?:more than|over|above|>)\\s*" + NUMBER + "|" + NUMBER + "\\s*\\+");
  private static final Pattern UP_TO =
      Pattern.compile("(?:up to|at most|max\\.?|maximum|≤|<=|<)\\s*" + NUMBER);
  private static final Pattern PLANNED =
      Pattern.compile(
          NUMBER + "\\s*(?:planned|\\(planned\\)|expected)|(?:planned|expected):?\\s*" + NUMBER);

  private static final String PARTICIPANTS_RULE =
      "must be a number of participants such as 93, about 50, more than 500, up to 40 or 40"
          + " planned";

  private static final Map<String, CountryCode> ALPHA3 = alpha3();

  private CellReader() {}

  /**
   * The constant of {@code type} named by {@code text}, in any case, with spaces for underscores.
   */
  static <E extends Enum<E>> E constant(Class<E> type, String text) {
    String name = WORD_BREAKS.matcher(text.strip()).replaceAll("_").toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new CellRefused(
        "must be one of "
            + Stream.of(type.getEnumConstants())
                .map(CsvExporter::words)
                .collect(Collectors.joining(", ")),
        text);
  }

  /** The formatters of a mapping's patterns, each in the mapping's language and in English. */
  static List<DateTimeFormatter> formatters(CsvMapping<?> mapping) {
    Locale language = Locale.forLanguageTag(mapping.language());
    List<DateTimeFormatter> formatters = new ArrayList<>();
    for (String pattern : mapping.dateFormats()) {
      formatters.add(DateTimeFormatter.ofPattern(pattern, language));
      if (!language.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
        formatters.add(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
      }
    }
    return formatters;
  }

  /**
   * A date at the precision the text shows: by the first pattern that reads the whole text, else in
   * coopkit's own forms.
   */
  static PartialDate date(String text, List<DateTimeFormatter> formatters, List<String> patterns) {
    String t = text.strip();
    for (DateTimeFormatter formatter : formatters) {
      ParsePosition position = new ParsePosition(0);
      TemporalAccessor parsed;
      try {
        parsed = formatter.parseUnresolved(t, position);
      } catch (RuntimeException e) {
        continue;
      }
      if (parsed == null || position.getErrorIndex() >= 0 || position.getIndex() != t.length()) {
        continue;
      }
      Long year = field(parsed, ChronoField.YEAR);
      if (year == null) {
        year = field(parsed, ChronoField.YEAR_OF_ERA);
      }
      if (year == null) {
        continue;
      }
      Long month = field(parsed, ChronoField.MONTH_OF_YEAR);
      Long day = field(parsed, ChronoField.DAY_OF_MONTH);
      try {
        if (month == null) {
          return PartialDate.ofYear(Math.toIntExact(year));
        }
        if (day == null) {
          return PartialDate.ofMonth(Math.toIntExact(year), Math.toIntExact(month));
        }
        return PartialDate.of(Math.toIntExact(year), Math.toIntExact(month), Math.toIntExact(day));
      } catch (ValidationException | ArithmeticException e) {
        throw new CellRefused(
            "must be a real date between " + PartialDate.MIN_YEAR + " and " + PartialDate.MAX_YEAR,
            text);
      }
    }
    try {
      return PartialDate.parse(t);
    } catch (ValidationException e) {
      List<String> forms = new ArrayList<>(patterns);
      forms.addAll(List.of("yyyy", "yyyy-MM", "yyyy-MM-dd"));
      throw new CellRefused(
          e.violations().get(0).rule().startsWith("must be a real")
              ? e.violations().get(0).rule()
              : "must be a date in one of the forms " + String.join(", ", forms),
          text);
    }
  }

  /** A whole day, for a field that takes no month or year alone. */
  static LocalDate day(String text, List<DateTimeFormatter> formatters, List<String> patterns) {
    PartialDate date = date(text, formatters, patterns);
    if (date.precision() != PartialDate.Precision.DAY) {
      throw new CellRefused("must be a whole day, not a month or year", text);
    }
    return date.earliest();
  }

  private static @Nullable Long field(TemporalAccessor parsed, ChronoField field) {
    return parsed.isSupported(field) ? parsed.getLong(field) : null;
  }

  /**
   * A participant count with the qualifier its words give, or, for a bare number, {@code qualifier}
   * (exact when {@code null}).
   */
  static ParticipantCount participants(String text, @Nullable Qualifier qualifier) {
    String t = BLANKS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    t = PEOPLE.matcher(t).replaceAll("");
    Matcher m;
    if ((m = BARE.matcher(t)).matches()) {
      return count(m, text, qualifier == null ? Qualifier.EXACT : qualifier);
    }
    Qualifier said;
    if ((m = APPROXIMATELY.matcher(t)).matches()) {
      said = Qualifier.APPROXIMATELY;
    } else if ((m = MORE_THAN.matcher(t)).matches()) {
      said = Qualifier.MORE_THAN;
    } else if ((m = UP_TO.matcher(t)).matches()) {
      said = Qualifier.UP_TO;
    } else if ((m = PLANNED.matcher(t)).matches()) {
      said = Qualifier.PLANNED;
    } else {
      throw new CellRefused(PARTICIPANTS_RULE, text);
    }
    if (qualifier != null && qualifier != said) {
      throw new CellRefused(
          "says "
              + CsvExporter.words(said)
              + " but the qualifier column says "
              + CsvExporter.words(qualifier),
          text);
    }
    return count(m, text, said);
  }

  private static ParticipantCount count(Matcher m, String text, Qualifier qualifier) {
    String digits = m.group(1) != null ? m.group(1) : m.group(2);
    digits = digits.replaceAll("[,\\s]", "");
    if (digits.length() > 9) {
      throw new CellRefused("must be between 0 and " + ParticipantCount.MAX, text);
    }
    try {
      return new ParticipantCount(Integer.parseInt(digits), qualifier);
    } catch (ValidationException e) {
      throw new CellRefused(e.violations().get(0).rule(), text);
    }
  }

  /**
   * A country by its ISO 3166-1 alpha-2 or alpha-3 code, or by an English name {@link CountryCode}
   * knows, current or former.
   */
  static CountryCode country(String text) {
    String t = text.strip();
    if (t.length() == 2) {
      try {
        return CountryCode.of(t);
      } catch (ValidationException e) {
        // not a code: perhaps a name, tried below
      }
    }
    if (t.length() == 3) {
      CountryCode found = ALPHA3.get(t.toUpperCase(Locale.ROOT));
      if (found != null) {
        return found;
      }
    }
    Optional<CountryCode> named = CountryCode.fromName(t);
    if (named.isPresent()) {
      return named.get();
    }
    throw new CellRefused(
        "must be an ISO 3166-1 country code or an English name of a country, current or former",
        text);
  }

  /** An identifier written {@code scheme:value}. */
  static ExternalId externalId(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new CellRefused("must be scheme:value, e.g. calendar:2018-114", text);
    }
    return ExternalId.of(text.substring(0, colon), text.substring(colon + 1));
  }

  private static Map<String, CountryCode> alpha3() {
    Map<String, CountryCode> table = new HashMap<>();
    for (CountryCode country : CountryCode.all()) {
      try {
        String code = new Locale.Builder().setRegion(country.alpha2()).build().getISO3Country();
        if (!code.isEmpty()) {
          table.put(code, country);
        }
      } catch (MissingResourceException e) {
        // XK has no alpha-3 code in the JDK; it is read by its alpha-2 code and name.
      }
    }
    return Map.copyOf(table);
  }
}
