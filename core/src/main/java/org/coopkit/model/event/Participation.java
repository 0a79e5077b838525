package org.coopkit.model.event;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Limits;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Who took part in an event: how many people, from which countries, and how many from each where
 * known. Counts carry their qualifier ("more than 500"), so totals stay honest.
 *
 * <p>Beside these, the figures sources give without naming names: how many countries ({@link
 * #countryCount()}) and organisations ({@link #organisationCount()}) took part, how many experts or
 * speakers ({@link #experts()}), and a short note on the figures ({@link #note()}). Each is absent
 * ({@code null}) unless reported.
 *
 * <p>Made by {@link #builder()}, or by {@link #of(ParticipantCount, Set)} for a total and its
 * countries; {@link #UNKNOWN} when nothing is known.
 *
 * @since 0.1.0
 */
public final class Participation {
  /** Nothing known about participation yet. */
  public static final Participation UNKNOWN = builder().build();

  private final @Nullable ParticipantCount total;
  private final Set<CountryCode> countries;
  private final Map<CountryCode, ParticipantCount> byCountry;
  private final @Nullable ParticipantCount countryCount;
  private final @Nullable ParticipantCount organisationCount;
  private final @Nullable ParticipantCount experts;
  private final @Nullable String note;
  private final List<ReportedFigure> reported;

  private Participation(Builder b) {
    Set<CountryCode> countries = ImmutableSortedSet.copyOf(b.countries);
    Map<CountryCode, ParticipantCount> byCountry = ImmutableSortedMap.copyOf(b.byCountry);
    ParticipantCount total = b.total;
    ParticipantCount countryCount = b.countryCount;
    String note = Validator.normalizeOrNull(b.note);
    Validator v = Validator.of("Participation");
    v.size(countries, "participation.countries", Limits.LIST);
    for (CountryCode c : byCountry.keySet()) {
      // The path is built for a violation only.
      if (!countries.contains(c)) {
        v.add("participation.byCountry[" + c + "]", "must be one of participation.countries", c);
      }
    }
    if (total != null
        && total.qualifier() == ParticipantCount.Qualifier.EXACT
        && byCountry.values().stream().allMatch(ParticipantCount::isExact)) {
      long sum = byCountry.values().stream().mapToLong(ParticipantCount::value).sum();
      v.checkLazily(
          sum <= total.value(),
          "participation.byCountry",
          "must not add up to more than participation.total",
          () -> sum + " > " + total.value());
    }
    // "Up to 10 countries" or "12 countries" cannot be fewer than the countries named; estimates,
    // lower bounds and plans may be, since they are no statement of how many at most.
    if (countryCount != null
        && (countryCount.isExact()
            || countryCount.qualifier() == ParticipantCount.Qualifier.UP_TO)) {
      v.checkLazily(
          countryCount.value() >= countries.size(),
          "participation.countryCount",
          "must not be below the number of participation.countries",
          () -> countryCount + " < " + countries.size());
    }
    if (v.optionalText(note, "participation.note", Limits.TITLE)) {
      v.check(
          note == null || note.indexOf('\n') < 0 && note.indexOf('\r') < 0,
          "participation.note",
          "must be one line",
          note);
    }
    List<ReportedFigure> reported = ImmutableList.copyOf(b.reported);
    v.size(reported, "participation.reported", Limits.LIST);
    v.throwIfInvalid();
    this.reported = reported;
    this.total = total;
    this.countries = countries;
    this.byCountry = byCountry;
    this.countryCount = countryCount;
    this.organisationCount = b.organisationCount;
    this.experts = b.experts;
    this.note = note;
  }

  /**
   * How many took part, if known.
   *
   * @return how many took part, or {@code null} if not known
   */
  public @Nullable ParticipantCount total() {
    return total;
  }

  /**
   * The countries participants came from, each once, sorted by country code.
   *
   * @return the countries participants came from, unmodifiable
   */
  public Set<CountryCode> countries() {
    return countries;
  }

  /**
   * How many participants came from each country, where known; every key is among {@link
   * #countries()}. Unless the total or a count is approximate, the counts add up to at most the
   * total.
   *
   * @return participants per country, sorted by country code, unmodifiable
   */
  public Map<CountryCode, ParticipantCount> byCountry() {
    return byCountry;
  }

  /**
   * How many countries took part, as the source gives it ("delegations from more than 20
   * countries"), whether or not {@link #countries()} names them. Named countries and a count go
   * together: an exact count ({@code 12}) or an upper bound ({@code up to 12}) is never below the
   * number of countries named, since naming some of them does not say there were no others; an
   * estimate, a lower bound or a planned figure is not checked against them.
   *
   * @return how many countries took part, or {@code null} if not reported
   */
  public @Nullable ParticipantCount countryCount() {
    return countryCount;
  }

  /**
   * How many organisations took part, as the source gives it ("30 organisations"); the
   * organisations are not named here (an event's organisers are {@link Event#organisers()}).
   *
   * @return how many organisations took part, or {@code null} if not reported
   */
  public @Nullable ParticipantCount organisationCount() {
    return organisationCount;
  }

  /**
   * How many experts, speakers or trainers took part, counted apart from the participants ("45
   * participants and 6 experts"). A separate figure: {@link #total()} is the participants as the
   * source gives them and never has the experts added to it, nor is it checked against them, since
   * sources differ on whether their total counts the speakers.
   *
   * @return how many experts or speakers took part, or {@code null} if not reported
   */
  public @Nullable ParticipantCount experts() {
    return experts;
  }

  /**
   * A short note on the figures, such as {@code announced} or {@code from the attendance list}: one
   * line of at most {@value Limits#TITLE} characters, stripped and in Unicode NFC, not blank.
   *
   * @return the note on the figures, or {@code null} if none
   */
  public @Nullable String note() {
    return note;
  }

  /**
   * The figures sources reported for the event, other than or beside the adopted {@link #total()}:
   * "about 50" in a news item, 93 in the final report. Reports never add them up; they count the
   * total alone.
   *
   * @return the reported figures in the order given, unmodifiable; empty if none were recorded
   * @since 0.2.0
   */
  public List<ReportedFigure> reported() {
    return reported;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Participation o
        && Objects.equals(total, o.total)
        && Objects.equals(countries, o.countries)
        && Objects.equals(byCountry, o.byCountry)
        && Objects.equals(countryCount, o.countryCount)
        && Objects.equals(organisationCount, o.organisationCount)
        && Objects.equals(experts, o.experts)
        && Objects.equals(note, o.note)
        && reported.equals(o.reported);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        total, countries, byCountry, countryCount, organisationCount, experts, note, reported);
  }

  @Override
  public String toString() {
    return "Participation[total="
        + total
        + ", countries="
        + countries
        + ", byCountry="
        + byCountry
        + ", countryCount="
        + countryCount
        + ", organisationCount="
        + organisationCount
        + ", experts="
        + experts
        + ", note="
        + note
        + ", reported="
        + reported
        + "]";
  }

  /**
   * A total from a set of countries, without per-country counts.
   *
   * @param total how many took part in all
   * @param countries the countries participants came from
   * @return participation with no per-country counts
   * @throws NullPointerException if {@code countries} or one of them is null
   * @throws org.coopkit.error.ValidationException if there are more countries than allowed
   */
  public static Participation of(ParticipantCount total, Set<CountryCode> countries) {
    return builder().total(total).countries(countries).build();
  }

  /**
   * Starts a participation; nothing is known until set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this participation's values.
   *
   * @return a new builder; changing it leaves this participation untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link Participation}; reusable. Setters reject {@code null} in collections. */
  public static final class Builder {
    private @Nullable ParticipantCount total;
    private final Set<CountryCode> countries = new LinkedHashSet<>();
    private final Map<CountryCode, ParticipantCount> byCountry = new LinkedHashMap<>();
    private @Nullable ParticipantCount countryCount;
    private @Nullable ParticipantCount organisationCount;
    private @Nullable ParticipantCount experts;
    private @Nullable String note;
    private final List<ReportedFigure> reported = new ArrayList<>();

    private Builder() {}

    private Builder(Participation p) {
      total = p.total;
      countries.addAll(p.countries);
      byCountry.putAll(p.byCountry);
      countryCount = p.countryCount;
      organisationCount = p.organisationCount;
      experts = p.experts;
      note = p.note;
      reported.addAll(p.reported);
    }

    /**
     * Sets how many took part ({@code null} if not known).
     *
     * @param total how many took part; {@code null} if not known
     * @return this builder
     */
    public Builder total(@Nullable ParticipantCount total) {
      this.total = total;
      return this;
    }

    /**
     * Sets the countries participants came from, replacing any given before; the set is copied.
     *
     * @param countries the countries participants came from
     * @return this builder
     * @throws NullPointerException if {@code countries} or one of them is null
     */
    public Builder countries(Set<CountryCode> countries) {
      Validator.replaceAll(this.countries, countries, "countries");
      return this;
    }

    /**
     * Adds {@code country} to the countries given so far.
     *
     * @param country a country participants came from
     * @return this builder
     * @throws NullPointerException if {@code country} is null
     */
    public Builder addCountry(CountryCode country) {
      countries.add(requireNonNull(country, "country"));
      return this;
    }

    /**
     * Adds {@code country} to the countries given so far, with how many came from it (replacing a
     * count given before for it).
     *
     * @param country a country participants came from
     * @param count how many participants came from it
     * @return this builder
     * @throws NullPointerException if {@code country} or {@code count} is null
     */
    public Builder addCountry(CountryCode country, ParticipantCount count) {
      requireNonNull(country, "country");
      requireNonNull(count, "count");
      countries.add(country);
      byCountry.put(country, count);
      return this;
    }

    /**
     * Sets the participants per country, replacing any given before; the map is copied. Its
     * countries must be among those set with {@link #countries(Set)} or added.
     *
     * @param byCountry participants per country where known
     * @return this builder
     * @throws NullPointerException if {@code byCountry}, one of its countries or counts is null
     */
    public Builder byCountry(Map<CountryCode, ParticipantCount> byCountry) {
      Validator.replaceAll(this.byCountry, byCountry, "byCountry");
      return this;
    }

    /**
     * Sets how many countries took part ({@code null} if not reported); see {@link
     * Participation#countryCount()}.
     *
     * @param countryCount how many countries took part; {@code null} if not reported
     * @return this builder
     */
    public Builder countryCount(@Nullable ParticipantCount countryCount) {
      this.countryCount = countryCount;
      return this;
    }

    /**
     * Sets how many organisations took part ({@code null} if not reported).
     *
     * @param organisationCount how many organisations took part; {@code null} if not reported
     * @return this builder
     */
    public Builder organisationCount(@Nullable ParticipantCount organisationCount) {
      this.organisationCount = organisationCount;
      return this;
    }

    /**
     * Sets how many experts or speakers took part, apart from the participants ({@code null} if not
     * reported); see {@link Participation#experts()}.
     *
     * @param experts how many experts or speakers took part; {@code null} if not reported
     * @return this builder
     */
    public Builder experts(@Nullable ParticipantCount experts) {
      this.experts = experts;
      return this;
    }

    /**
     * Sets a short note on the figures ({@code null} for none); see {@link Participation#note()}.
     *
     * @param note a one-line note such as {@code announced}; {@code null} for none
     * @return this builder
     */
    public Builder note(@Nullable String note) {
      this.note = note;
      return this;
    }

    /**
     * Sets {@link Participation#reported()}, replacing any given before.
     *
     * @param reported the figures sources reported, in order
     * @return this builder
     * @throws NullPointerException if {@code reported} or a figure is null
     */
    public Builder reported(List<ReportedFigure> reported) {
      Validator.replaceAll(this.reported, reported, "reported");
      return this;
    }

    /**
     * Adds a figure to {@link Participation#reported()}.
     *
     * @param figure a figure a source reported
     * @return this builder
     * @throws NullPointerException if {@code figure} is null
     */
    public Builder addReported(ReportedFigure figure) {
      this.reported.add(requireNonNull(figure, "figure"));
      return this;
    }

    /**
     * Checks every rule at once and builds the participation.
     *
     * @return a new participation
     * @throws org.coopkit.error.ValidationException if a count is for a country not among the
     *     countries, exact counts add up to more than an exact total, there are more countries than
     *     allowed, an exact or upper-bound country count is below the number of countries named, or
     *     the note is blank, spans lines or is longer than {@value Limits#TITLE} characters
     */
    public Participation build() {
      return new Participation(this);
    }
  }
}
