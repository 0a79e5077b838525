package org.coopkit.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.coopkit.model.internal.FieldNames;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.query.internal.Cursors;
import org.jspecify.annotations.Nullable;

/**
 * A search for projects, sorted by code and then id.
 *
 * @since 0.1.0
 */
public final class ProjectQuery implements PagedQuery<ProjectQuery>, ExternalIdFilter {
  /** The names of this kind of query's values, in the order of {@link #values()}. */
  private static final FieldNames VALUES =
      new FieldNames(
          "ProjectQuery",
          "countries",
          "statuses",
          "organisations",
          "frameworks",
          "relatedTo",
          "externalIds",
          "sectors",
          "donors",
          "activeOn",
          "text");

  /** The tag of this kind of query's cursors. */
  private static final char KIND = Cursors.PROJECT;

  private final Set<CountryCode> countries;
  private final Set<ProjectStatus> statuses;
  private final Set<OrganisationId> organisations;
  private final Set<String> frameworks;
  private final Set<ProjectId> relatedTo;
  private final Set<ExternalId> externalIds;
  private final Set<String> sectors;
  private final Set<OrganisationId> donors;
  private final @Nullable LocalDate activeOn;
  private final @Nullable String text;
  private final PageRequest page;

  private ProjectQuery(Builder b) {
    this.page = b.page.build(KIND, ProjectQuery::isSortKey, "ProjectQuery");
    this.countries = ImmutableSet.copyOf(b.countries);
    this.statuses = ImmutableSet.copyOf(b.statuses);
    this.organisations = ImmutableSet.copyOf(b.organisations);
    this.frameworks = ImmutableSet.copyOf(b.frameworks);
    this.relatedTo = ImmutableSet.copyOf(b.relatedTo);
    this.externalIds = ImmutableSet.copyOf(b.externalIds);
    this.sectors = ImmutableSet.copyOf(b.sectors);
    this.donors = ImmutableSet.copyOf(b.donors);
    this.activeOn = Validator.filterDay(b.activeOn);
    Validator v = Validator.of("ProjectQuery");
    this.text = Paging.searchText(v, b.text, "text");
    Paging.check(v, page.limit, text);
    v.throwIfInvalid();
  }

  /**
   * The values {@link #equals}, {@link #hashCode} and {@link #toString} read, paging last; add a
   * new one here.
   */
  private Object[] values() {
    return new Object[] {
      countries,
      statuses,
      organisations,
      frameworks,
      relatedTo,
      externalIds,
      sectors,
      donors,
      activeOn,
      text,
      page
    };
  }

  /**
   * Keeps only projects with any of these participating countries. A country matches whatever its
   * period: a project in which it took part only in the past is found too (see {@link
   * org.coopkit.model.project.Project#countriesOn} for the countries of one day). Empty, as a
   * builder starts, for no such filter; each value the builder adds widens it.
   *
   * @return the countries, in the order added
   */
  public Set<CountryCode> countries() {
    return countries;
  }

  /**
   * Keeps only projects in any of these statuses. Empty, as a builder starts, for no such filter;
   * each value the builder adds widens it.
   *
   * @return the statuses, in the order added
   */
  public Set<ProjectStatus> statuses() {
    return statuses;
  }

  /**
   * Keeps only projects with any of these organisations, in any role. Empty, as a builder starts,
   * for no such filter; each value the builder adds widens it.
   *
   * @return the organisations, in the order added
   */
  public Set<OrganisationId> organisations() {
    return organisations;
  }

  /**
   * Keeps only projects of any of these cooperation frameworks, by framework code (such as {@code
   * pcf-eap}); a project matches in any of its {@linkplain
   * org.coopkit.model.project.Project#frameworks() frameworks}, not only its primary one. Empty, as
   * a builder starts, for no such filter; each value the builder adds widens it.
   *
   * @return the framework codes, in the order added
   */
  public Set<String> frameworks() {
    return frameworks;
  }

  /**
   * Keeps only projects with a relation, of any type, to any of these projects. Empty, as a builder
   * starts, for no such filter; each value the builder adds widens it.
   *
   * @return the projects, in the order added
   */
  public Set<ProjectId> relatedTo() {
    return relatedTo;
  }

  @Override
  public Set<ExternalId> externalIds() {
    return externalIds;
  }

  /**
   * Keeps only projects classified under any of these sector codes, of any vocabulary ({@link
   * org.coopkit.model.project.Project#sectors()}), e.g. {@code 15130} for legal and judicial
   * development; surrounding spaces are ignored. Empty, as a builder starts, for no such filter;
   * each value the builder adds widens it.
   *
   * @return the sector codes, in the order added
   * @since 0.2.0
   */
  public Set<String> sectors() {
    return sectors;
  }

  /**
   * Keeps only projects funded by any of these organisations: the donor of one of their {@link
   * org.coopkit.model.project.Project#funding() funding lines}. An organisation listed among a
   * project's {@link #organisations()} only is not a donor here. Empty, as a builder starts, for no
   * such filter; each value the builder adds widens it.
   *
   * @return the donors, in the order added
   * @since 0.2.0
   */
  public Set<OrganisationId> donors() {
    return donors;
  }

  /**
   * Keeps only projects running on this day, judged by the start and end that count ({@link
   * org.coopkit.model.project.ProjectDates#isActiveOn}); {@code null} for projects of any time.
   *
   * @return the day, or {@code null}
   */
  public @Nullable LocalDate activeOn() {
    return activeOn;
  }

  /**
   * Keeps only projects whose code, acronym, title, summary or aims contain this text, both folded
   * (accents, case and spaces; see {@link org.coopkit.query}); {@code null}, as a builder starts,
   * for no text filter.
   *
   * @return the folded text, or {@code null}
   */
  public @Nullable String text() {
    return text;
  }

  @Override
  public SortDirection direction() {
    return page.direction;
  }

  @Override
  public int limit() {
    return page.limit;
  }

  @Override
  public @Nullable Cursor after() {
    return page.after;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ProjectQuery o && Arrays.equals(values(), o.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  public String toString() {
    return VALUES.describe(values(), page.describe(true));
  }

  /** Whether {@code key} can be a project's sort key: a project code. */
  private static boolean isSortKey(String key) {
    return key.length() <= Limits.CODE && CODE.matcher(key).matches();
  }

  private static final java.util.regex.Pattern CODE =
      java.util.regex.Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

  /**
   * A query for all projects.
   *
   * @return a new builder with no filters, ascending, and the default page size
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this query's values.
   *
   * @return a new builder; changing it leaves this query untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public ProjectQuery after(String cursor) {
    return toBuilder().after(cursor).build();
  }

  /** Builds a {@link ProjectQuery}; every filter starts empty. */
  public static final class Builder
      implements PagedQuery.Builder<Builder>, ExternalIdFilter.Builder<Builder> {
    private final Set<CountryCode> countries = new LinkedHashSet<>();
    private final Set<ProjectStatus> statuses = new LinkedHashSet<>();
    private final Set<OrganisationId> organisations = new LinkedHashSet<>();
    private final Set<String> frameworks = new LinkedHashSet<>();
    private final Set<ProjectId> relatedTo = new LinkedHashSet<>();
    private final Set<ExternalId> externalIds = new LinkedHashSet<>();
    private final Set<String> sectors = new LinkedHashSet<>();
    private final Set<OrganisationId> donors = new LinkedHashSet<>();
    private @Nullable LocalDate activeOn;
    private @Nullable String text;
    private final PageRequest.Builder<Builder> page;

    private Builder() {
      page = new PageRequest.Builder<>(this);
    }

    private Builder(ProjectQuery q) {
      countries.addAll(q.countries);
      statuses.addAll(q.statuses);
      organisations.addAll(q.organisations);
      frameworks.addAll(q.frameworks);
      relatedTo.addAll(q.relatedTo);
      externalIds.addAll(q.externalIds);
      sectors.addAll(q.sectors);
      donors.addAll(q.donors);
      activeOn = q.activeOn;
      text = q.text;
      page = new PageRequest.Builder<>(this, q.page, KIND);
    }

    /**
     * Adds {@code country} to {@link ProjectQuery#countries()}.
     *
     * @param country the value to add
     * @return this builder
     * @throws NullPointerException if {@code country} is null
     */
    public Builder country(CountryCode country) {
      return Filters.add(this, countries, country, "country");
    }

    /**
     * Adds {@code status} to {@link ProjectQuery#statuses()}.
     *
     * @param status the value to add
     * @return this builder
     * @throws NullPointerException if {@code status} is null
     */
    public Builder status(ProjectStatus status) {
      return Filters.add(this, statuses, status, "status");
    }

    /**
     * Adds {@code organisation} to {@link ProjectQuery#organisations()}.
     *
     * @param organisation the value to add
     * @return this builder
     * @throws NullPointerException if {@code organisation} is null
     */
    public Builder organisation(OrganisationId organisation) {
      return Filters.add(this, organisations, organisation, "organisation");
    }

    /**
     * Adds {@code frameworkCode} to {@link ProjectQuery#frameworks()}.
     *
     * @param frameworkCode the framework's code in any case, e.g. {@code pcf-eap} or {@code
     *     PCF-EAP} (see {@link org.coopkit.model.project.Project#canonicalCode})
     * @return this builder
     * @throws NullPointerException if {@code frameworkCode} is null
     */
    public Builder framework(String frameworkCode) {
      frameworks.add(
          org.coopkit.model.project.Project.canonicalCode(
              requireNonNull(frameworkCode, "frameworkCode")));
      return this;
    }

    /**
     * Adds {@code project} to {@link ProjectQuery#relatedTo()}.
     *
     * @param project the value to add
     * @return this builder
     * @throws NullPointerException if {@code project} is null
     */
    public Builder relatedTo(ProjectId project) {
      return Filters.add(this, relatedTo, project, "project");
    }

    @Override
    public Builder externalId(ExternalId externalId) {
      return Filters.add(this, externalIds, externalId, "externalId");
    }

    /**
     * Adds {@code code} to {@link ProjectQuery#sectors()}.
     *
     * @param code a sector code, e.g. {@code 15130}
     * @return this builder
     * @throws NullPointerException if {@code code} is null
     * @since 0.2.0
     */
    public Builder sector(String code) {
      sectors.add(requireNonNull(code, "code").strip());
      return this;
    }

    /**
     * Adds {@code donor} to {@link ProjectQuery#donors()}.
     *
     * @param donor the donor organisation
     * @return this builder
     * @throws NullPointerException if {@code donor} is null
     * @since 0.2.0
     */
    public Builder donor(OrganisationId donor) {
      return Filters.add(this, donors, donor, "donor");
    }

    /**
     * Sets {@link ProjectQuery#activeOn()}.
     *
     * @param day the day, or {@code null} for projects of any time
     * @return this builder
     */
    public Builder activeOn(@Nullable LocalDate day) {
      this.activeOn = day;
      return this;
    }

    /**
     * Sets {@link ProjectQuery#text()}.
     *
     * @param text the text to look for, or {@code null} (or a text that shows nothing) for no text
     *     filter
     * @return this builder
     */
    public Builder text(@Nullable String text) {
      this.text = text;
      return this;
    }

    @Override
    public Builder direction(SortDirection direction) {
      return page.direction(direction);
    }

    @Override
    public Builder limit(int limit) {
      return page.limit(limit);
    }

    @Override
    public Builder after(@Nullable String cursor) {
      return page.after(cursor);
    }

    /**
     * Checks the values and builds the query.
     *
     * @return a new query
     * @throws org.coopkit.error.ValidationException if a value is out of range
     */
    public ProjectQuery build() {
      return new ProjectQuery(this);
    }
  }
}
