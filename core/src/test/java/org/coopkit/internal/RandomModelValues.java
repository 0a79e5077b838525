package org.coopkit.internal;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.instancio.Random;
import org.instancio.junit.GivenProvider;

/**
 * Valid values of the model's fields (texts, codes, dates, ids, links, money…) for the
 * property-style tests of the aggregates, drawn from Instancio's seeded {@link Random}: the same
 * seed gives the same values, and Instancio's extension reports the seed of a failing repetition.
 * The aggregates' own random generators build on these.
 *
 * <p>Take one as a test parameter: {@code @Given(RandomModelValues.Provider.class)
 * RandomModelValues random}, and extend the test class with {@link SeedOnFailure} as well as
 * Instancio's extension.
 */
public final class RandomModelValues {
  /**
   * Characters that stay as they are under NFC and strip: Latin with and without accents,
   * Azerbaijani, Cyrillic, Armenian, Georgian and digits.
   */
  private static final String LETTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
          + "0123456789éèçöüğışəĞŞƏ"
          + "абвгдежзийклмнопрстуфхцчшщыэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯ"
          + "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆԱԲԳԴԵԶԷ"
          + "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ";

  private static final String INNER = "-',.()/&";
  private static final String CODE_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final List<String> LANGUAGES =
      List.of("en", "fr", "hy", "ka", "az", "ru", "uk", "sr-Latn", "de-CH", "ro");
  private static final List<CountryCode> COUNTRIES = List.copyOf(CountryCode.all());

  /** The seed of the values last made on this thread, for {@link SeedOnFailure}. */
  private static final ThreadLocal<Long> LAST_SEED = new ThreadLocal<>();

  private final Random random;

  public RandomModelValues(Random random) {
    this.random = requireNonNull(random, "random");
    LAST_SEED.set(random.getSeed());
  }

  /** The seed of the values last made on this thread, or {@code null}. */
  static Long lastSeed() {
    return LAST_SEED.get();
  }

  static void forgetSeed() {
    LAST_SEED.remove();
  }

  /** Gives a test method a {@link RandomModelValues} on the seed of the current test. */
  public static final class Provider implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return new RandomModelValues(context.random());
    }
  }

  /** The seed behind these values, to name in assertion messages. */
  public long seed() {
    return random.getSeed();
  }

  /** A number from {@code min} to {@code max}, both included. */
  public int between(int min, int max) {
    return random.intRange(min, max);
  }

  /** True with the given probability. */
  public boolean chance(double probability) {
    return random.trueOrFalse(probability);
  }

  @SafeVarargs
  public final <T> T oneOf(T... values) {
    return values[between(0, values.length - 1)];
  }

  public <T> T oneOf(List<T> values) {
    return random.oneOf(values);
  }

  public <E extends Enum<E>> E anyOf(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return constants[between(0, constants.length - 1)];
  }

  /** A UUID made from random bytes (deterministic per seed, unlike {@link UUID#randomUUID()}). */
  public UUID uuid() {
    return UUID.nameUUIDFromBytes(random.alphanumeric(24).getBytes(StandardCharsets.US_ASCII));
  }

  /** {@code n} distinct UUIDs. */
  public List<UUID> uuids(int n) {
    Set<UUID> ids = new LinkedHashSet<>();
    while (ids.size() < n) {
      ids.add(uuid());
    }
    return new ArrayList<>(ids);
  }

  /**
   * A one-line text of {@code min} to {@code max} characters, neither starting nor ending with a
   * space, without runs of spaces: it reads back unchanged after normalisation.
   */
  public String text(int min, int max) {
    int length = between(min, max);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      boolean edge = i == 0 || i == length - 1 || s.charAt(i - 1) == ' ';
      if (!edge && chance(0.15)) {
        s.append(' ');
      } else if (!edge && chance(0.03)) {
        s.append(INNER.charAt(between(0, INNER.length() - 1)));
      } else {
        s.append(LETTERS.charAt(between(0, LETTERS.length() - 1)));
      }
    }
    return s.toString();
  }

  /** A text in one to three languages, each of 1 to {@code max} characters. */
  public LocalizedText localizedText(int max) {
    LocalizedText.Builder builder = LocalizedText.builder();
    int languages = between(1, 3);
    Set<String> tags = new LinkedHashSet<>();
    while (tags.size() < languages) {
      tags.add(oneOf(LANGUAGES));
    }
    tags.forEach(tag -> builder.put(tag, text(1, max)));
    return builder.build();
  }

  /** A code of lower-case letters, digits and inner hyphens, 1 to {@code max} characters. */
  public String code(int max) {
    int length = between(1, max);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      boolean edge = i == 0 || i == length - 1;
      s.append(!edge && chance(0.1) ? '-' : CODE_CHARS.charAt(between(0, CODE_CHARS.length() - 1)));
    }
    return s.toString();
  }

  /** A day from 1990 to 2035. */
  public LocalDate date() {
    return LocalDate.of(1990, 1, 1).plusDays(between(0, 46 * 365));
  }

  /** A date known to the year, month or day that covers {@code day}. */
  public PartialDate covering(LocalDate day) {
    return switch (anyOf(PartialDate.Precision.class)) {
      case YEAR -> PartialDate.ofYear(day.getYear());
      case MONTH -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
      case DAY -> PartialDate.of(day);
    };
  }

  /** A start and an end that does not lie before it, each at a random precision. */
  public PartialDate[] orderedDates() {
    LocalDate first = date();
    PartialDate start = covering(first);
    PartialDate end = covering(start.earliest().plusDays(between(0, 3 * 365)));
    return new PartialDate[] {start, end};
  }

  /** An instant from 2000 to about 2033, to the microsecond. */
  public Instant instant() {
    return Instant.ofEpochSecond(
        946_684_800L + between(0, 1_050_000_000), between(0, 999_999) * 1_000L);
  }

  /** {@code n} distinct countries. */
  public List<CountryCode> countries(int n) {
    Set<CountryCode> chosen = new LinkedHashSet<>();
    while (chosen.size() < n) {
      chosen.add(oneOf(COUNTRIES));
    }
    return new ArrayList<>(chosen);
  }

  /** An https link, titled or not. */
  public Link link() {
    String uri = "https://" + code(20) + ".example/" + random.alphanumeric(between(1, 30));
    return Link.of(uri, chance(0.5) ? text(1, 60) : null, anyOf(Link.Kind.class));
  }

  /** {@code n} links with distinct addresses. */
  public List<Link> links(int n) {
    Set<Link> links = new LinkedHashSet<>();
    while (links.size() < n) {
      links.add(link());
    }
    return new ArrayList<>(links);
  }

  /** {@code n} distinct external identifiers. */
  public List<ExternalId> externalIds(int n) {
    Set<ExternalId> ids = new LinkedHashSet<>();
    while (ids.size() < n) {
      ids.add(ExternalId.of(oneOf("iati", "crs", "oecd.dac", "donor-db"), text(1, 40)));
    }
    return new ArrayList<>(ids);
  }

  /** {@code n} decimal digits. */
  public String digits(int n) {
    return random.digits(n);
  }

  /** Up to ten million euros, to the cent. */
  public Money money() {
    String cents = String.format(Locale.ROOT, "%02d", between(0, 99));
    return Money.of(between(0, 1_000_000_000) / 100 + "." + cents, oneOf("EUR", "USD", "CHF"));
  }
}
