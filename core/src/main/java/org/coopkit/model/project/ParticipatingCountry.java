package org.coopkit.model.project;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Limits;
import org.coopkit.model.PartialDate;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A country taking part in a project, with its role and, since 0.2.0, the period it took part in
 * and a note.
 *
 * <p>The period's ends are {@link PartialDate}s, as sources give them ("from 2019", "until March
 * 2021"); an open end means "from the project's start" or "to its end (or today)". A project that
 * widened from 8 to 12 countries lists the four newcomers with their first month or year, and a
 * country that left and came back appears twice, with periods that do not overlap (see {@link
 * Project#countries()}).
 *
 * <p>Made by {@link #beneficiary}, {@link #of} or {@link #builder()}; before 0.2.0 this was a
 * record, and its accessors {@link #country()} and {@link #role()} keep their names.
 *
 * @since 0.1.0
 */
public final class ParticipatingCountry {
  private final CountryCode country;
  private final CountryRole role;
  private final @Nullable PartialDate validFrom;
  private final @Nullable PartialDate validUntil;
  private final @Nullable String note;

  private ParticipatingCountry(
      CountryCode country,
      CountryRole role,
      @Nullable PartialDate validFrom,
      @Nullable PartialDate validUntil,
      @Nullable String note) {
    requireNonNull(country, "country");
    requireNonNull(role, "role");
    note = Validator.normalizeOrNull(note);
    Validator v = Validator.of("ParticipatingCountry");
    v.optionalText(note, "note", Limits.TITLE);
    if (validFrom != null && validUntil != null) {
      v.check(
          !validUntil.latest().isBefore(validFrom.earliest()),
          "validUntil",
          "must not be before validFrom",
          validUntil + " < " + validFrom);
    }
    v.throwIfInvalid();
    this.country = country;
    this.role = role;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.note = note;
  }

  /**
   * A beneficiary country, the usual case, for the whole project.
   *
   * @param country the country
   * @return the country as a beneficiary
   * @throws NullPointerException if {@code country} is null
   */
  public static ParticipatingCountry beneficiary(CountryCode country) {
    return new ParticipatingCountry(country, CountryRole.BENEFICIARY, null, null, null);
  }

  /**
   * A country in the given role, for the whole project.
   *
   * @param country the country
   * @param role what the country is to the project
   * @return the participating country
   * @throws NullPointerException if either is null
   */
  public static ParticipatingCountry of(CountryCode country, CountryRole role) {
    return new ParticipatingCountry(country, role, null, null, null);
  }

  /**
   * The country.
   *
   * @return the country
   */
  public CountryCode country() {
    return country;
  }

  /**
   * What the country is to the project.
   *
   * @return what the country is to the project
   */
  public CountryRole role() {
    return role;
  }

  /**
   * When the country started taking part, as precisely as known; {@code null} when it took part
   * from the project's start (or the source does not say otherwise).
   *
   * @return the first day, month or year of participation, or {@code null}
   * @since 0.2.0
   */
  public @Nullable PartialDate validFrom() {
    return validFrom;
  }

  /**
   * When the country stopped taking part, as precisely as known; {@code null} while it takes part.
   * Never before {@link #validFrom()}.
   *
   * @return the last day, month or year of participation, or {@code null}
   * @since 0.2.0
   */
  public @Nullable PartialDate validUntil() {
    return validUntil;
  }

  /**
   * A note on the country as the project's sources attach it, e.g. the footnote some organisations
   * put after a territory's name; one line or a few, at most {@value Limits#TITLE} characters.
   *
   * @return the note, or {@code null}
   * @since 0.2.0
   */
  public @Nullable String note() {
    return note;
  }

  /**
   * Whether the country took part on {@code date}. A partial end counts in full: a country listed
   * "from 2019" counts from 1 January 2019, one "until March 2021" to 31 March 2021, because the
   * source does not say which day; an open end counts as open.
   *
   * @param date the day to look at
   * @return {@code true} if {@code date} lies in the period, both ends included
   * @since 0.2.0
   */
  public boolean isActiveOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom.earliest()))
        && (validUntil == null || !date.isAfter(validUntil.latest()));
  }

  /**
   * Whether this entry's period and {@code other}'s share a day, with partial ends counted in full
   * as in {@link #isActiveOn}.
   *
   * @param other another entry, usually of the same country
   * @return {@code true} if the periods overlap
   * @since 0.2.0
   */
  public boolean overlaps(ParticipatingCountry other) {
    LocalDate from = validFrom == null ? LocalDate.MIN : validFrom.earliest();
    LocalDate until = validUntil == null ? LocalDate.MAX : validUntil.latest();
    LocalDate otherFrom = other.validFrom == null ? LocalDate.MIN : other.validFrom.earliest();
    LocalDate otherUntil = other.validUntil == null ? LocalDate.MAX : other.validUntil.latest();
    return !from.isAfter(otherUntil) && !otherFrom.isAfter(until);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ParticipatingCountry o
        && country.equals(o.country)
        && role == o.role
        && Objects.equals(validFrom, o.validFrom)
        && Objects.equals(validUntil, o.validUntil)
        && Objects.equals(note, o.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(country, role, validFrom, validUntil, note);
  }

  @Override
  public String toString() {
    return "ParticipatingCountry[country="
        + country
        + ", role="
        + role
        + ", validFrom="
        + validFrom
        + ", validUntil="
        + validUntil
        + ", note="
        + note
        + "]";
  }

  /**
   * Starts a participating country; the role defaults to {@link CountryRole#BENEFICIARY}.
   *
   * @return a new, empty builder
   * @since 0.2.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this entry's values.
   *
   * @return a new builder; changing it leaves this entry untouched
   * @since 0.2.0
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builds a {@link ParticipatingCountry}; reusable.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private @Nullable CountryCode country;
    private CountryRole role = CountryRole.BENEFICIARY;
    private @Nullable PartialDate validFrom;
    private @Nullable PartialDate validUntil;
    private @Nullable String note;

    private Builder() {}

    private Builder(ParticipatingCountry c) {
      country = c.country;
      role = c.role;
      validFrom = c.validFrom;
      validUntil = c.validUntil;
      note = c.note;
    }

    /**
     * Sets {@link ParticipatingCountry#country()}; required.
     *
     * @param country the value
     * @return this builder
     * @throws NullPointerException if {@code country} is null
     */
    public Builder country(CountryCode country) {
      this.country = requireNonNull(country, "country");
      return this;
    }

    /**
     * Sets {@link ParticipatingCountry#role()}.
     *
     * @param role the value
     * @return this builder
     * @throws NullPointerException if {@code role} is null
     */
    public Builder role(CountryRole role) {
      this.role = requireNonNull(role, "role");
      return this;
    }

    /**
     * Sets {@link ParticipatingCountry#validFrom()} ({@code null} for the project's start).
     *
     * @param validFrom the value, or {@code null}
     * @return this builder
     */
    public Builder validFrom(@Nullable PartialDate validFrom) {
      this.validFrom = validFrom;
      return this;
    }

    /**
     * Sets {@link ParticipatingCountry#validUntil()} ({@code null} while it lasts).
     *
     * @param validUntil the value, or {@code null}
     * @return this builder
     */
    public Builder validUntil(@Nullable PartialDate validUntil) {
      this.validUntil = validUntil;
      return this;
    }

    /**
     * Sets {@link ParticipatingCountry#note()} ({@code null} for none).
     *
     * @param note the value, or {@code null}
     * @return this builder
     */
    public Builder note(@Nullable String note) {
      this.note = note;
      return this;
    }

    /**
     * Checks every rule at once and builds the entry.
     *
     * @return a new participating country
     * @throws org.coopkit.error.ValidationException if the country is missing, the note is too long
     *     or not fine text, or the period ends before it starts
     */
    public ParticipatingCountry build() {
      Validator v = Validator.of("ParticipatingCountry");
      v.required(country, "country");
      v.throwIfInvalid();
      return new ParticipatingCountry(requireNonNull(country), role, validFrom, validUntil, note);
    }
  }
}
