package org.coopkit.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The documented length, count and date limits of the model. A value at a limit is accepted; one
 * past it is rejected with a {@link org.coopkit.error.ValidationException}. Storage adapters size
 * their columns from these numbers.
 *
 * @since 0.1.0
 */
public final class Limits {
  /** Project codes, component codes, acronyms: {@value} characters. */
  public static final int CODE = 64;

  /** Names of people, organisations, places, venues: {@value} characters. */
  public static final int NAME = 300;

  /** Titles of projects, components, events, links; job titles; topics: {@value} characters. */
  public static final int TITLE = 500;

  /** Long texts: summaries, descriptions, key messages, objectives: {@value} characters. */
  public static final int TEXT = 20_000;

  /** External identifier schemes and values: {@value} characters. */
  public static final int IDENTIFIER = 200;

  /** Web addresses: {@value} characters. */
  public static final int URI = 2_000;

  /** E-mail addresses: {@value} characters (RFC 5321). */
  public static final int EMAIL = 254;

  /** Languages a text may be given in: {@value}. */
  public static final int LANGUAGES = 40;

  /** Entries of any list inside one aggregate (countries, topics, links, roles…): {@value}. */
  public static final int LIST = 500;

  /** Components of one project: {@value}. */
  public static final int COMPONENTS = 100;

  /** Digits of an amount of money before the decimal point: {@value} (up to 10^30 - 1). */
  public static final int MONEY_WHOLE_DIGITS = 30;

  /** Decimal places of an amount of money, in any currency: at most {@value}. */
  public static final int MONEY_DECIMALS = 8;

  /**
   * Characters of an amount of money given as text: {@value}, enough for every amount the two
   * limits above allow, checked before the text is read as a number.
   */
  public static final int MONEY_TEXT = 48;

  /**
   * The earliest year of any date of the model: {@value}. One range for every date and instant,
   * which every store holds exactly (MariaDB's DATE and DATETIME, for one, start at year 1000). A
   * query's or report filter's day outside the range is taken as the day just outside it, so {@code
   * LocalDate.MIN} and {@code LocalDate.MAX} work there as open ends.
   */
  public static final int EARLIEST_YEAR = 1900;

  /** The latest year of any date of the model: {@value}. */
  public static final int LATEST_YEAR = 2200;

  /** The earliest day a date of the model may be: 1 January {@value #EARLIEST_YEAR}. */
  public static final LocalDate EARLIEST_DAY = LocalDate.of(EARLIEST_YEAR, 1, 1);

  /** The latest day a date of the model may be: 31 December {@value #LATEST_YEAR}. */
  public static final LocalDate LATEST_DAY = LocalDate.of(LATEST_YEAR, 12, 31);

  /** The earliest instant of the model (stamps): the start of {@link #EARLIEST_DAY} in UTC. */
  public static final Instant EARLIEST_INSTANT =
      EARLIEST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();

  /**
   * The latest instant of the model (stamps): the last microsecond of {@link #LATEST_DAY} in UTC,
   * microseconds being the finest that every store keeps.
   */
  public static final Instant LATEST_INSTANT =
      LATEST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minus(1, ChronoUnit.MICROS);

  private Limits() {}
}
