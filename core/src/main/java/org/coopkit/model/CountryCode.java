package org.coopkit.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopkit.model.internal.Validator;

/**
 * A country or territory as an ISO 3166-1 alpha-2 code, such as {@code MK} or {@code TR}.
 *
 * <p>The codes the JDK knows ({@link Locale#getISOCountries()}) are accepted, plus {@code XK} for
 * Kosovo, the user-assigned code the European Commission and many donors use. Input is stripped and
 * upper-cased, so {@code " mk"} becomes {@code MK}.
 *
 * @param alpha2 the upper-case two-letter code
 * @since 0.1.0
 */
public record CountryCode(String alpha2) implements Comparable<CountryCode> {

  /** Kosovo has no official ISO code; XK is the one in practical use. */
  private static final String KOSOVO = "XK";

  private static final ImmutableSet<String> CODES =
      ImmutableSet.<String>builder().add(Locale.getISOCountries()).add(KOSOVO).build();

  /**
   * Names the JDK renders oddly ("Congo - Kinshasa") or that changed recently ("Türkiye"); pinned
   * here so the output does not drift between JDK versions.
   */
  private static final ImmutableMap<String, String> ENGLISH_OVERRIDES =
      ImmutableMap.<String, String>builder()
          .put("BA", "Bosnia and Herzegovina")
          .put("CD", "Democratic Republic of the Congo")
          .put("CG", "Republic of the Congo")
          .put("CI", "Côte d'Ivoire")
          .put("CV", "Cabo Verde")
          .put("CZ", "Czechia")
          .put("HK", "Hong Kong")
          .put("MD", "Moldova")
          .put("MK", "North Macedonia")
          .put("MM", "Myanmar")
          .put("MO", "Macao")
          .put("PS", "Palestine")
          .put("SZ", "Eswatini")
          .put("TR", "Türkiye")
          .put(KOSOVO, "Kosovo")
          .buildOrThrow();

  /**
   * Historical, official and colloquial names found in project documents, treaties and donor data.
   * ISO-style inverted names ("Moldova, Republic of") need no entry: {@link #fromName} turns them
   * around.
   */
  private static final ImmutableMap<String, List<String>> ALIASES =
      ImmutableMap.<String, List<String>>builder()
          .put("BA", List.of("Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"))
          .put("BN", List.of("Brunei", "Brunei Darussalam"))
          .put("BO", List.of("Bolivia", "Plurinational State of Bolivia"))
          .put(
              "CD",
              List.of("Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"))
          .put("CG", List.of("Republic of the Congo", "Congo", "Congo-Brazzaville"))
          .put("CI", List.of("Côte d'Ivoire", "Ivory Coast"))
          .put("CV", List.of("Cabo Verde", "Cape Verde"))
          .put("CZ", List.of("Czechia", "Czech Republic"))
          .put("FM", List.of("Micronesia", "Federated States of Micronesia"))
          .put(
              "GB",
              List.of(
                  "United Kingdom",
                  "UK",
                  "Great Britain",
                  "Britain",
                  "United Kingdom of Great Britain and Northern Ireland"))
          .put("HK", List.of("Hong Kong", "Hong Kong SAR"))
          .put("IR", List.of("Iran", "Islamic Republic of Iran"))
          .put("KG", List.of("Kyrgyzstan", "Kyrgyz Republic"))
          .put("KP", List.of("North Korea", "Democratic People's Republic of Korea", "DPRK"))
          .put("KR", List.of("South Korea", "Republic of Korea"))
          .put("LA", List.of("Laos", "Lao People's Democratic Republic", "Lao PDR"))
          .put("MD", List.of("Moldova", "Republic of Moldova"))
          .put(
              "MK",
              List.of(
                  "North Macedonia",
                  "Republic of North Macedonia",
                  "the former Yugoslav Republic of Macedonia",
                  "FYROM",
                  "FYR Macedonia",
                  "Macedonia (FYROM)",
                  "Republic of Macedonia",
                  "Macedonia"))
          .put("MM", List.of("Myanmar", "Burma"))
          .put("MO", List.of("Macao", "Macau", "Macao SAR"))
          .put("NL", List.of("Netherlands", "Holland"))
          .put(
              "PS",
              List.of(
                  "Palestine",
                  "State of Palestine",
                  "Palestinian Territories",
                  "Palestinian Territory",
                  "Occupied Palestinian Territory"))
          .put("RU", List.of("Russia", "Russian Federation"))
          .put("SK", List.of("Slovakia", "Slovak Republic"))
          .put("SY", List.of("Syria", "Syrian Arab Republic"))
          .put("SZ", List.of("Eswatini", "Kingdom of Eswatini", "Swaziland"))
          .put("TL", List.of("Timor-Leste", "East Timor"))
          .put("TR", List.of("Türkiye", "Turkey", "Republic of Türkiye"))
          .put("TZ", List.of("Tanzania", "United Republic of Tanzania"))
          .put("US", List.of("United States", "United States of America", "USA", "US"))
          .put(
              "VA",
              List.of(
                  "Holy See",
                  "Vatican",
                  "Vatican City",
                  "Vatican City State",
                  "Holy See (Vatican City State)"))
          .put("VE", List.of("Venezuela", "Bolivarian Republic of Venezuela"))
          .put("VG", List.of("British Virgin Islands"))
          .put("VI", List.of("US Virgin Islands", "United States Virgin Islands"))
          .put("VN", List.of("Vietnam", "Viet Nam", "Socialist Republic of Vietnam"))
          .put(KOSOVO, List.of("Kosovo", "Republic of Kosovo"))
          .buildOrThrow();

  /**
   * Official English names that changed, with the first day of the new name, by code; each list
   * ordered by date. The dates are those on which the change took effect at the United Nations (for
   * Czechia, the month its short name entered the UN's databases; the day is the first of that
   * month). Covers the changes listed here only, not every change in history.
   */
  private static final ImmutableMap<String, List<NameChange>> NAME_CHANGES =
      ImmutableMap.<String, List<NameChange>>builder()
          .put("CV", List.of(new NameChange(LocalDate.of(2013, 10, 24), "Cape Verde")))
          .put("CZ", List.of(new NameChange(LocalDate.of(2016, 7, 1), "Czech Republic")))
          .put(
              "MK",
              List.of(
                  new NameChange(
                      LocalDate.of(2019, 2, 12), "the former Yugoslav Republic of Macedonia")))
          .put("SZ", List.of(new NameChange(LocalDate.of(2018, 4, 19), "Swaziland")))
          .put("TR", List.of(new NameChange(LocalDate.of(2022, 6, 1), "Turkey")))
          .buildOrThrow();

  /** A name that ended: {@code before} was the name until the day before {@code from}. */
  private record NameChange(LocalDate from, String before) {}

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  // Quotes and dots vanish rather than split words: "Côte d'Ivoire" and "U.S.A." stay one word.
  private static final Pattern VANISHING = Pattern.compile("[\"'`´‘’‚‛“”„«»‹›.]");
  private static final Pattern WORD_BREAKS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SAINT = Pattern.compile("\\bst\\b");
  private static final Pattern INVERTED = Pattern.compile("([^,]+),([^,]+)");
  private static final Pattern QUALIFIED = Pattern.compile("([^()]+)\\(([^()]+)\\)\\W*");

  private static final ImmutableMap<String, CountryCode> BY_NAME = buildNameTable();
  private static final ImmutableSortedSet<CountryCode> ALL =
      ImmutableSortedSet.copyOf(CODES.stream().map(CountryCode::new).iterator());

  /**
   * Checks and normalises the code.
   *
   * @param alpha2 the two-letter code, in any case and with surrounding blanks allowed
   * @throws org.coopkit.error.ValidationException if the code is missing or not a known alpha-2
   *     code
   */
  public CountryCode {
    Validator v = Validator.of("CountryCode");
    String normalized = alpha2;
    if (v.required(alpha2, "alpha2")) {
      normalized = alpha2.strip().toUpperCase(Locale.ROOT);
      v.check(
          CODES.contains(normalized),
          "alpha2",
          "must be an ISO 3166-1 alpha-2 country code",
          alpha2);
    }
    v.throwIfInvalid();
    alpha2 = normalized;
  }

  /**
   * Returns the country with the given ISO 3166-1 alpha-2 code, case-insensitively.
   *
   * @param alpha2 the two-letter code, in any case
   * @return the country code in upper case
   * @throws org.coopkit.error.ValidationException if the code is not a known alpha-2 code
   */
  public static CountryCode of(String alpha2) {
    return new CountryCode(alpha2);
  }

  /**
   * Looks a country up by its English name, current or former, official or colloquial: "North
   * Macedonia", "the former Yugoslav Republic of Macedonia", "Turkey", "Moldova, Republic of",
   * "Iran (Islamic Republic of)". Case, diacritics, quotes, punctuation and a leading "the" are
   * ignored.
   *
   * @param name the country's name as written in a source list
   * @return the country, or empty if the name is not known
   */
  public static Optional<CountryCode> fromName(String name) {
    requireNonNull(name, "name");
    CountryCode found = BY_NAME.get(fold(name));
    if (found == null) {
      // ISO lists put the qualifier after a comma: "Korea, Republic of".
      Matcher inverted = INVERTED.matcher(name);
      if (inverted.matches()) {
        found = BY_NAME.get(fold(inverted.group(2) + " " + inverted.group(1)));
      }
    }
    if (found == null) {
      // UN lists put it in parentheses, "Iran (Islamic Republic of)"; others add a former name.
      Matcher qualified = QUALIFIED.matcher(name);
      if (qualified.matches()) {
        found = BY_NAME.get(fold(qualified.group(2) + " " + qualified.group(1)));
        if (found == null) {
          found = BY_NAME.get(fold(qualified.group(1)));
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns every accepted code, in alphabetical order.
   *
   * @return all accepted country codes, sorted by code
   */
  public static SortedSet<CountryCode> all() {
    return ALL;
  }

  /**
   * Returns the country's English short name, e.g. "North Macedonia" for {@code MK} and "Kosovo"
   * for {@code XK}.
   *
   * @return the English short name
   */
  public String englishName() {
    String override = ENGLISH_OVERRIDES.get(alpha2);
    return override != null ? override : tidy(jdkName(alpha2));
  }

  /**
   * Returns the country's English short name as it was on {@code date}: for {@code MK}, "the former
   * Yugoslav Republic of Macedonia" before 12 February 2019 and "North Macedonia" from that day;
   * the same for Swaziland/Eswatini (19 April 2018), Czech Republic/Czechia (July 2016, the short
   * name), Turkey/Türkiye (1 June 2022) and Cape Verde/Cabo Verde (24 October 2013). A report dated
   * in a past period prints the name the period's documents used.
   *
   * <p>The table of changes covers the five changes listed here, not every change of name in
   * history: for any other country, and on or after the last change, this is {@link
   * #englishName()}.
   *
   * @param date the day the name is wanted for
   * @return the English short name on that day
   * @throws NullPointerException if {@code date} is null
   * @since 0.2.0
   */
  public String englishNameOn(LocalDate date) {
    requireNonNull(date, "date");
    for (NameChange change : NAME_CHANGES.getOrDefault(alpha2, List.of())) {
      if (date.isBefore(change.from())) {
        return change.before();
      }
    }
    return englishName();
  }

  /** Orders by alpha-2 code, which is also the order of {@link #all()}. */
  @Override
  public int compareTo(CountryCode other) {
    return alpha2.compareTo(other.alpha2);
  }

  /** Returns the alpha-2 code. */
  @Override
  public String toString() {
    return alpha2;
  }

  private static String jdkName(String code) {
    return new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
  }

  /** Spells out the CLDR abbreviations, which read oddly in formal documents. */
  private static String tidy(String name) {
    return name.replace(" & ", " and ").replace("St. ", "Saint ");
  }

  private static ImmutableMap<String, CountryCode> buildNameTable() {
    Map<String, CountryCode> table = new LinkedHashMap<>();
    // Curated names first: a clash among them is a mistake in this file, caught at class load.
    ALIASES.forEach((code, names) -> names.forEach(n -> putCurated(table, n, code)));
    ENGLISH_OVERRIDES.forEach((code, n) -> putCurated(table, n, code));
    // JDK names change with CLDR releases: they must never override a curated name nor fail
    // class initialisation.
    for (String code : CODES) {
      table.putIfAbsent(fold(jdkName(code)), new CountryCode(code));
    }
    return ImmutableMap.copyOf(table);
  }

  private static void putCurated(Map<String, CountryCode> table, String name, String code) {
    CountryCode previous = table.putIfAbsent(fold(name), new CountryCode(code));
    if (previous != null && !previous.alpha2().equals(code)) {
      throw new IllegalStateException(
          "country name " + name + " is listed for both " + previous + " and " + code);
    }
  }

  /** Reduces a name to lower-case words without accents or punctuation, the lookup key. */
  private static String fold(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = COMBINING_MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    // Letters that carry no combining mark in NFD.
    s =
        s.replace("ø", "o")
            .replace("æ", "ae")
            .replace("ı", "i")
            .replace("đ", "d")
            .replace("ł", "l")
            .replace("ß", "ss");
    s = VANISHING.matcher(s).replaceAll("").replace("&", " and ");
    s = WORD_BREAKS.matcher(s).replaceAll(" ").strip();
    if (s.startsWith("the ")) {
      s = s.substring("the ".length());
    }
    return SAINT.matcher(s).replaceAll("saint");
  }
}
