package org.coopkit.model;

/**
 * The documented length and count limits of the model. A value at a limit is accepted; one past it
 * is rejected with a {@link org.coopkit.error.ValidationException}. Storage adapters size their
 * columns from these numbers.
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

  private Limits() {}
}
