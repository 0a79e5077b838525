package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coopkit.model.CountryCode;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.internal.FieldNames;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.project.Project;
import org.jspecify.annotations.Nullable;

/**
 * One country across projects: events held there, events its people attended, participants from it,
 * projects it takes part in, and its public 24/7 contact points.
 *
 * <p>Made by coopkit's report service; {@link #builder()} serves it and a host's test doubles.
 *
 * @since 0.1.0
 */
public final class CountryProfile {
  /** The names of the values, in the order of {@link #values()}. */
  private static final FieldNames VALUES =
      new FieldNames(
          "CountryProfile",
          "country",
          "filter",
          "eventsHeld",
          "eventsAttended",
          "projects",
          "contactPoints");

  private final CountryCode country;
  private final ReportFilter filter;
  private final EventTally eventsHeld;
  private final EventTally eventsAttended;
  private final List<Project> projects;
  private final List<Contact> contactPoints;

  private CountryProfile(Builder b) {
    this.country = requireNonNull(b.country);
    this.filter = requireNonNull(b.filter);
    this.eventsHeld = b.eventsHeld;
    this.eventsAttended = b.eventsAttended;
    this.projects = ImmutableList.copyOf(b.projects);
    this.contactPoints = ImmutableList.copyOf(b.contactPoints);
  }

  /**
   * The values {@link #equals}, {@link #hashCode} and {@link #toString} read; add a new one here.
   */
  private Object[] values() {
    return new Object[] {country, filter, eventsHeld, eventsAttended, projects, contactPoints};
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
   * Which events were counted.
   *
   * @return the filter the profile was asked for
   */
  public ReportFilter filter() {
    return filter;
  }

  /**
   * Events whose venue is in the country; participants are their totals.
   *
   * @return the events held in the country
   */
  public EventTally eventsHeld() {
    return eventsHeld;
  }

  /**
   * Events with participants from the country; participants are those from it.
   *
   * @return the events the country's people attended
   */
  public EventTally eventsAttended() {
    return eventsAttended;
  }

  /**
   * Projects the country takes part in, by code.
   *
   * @return the projects, unmodifiable
   */
  public List<Project> projects() {
    return projects;
  }

  /**
   * The public 24/7 contact points for the country today.
   *
   * @return the contact points, unmodifiable
   */
  public List<Contact> contactPoints() {
    return contactPoints;
  }

  /**
   * Participants from the country, across the events they attended.
   *
   * @return the participants tally of {@link #eventsAttended()}: exact, at least or about
   */
  public Tally participantsFrom() {
    return eventsAttended.participants();
  }

  /**
   * The country's English name as the report's period last used it: {@link
   * CountryCode#englishNameOn} the filter's {@linkplain ReportFilter#to() last day}, or today's
   * name, {@link CountryCode#englishName()}, when the period is open. A profile of 2017 reads "the
   * former Yugoslav Republic of Macedonia" where one of 2024 reads "North Macedonia".
   *
   * @return the name to print for the country
   * @since 0.2.0
   */
  public String countryName() {
    LocalDate to = filter.to();
    return to == null ? country.englishName() : country.englishNameOn(to);
  }

  /**
   * The profile as CSV: columns {@code section, key, events}, the {@linkplain org.coopkit.report
   * participant columns}, {@code adopted_key_messages}; projects and contact points as rows with
   * their code or role; last (since 0.2.0) a {@code country_name} row with {@link #countryName()}.
   * Contact points are listed by id only: a spreadsheet is no place for personal data.
   *
   * @return the CSV text, with a header row and CRLF line ends
   */
  public String toCsv() {
    Csv csv = new Csv(List.of("section", "key", "events"), "adopted_key_messages");
    csv.tally("events_held", country.alpha2(), eventsHeld);
    csv.tally("events_attended", country.alpha2(), eventsAttended);
    projects.forEach(p -> csv.row(List.of("project", p.code())));
    contactPoints.forEach(c -> csv.row(List.of("contact_point", c.id().toString())));
    csv.row(List.of("country_name", countryName()));
    return csv.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CountryProfile o && Arrays.equals(values(), o.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  // Contacts describe themselves without personal data.
  @Override
  public String toString() {
    return VALUES.describe(values());
  }

  /**
   * Starts a profile; both tallies {@link EventTally#NONE} and no projects or contact points until
   * set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this profile's values.
   *
   * @return a new builder; changing it leaves this profile untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link CountryProfile}; reusable. Setters reject {@code null}; lists are copied. */
  public static final class Builder {
    private @Nullable CountryCode country;
    private @Nullable ReportFilter filter;
    private EventTally eventsHeld = EventTally.NONE;
    private EventTally eventsAttended = EventTally.NONE;
    private final List<Project> projects = new ArrayList<>();
    private final List<Contact> contactPoints = new ArrayList<>();

    private Builder() {}

    private Builder(CountryProfile p) {
      country = p.country;
      filter = p.filter;
      eventsHeld = p.eventsHeld;
      eventsAttended = p.eventsAttended;
      projects.addAll(p.projects);
      contactPoints.addAll(p.contactPoints);
    }

    /**
     * Sets {@link CountryProfile#country()}; required.
     *
     * @param country the country
     * @return this builder
     * @throws NullPointerException if {@code country} is null
     */
    public Builder country(CountryCode country) {
      this.country = requireNonNull(country, "country");
      return this;
    }

    /**
     * Sets {@link CountryProfile#filter()}; required.
     *
     * @param filter which events were counted
     * @return this builder
     * @throws NullPointerException if {@code filter} is null
     */
    public Builder filter(ReportFilter filter) {
      this.filter = requireNonNull(filter, "filter");
      return this;
    }

    /**
     * Sets {@link CountryProfile#eventsHeld()}.
     *
     * @param eventsHeld events whose venue is in the country
     * @return this builder
     * @throws NullPointerException if {@code eventsHeld} is null
     */
    public Builder eventsHeld(EventTally eventsHeld) {
      this.eventsHeld = requireNonNull(eventsHeld, "eventsHeld");
      return this;
    }

    /**
     * Sets {@link CountryProfile#eventsAttended()}.
     *
     * @param eventsAttended events with participants from the country, counting those from it
     * @return this builder
     * @throws NullPointerException if {@code eventsAttended} is null
     */
    public Builder eventsAttended(EventTally eventsAttended) {
      this.eventsAttended = requireNonNull(eventsAttended, "eventsAttended");
      return this;
    }

    /**
     * Sets {@link CountryProfile#projects()}, replacing any given before.
     *
     * @param projects the projects, in the order to show
     * @return this builder
     * @throws NullPointerException if the list or one of its projects is null
     */
    public Builder projects(List<Project> projects) {
      Validator.replaceAll(this.projects, projects, "projects");
      return this;
    }

    /**
     * Sets {@link CountryProfile#contactPoints()}, replacing any given before.
     *
     * @param contactPoints the contact points, in the order to show
     * @return this builder
     * @throws NullPointerException if the list or one of its contacts is null
     */
    public Builder contactPoints(List<Contact> contactPoints) {
      Validator.replaceAll(this.contactPoints, contactPoints, "contactPoints");
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return a new profile
     * @throws org.coopkit.error.ValidationException if the country or the filter is missing
     */
    public CountryProfile build() {
      Validator v = Validator.of("CountryProfile");
      v.required(country, "country");
      v.required(filter, "filter");
      v.throwIfInvalid();
      return new CountryProfile(this);
    }
  }
}
