package org.coopkit.model.project;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.ExternallyIdentified;
import org.coopkit.model.Limits;
import org.coopkit.model.Link;
import org.coopkit.model.Linked;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Money;
import org.coopkit.model.Versioned;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A cooperation or capacity-building project: the aggregate root that owns its components.
 *
 * <p>{@code version}, {@code createdAt} and {@code updatedAt} are set by the store: a project that
 * was never stored has version 0 and {@link Instant#EPOCH} timestamps. Two projects are equal when
 * all their values are, version and timestamps included.
 *
 * @since 0.1.0
 */
public final class Project implements Versioned, Linked, ExternallyIdentified {
  private final ProjectId id;
  private final String code;
  private final LocalizedText title;
  private final @Nullable String acronym;
  private final @Nullable LocalizedText summary;
  private final @Nullable LocalizedText aims;
  private final ProjectStatus status;
  private final ProjectDates dates;
  private final List<CooperationFramework> frameworks;
  private final List<ParticipatingCountry> countries;
  private final List<ProjectOrganisation> organisations;
  private final List<ProjectRelation> relations;
  private final @Nullable Money budget;
  private final List<FundingLine> funding;
  private final List<BudgetLine> budgets;
  private final List<Sector> sectors;
  private final List<PolicyMarker> policyMarkers;
  private final List<Component> components;
  private final List<Link> links;
  private final List<ExternalId> externalIds;
  private final long version;
  private final Instant createdAt;
  private final Instant updatedAt;
  private static final Pattern CODE = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

  private Project(Builder b) {
    ProjectId id = requireNonNull(b.id, "id");
    String code = requireNonNull(b.code, "code");
    LocalizedText title = requireNonNull(b.title, "title");
    @Nullable String acronym = b.acronym;
    @Nullable LocalizedText summary = b.summary;
    @Nullable LocalizedText aims = b.aims;
    ProjectStatus status = b.status;
    ProjectDates dates = b.dates;
    List<CooperationFramework> frameworks = ImmutableList.copyOf(b.frameworks);
    List<ParticipatingCountry> countries = ImmutableList.copyOf(b.countries);
    List<ProjectOrganisation> organisations = ImmutableList.copyOf(b.organisations);
    List<ProjectRelation> relations = ImmutableList.copyOf(b.relations);
    @Nullable Money budget = b.budget;
    List<FundingLine> funding = ImmutableList.copyOf(b.funding);
    List<BudgetLine> budgets = ImmutableList.copyOf(b.budgets);
    List<Sector> sectors = ImmutableList.copyOf(b.sectors);
    List<PolicyMarker> policyMarkers = ImmutableList.copyOf(b.policyMarkers);
    List<Component> components = ImmutableList.copyOf(b.components);
    List<Link> links = ImmutableList.copyOf(b.links);
    List<ExternalId> externalIds = ImmutableList.copyOf(b.externalIds);
    long version = b.version;
    Instant createdAt = b.createdAt;
    Instant updatedAt = b.updatedAt;
    requireNonNull(status, "status");
    requireNonNull(dates, "dates");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    code = canonicalCode(code);
    acronym = Validator.normalizeOrNull(acronym);

    Validator v = Validator.of("Project");
    if (v.text(code, "code", Limits.CODE)) {
      v.check(
          CODE.matcher(code).matches(),
          "code",
          "must be lower-case letters, digits and inner hyphens",
          code);
    }
    v.optionalText(acronym, "acronym", Limits.CODE);
    v.checkLazily(
        title.maxLength() <= Limits.TITLE,
        "title",
        "must be at most " + Limits.TITLE + " characters long",
        () -> title.maxLength() + " characters");
    v.size(countries, "countries", Limits.LIST);
    v.size(organisations, "organisations", Limits.LIST);
    v.size(relations, "relations", Limits.LIST);
    v.size(components, "components", Limits.COMPONENTS);
    v.size(links, "links", Limits.LIST);
    v.size(externalIds, "externalIds", Limits.LIST);
    v.size(frameworks, "frameworks", Limits.LIST);
    v.unique(frameworks, CooperationFramework::code, "frameworks", "code");
    checkCountryPeriods(v, countries);
    v.unique(organisations, o -> o, "organisations", "organisation and role");
    v.unique(relations, r -> r.project(), "relations", "project");
    for (int i = 0; i < relations.size(); i++) {
      v.check(
          !relations.get(i).project().equals(id),
          "relations[" + i + "].project",
          "must not be the project itself",
          id);
    }
    v.unique(components, Component::id, "components", "id");
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < components.size(); i++) {
      String componentCode = components.get(i).code();
      if (componentCode != null && !codes.add(componentCode)) {
        v.add("components[" + i + "]", "must not repeat the code", componentCode);
      }
    }
    v.unique(externalIds, e -> e, "externalIds", "identifier");
    MoneyAndSectors.check(v, funding, budgets, sectors, policyMarkers);
    v.stamps(version, createdAt, updatedAt);
    v.throwIfInvalid();
    this.id = id;
    this.code = code;
    this.title = title;
    this.acronym = acronym;
    this.summary = summary;
    this.aims = aims;
    this.status = status;
    this.dates = dates;
    this.frameworks = frameworks;
    this.countries = countries;
    this.organisations = organisations;
    this.relations = relations;
    this.budget = budget;
    this.funding = funding;
    this.budgets = budgets;
    this.sectors = sectors;
    this.policyMarkers = policyMarkers;
    this.components = components;
    this.links = links;
    this.externalIds = externalIds;
    this.version = version;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
  }

  /**
   * The project's id.
   *
   * @return the project's id
   */
  public ProjectId id() {
    return id;
  }

  /**
   * A unique, human-readable code: lower-case letters, digits and inner hyphens, e.g. {@code
   * cybercrime-eap-ii}.
   *
   * @return a unique, human-readable code: lower-case letters, digits and inner hyphens, e.g.
   *     {@code cybercrime-eap-ii}
   */
  public String code() {
    return code;
  }

  /**
   * The project's title.
   *
   * @return the project's title
   */
  public LocalizedText title() {
    return title;
  }

  /**
   * Its acronym, e.g. {@code EAP II}.
   *
   * @return its acronym, e.g. {@code EAP II}
   */
  public @Nullable String acronym() {
    return acronym;
  }

  /**
   * A short description.
   *
   * @return a short description
   */
  public @Nullable LocalizedText summary() {
    return summary;
  }

  /**
   * What the project aims to achieve.
   *
   * @return what the project aims to achieve
   */
  public @Nullable LocalizedText aims() {
    return aims;
  }

  /**
   * Where the project stands.
   *
   * @return where the project stands
   */
  public ProjectStatus status() {
    return status;
  }

  /**
   * Planned and actual dates.
   *
   * @return planned and actual dates
   */
  public ProjectDates dates() {
    return dates;
  }

  /**
   * The primary cooperation framework it belongs to, if any: the first of {@link #frameworks()}.
   *
   * @return the first framework, or {@code null} if the project belongs to none
   */
  public @Nullable CooperationFramework framework() {
    return frameworks.isEmpty() ? null : frameworks.get(0);
  }

  /**
   * The cooperation frameworks or programmes it belongs to, the primary one first; codes unique. A
   * search or a report by framework ({@code ProjectQuery.Builder.framework}, {@code
   * ReportScope.framework}) finds the project under any of them.
   *
   * @return the frameworks, possibly empty
   * @since 0.2.0
   */
  public List<CooperationFramework> frameworks() {
    return frameworks;
  }

  /**
   * Participating countries, past and present. A country appears more than once only with periods
   * that do not overlap (a country that left and came back); see {@link #countriesOn} for those of
   * one day.
   *
   * @return participating countries
   */
  public List<ParticipatingCountry> countries() {
    return countries;
  }

  /**
   * Organisations and their roles, each pair once.
   *
   * @return organisations and their roles, each pair once
   */
  public List<ProjectOrganisation> organisations() {
    return organisations;
  }

  /**
   * Links to other projects, each pair once, never to itself.
   *
   * @return links to other projects, each pair once, never to itself
   */
  public List<ProjectRelation> relations() {
    return relations;
  }

  /**
   * The budget, if known.
   *
   * @return the budget, if known
   */
  public @Nullable Money budget() {
    return budget;
  }

  /**
   * The funding as lines, one per donor and kind of money as sources give them; the lines' shares
   * add up to at most 100 %. Donors must exist when the project is stored. {@link #budget()} is the
   * headline figure and is not derived from these lines, nor they from it.
   *
   * @return the funding lines, in their order, unmodifiable
   * @since 0.2.0
   */
  public List<FundingLine> funding() {
    return funding;
  }

  /**
   * Budget figures by year or for the whole period, each with its basis; at most one per year,
   * type, status and currency. {@link #budget()}, 0.1's single figure, stays as the headline budget
   * a source quotes; no rule ties it to these lines.
   *
   * @return the budget lines, in their order, unmodifiable
   * @since 0.2.0
   */
  public List<BudgetLine> budgets() {
    return budgets;
  }

  /**
   * The sectors the project works in, each vocabulary and code once; where percentages are given,
   * every sector of that vocabulary has one and they add up to 100.
   *
   * @return the sectors, in their order, unmodifiable
   * @since 0.2.0
   */
  public List<Sector> sectors() {
    return sectors;
  }

  /**
   * The policy markers donors ask for, each objective once.
   *
   * @return the policy markers, in their order, unmodifiable
   * @since 0.2.0
   */
  public List<PolicyMarker> policyMarkers() {
    return policyMarkers;
  }

  /**
   * The funding's total in each currency, never added across currencies: the amounts of {@link
   * #funding()} summed per currency (lines without an amount left out), in the order of the
   * currencies' ISO codes. To add them up, convert through {@link
   * org.coopkit.model.ExchangeRates#total}.
   *
   * @return one total per currency, unmodifiable; empty when no line has an amount
   * @since 0.2.0
   */
  public Map<Currency, Money> fundingTotals() {
    return MoneyAndSectors.totals(funding);
  }

  /**
   * The project's components, in their order; ids and codes unique.
   *
   * @return the project's components, in their order; ids and codes unique
   */
  public List<Component> components() {
    return components;
  }

  @Override
  public List<Link> links() {
    return links;
  }

  @Override
  public List<ExternalId> externalIds() {
    return externalIds;
  }

  @Override
  public long version() {
    return version;
  }

  @Override
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Project o
        && Objects.equals(id, o.id)
        && Objects.equals(code, o.code)
        && Objects.equals(title, o.title)
        && Objects.equals(acronym, o.acronym)
        && Objects.equals(summary, o.summary)
        && Objects.equals(aims, o.aims)
        && Objects.equals(status, o.status)
        && Objects.equals(dates, o.dates)
        && Objects.equals(frameworks, o.frameworks)
        && Objects.equals(countries, o.countries)
        && Objects.equals(organisations, o.organisations)
        && Objects.equals(relations, o.relations)
        && Objects.equals(budget, o.budget)
        && funding.equals(o.funding)
        && budgets.equals(o.budgets)
        && sectors.equals(o.sectors)
        && policyMarkers.equals(o.policyMarkers)
        && Objects.equals(components, o.components)
        && Objects.equals(links, o.links)
        && Objects.equals(externalIds, o.externalIds)
        && version == o.version
        && Objects.equals(createdAt, o.createdAt)
        && Objects.equals(updatedAt, o.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        code,
        title,
        acronym,
        summary,
        aims,
        status,
        dates,
        frameworks,
        countries,
        organisations,
        relations,
        budget,
        funding,
        budgets,
        sectors,
        policyMarkers,
        components,
        links,
        externalIds,
        version,
        createdAt,
        updatedAt);
  }

  @Override
  public String toString() {
    return "Project[id="
        + id
        + ", code="
        + code
        + ", title="
        + title
        + ", acronym="
        + acronym
        + ", summary="
        + summary
        + ", aims="
        + aims
        + ", status="
        + status
        + ", dates="
        + dates
        + ", frameworks="
        + frameworks
        + ", countries="
        + countries
        + ", organisations="
        + organisations
        + ", relations="
        + relations
        + ", budget="
        + budget
        + ", funding="
        + funding
        + ", budgets="
        + budgets
        + ", sectors="
        + sectors
        + ", policyMarkers="
        + policyMarkers
        + ", components="
        + components
        + ", links="
        + links
        + ", externalIds="
        + externalIds
        + ", version="
        + version
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + "]";
  }

  /**
   * The canonical form of a project's or a framework's code: stripped and lower-case. Codes are
   * stored in this form, and every lookup by code (a search by framework, a report's scope, {@code
   * findByCode}) compares in it, so a code matches in any case.
   *
   * @param code a code as a user wrote it
   * @return the code as stored
   * @throws NullPointerException if {@code code} is null
   */
  public static String canonicalCode(String code) {
    return code.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The component with the given id, if the project has it.
   *
   * @param componentId the component's id
   * @return the component, or empty if it belongs to no component of this project
   */
  public Optional<Component> component(ComponentId componentId) {
    return components.stream().filter(c -> c.id().equals(componentId)).findFirst();
  }

  /**
   * The participating countries' codes, in order, each once, past periods included: what a search
   * by country matches a project on ({@code ProjectQuery.Builder.country} finds a project in which
   * the country takes or took part).
   *
   * @return the country codes, in the order of their first entry in {@link #countries()}
   */
  public List<CountryCode> countryCodes() {
    return countries.stream()
        .map(ParticipatingCountry::country)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The countries taking part on {@code date}, as {@link ParticipatingCountry#isActiveOn} says: a
   * project that widened from 8 to 12 countries in 2019 lists 8 on a day of 2018 and 12 on a day of
   * 2020.
   *
   * @param date the day to look at
   * @return the entries of {@link #countries()} whose period includes {@code date}, in order
   * @since 0.2.0
   */
  public List<ParticipatingCountry> countriesOn(LocalDate date) {
    requireNonNull(date, "date");
    return countries.stream()
        .filter(c -> c.isActiveOn(date))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A country may appear twice only with periods that do not overlap. Each entry gets a key: its
   * country and the cluster of overlapping periods it belongs to (a sweep by start, per country),
   * so that {@link Validator#unique} reports the second entry of a cluster, bounded as for any
   * repeat; a million copies of one country cost a sort and one violation.
   */
  private static void checkCountryPeriods(Validator v, List<ParticipatingCountry> countries) {
    if (countries.size() < 2) {
      return;
    }
    Map<CountryCode, List<Integer>> byCountry = new HashMap<>();
    for (int i = 0; i < countries.size(); i++) {
      byCountry.computeIfAbsent(countries.get(i).country(), c -> new ArrayList<>()).add(i);
    }
    Object[] keys = new Object[countries.size()];
    int cluster = 0;
    for (List<Integer> entries : byCountry.values()) {
      if (entries.size() == 1) {
        keys[entries.get(0)] = entries.get(0); // alone: its own key
        continue;
      }
      entries.sort(
          Comparator.comparing((Integer i) -> start(countries.get(i))).thenComparing(i -> i));
      LocalDate reach = LocalDate.MIN;
      for (Integer i : entries) {
        ParticipatingCountry c = countries.get(i);
        if (start(c).isAfter(reach)) {
          cluster++; // no overlap with any earlier period: a new cluster
        }
        LocalDate end = end(c);
        reach = end.isAfter(reach) ? end : reach;
        keys[i] = new CountryCluster(c.country(), cluster);
      }
    }
    v.unique(Arrays.asList(keys), k -> k, "countries", "country in an overlapping period");
  }

  private static LocalDate start(ParticipatingCountry c) {
    return c.validFrom() == null ? LocalDate.MIN : c.validFrom().earliest();
  }

  private static LocalDate end(ParticipatingCountry c) {
    return c.validUntil() == null ? LocalDate.MAX : c.validUntil().latest();
  }

  /** The key of a country's entries whose periods overlap; shown as the country. */
  private record CountryCluster(CountryCode country, int cluster) {
    @Override
    public String toString() {
      return country.toString();
    }
  }

  /**
   * Starts a project; status defaults to {@link ProjectStatus#PIPELINE}.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this project's values.
   *
   * @return a new builder; changing it leaves this project untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link Project}; reusable. Setters reject {@code null} for required values. */
  public static final class Builder
      implements Versioned.Builder<Builder>,
          Linked.Builder<Builder>,
          ExternallyIdentified.Builder<Builder> {
    private @Nullable ProjectId id;
    private @Nullable String code;
    private @Nullable LocalizedText title;
    private @Nullable String acronym;
    private @Nullable LocalizedText summary;
    private @Nullable LocalizedText aims;
    private ProjectStatus status = ProjectStatus.PIPELINE;
    private ProjectDates dates = ProjectDates.UNKNOWN;
    private final List<CooperationFramework> frameworks = new ArrayList<>();
    private final List<ParticipatingCountry> countries = new ArrayList<>();
    private final List<ProjectOrganisation> organisations = new ArrayList<>();
    private final List<ProjectRelation> relations = new ArrayList<>();
    private @Nullable Money budget;
    private final List<FundingLine> funding = new ArrayList<>();
    private final List<BudgetLine> budgets = new ArrayList<>();
    private final List<Sector> sectors = new ArrayList<>();
    private final List<PolicyMarker> policyMarkers = new ArrayList<>();
    private final List<Component> components = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<ExternalId> externalIds = new ArrayList<>();
    private long version;
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    private Builder() {}

    private Builder(Project p) {
      id = p.id;
      code = p.code;
      title = p.title;
      acronym = p.acronym;
      summary = p.summary;
      aims = p.aims;
      status = p.status;
      dates = p.dates;
      frameworks.addAll(p.frameworks);
      countries.addAll(p.countries);
      organisations.addAll(p.organisations);
      relations.addAll(p.relations);
      budget = p.budget;
      funding.addAll(p.funding);
      budgets.addAll(p.budgets);
      sectors.addAll(p.sectors);
      policyMarkers.addAll(p.policyMarkers);
      components.addAll(p.components);
      links.addAll(p.links);
      externalIds.addAll(p.externalIds);
      version = p.version;
      createdAt = p.createdAt;
      updatedAt = p.updatedAt;
    }

    /**
     * Sets {@link Project#id()}.
     *
     * @param id the value
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(ProjectId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets {@link Project#code()}.
     *
     * @param code the value
     * @return this builder
     * @throws NullPointerException if {@code code} is null
     */
    public Builder code(String code) {
      this.code = requireNonNull(code, "code");
      return this;
    }

    /**
     * Sets {@link Project#title()}.
     *
     * @param title the value
     * @return this builder
     * @throws NullPointerException if {@code title} is null
     */
    public Builder title(LocalizedText title) {
      this.title = requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets an English title.
     *
     * @param englishTitle the project's title in English
     * @return this builder
     * @throws org.coopkit.error.ValidationException if the text is blank or too long
     */
    public Builder title(String englishTitle) {
      return title(LocalizedText.of(englishTitle));
    }

    /**
     * Sets {@link Project#acronym()} ({@code null} for none).
     *
     * @param acronym the value, or {@code null} for none
     * @return this builder
     */
    public Builder acronym(@Nullable String acronym) {
      this.acronym = acronym;
      return this;
    }

    /**
     * Sets {@link Project#summary()} ({@code null} for none).
     *
     * @param summary the value, or {@code null} for none
     * @return this builder
     */
    public Builder summary(@Nullable LocalizedText summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Sets {@link Project#aims()} ({@code null} for none).
     *
     * @param aims the value, or {@code null} for none
     * @return this builder
     */
    public Builder aims(@Nullable LocalizedText aims) {
      this.aims = aims;
      return this;
    }

    /**
     * Sets {@link Project#status()}.
     *
     * @param status the value
     * @return this builder
     * @throws NullPointerException if {@code status} is null
     */
    public Builder status(ProjectStatus status) {
      this.status = requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets {@link Project#dates()}.
     *
     * @param dates the value
     * @return this builder
     * @throws NullPointerException if {@code dates} is null
     */
    public Builder dates(ProjectDates dates) {
      this.dates = requireNonNull(dates, "dates");
      return this;
    }

    /**
     * Sets the primary framework, {@link Project#framework()}: replaces the first of the frameworks
     * given so far, or adds it first; {@code null} removes the first. Other frameworks stay.
     *
     * @param framework the value, or {@code null} for none
     * @return this builder
     */
    public Builder framework(@Nullable CooperationFramework framework) {
      if (!frameworks.isEmpty()) {
        frameworks.remove(0);
      }
      if (framework != null) {
        frameworks.add(0, framework);
      }
      return this;
    }

    /**
     * Sets {@link Project#frameworks()}, the primary first, replacing any given before; the list is
     * copied.
     *
     * @param frameworks the values
     * @return this builder
     * @throws NullPointerException if {@code frameworks} is null
     * @since 0.2.0
     */
    public Builder frameworks(List<CooperationFramework> frameworks) {
      Validator.replaceAll(this.frameworks, frameworks, "frameworks");
      return this;
    }

    /**
     * Appends {@code framework} to the frameworks given so far.
     *
     * @param framework the entry to append
     * @return this builder
     * @throws NullPointerException if {@code framework} is null
     * @since 0.2.0
     */
    public Builder addFramework(CooperationFramework framework) {
      frameworks.add(requireNonNull(framework, "framework"));
      return this;
    }

    /**
     * Sets {@link Project#countries()}, replacing any given before; the list is copied.
     *
     * @param countries the values
     * @return this builder
     * @throws NullPointerException if {@code countries} is null
     */
    public Builder countries(List<ParticipatingCountry> countries) {
      Validator.replaceAll(this.countries, countries, "countries");
      return this;
    }

    /**
     * Appends {@code country} to the countries given so far.
     *
     * @param country the entry to append
     * @return this builder
     * @throws NullPointerException if {@code country} is null
     */
    public Builder addCountry(ParticipatingCountry country) {
      countries.add(requireNonNull(country, "country"));
      return this;
    }

    /**
     * Adds a beneficiary country.
     *
     * @param country the beneficiary country to append
     * @return this builder
     */
    public Builder addCountry(CountryCode country) {
      return addCountry(ParticipatingCountry.beneficiary(country));
    }

    /**
     * Sets {@link Project#organisations()}, replacing any given before; the list is copied.
     *
     * @param organisations the values
     * @return this builder
     * @throws NullPointerException if {@code organisations} is null
     */
    public Builder organisations(List<ProjectOrganisation> organisations) {
      Validator.replaceAll(this.organisations, organisations, "organisations");
      return this;
    }

    /**
     * Appends {@code organisation} to the organisations given so far.
     *
     * @param organisation the entry to append
     * @return this builder
     * @throws NullPointerException if {@code organisation} is null
     */
    public Builder addOrganisation(ProjectOrganisation organisation) {
      organisations.add(requireNonNull(organisation, "organisation"));
      return this;
    }

    /**
     * Sets {@link Project#relations()}, replacing any given before; the list is copied.
     *
     * @param relations the values
     * @return this builder
     * @throws NullPointerException if {@code relations} is null
     */
    public Builder relations(List<ProjectRelation> relations) {
      Validator.replaceAll(this.relations, relations, "relations");
      return this;
    }

    /**
     * Appends {@code relation} to the relations given so far.
     *
     * @param relation the entry to append
     * @return this builder
     * @throws NullPointerException if {@code relation} is null
     */
    public Builder addRelation(ProjectRelation relation) {
      relations.add(requireNonNull(relation, "relation"));
      return this;
    }

    /**
     * Sets {@link Project#budget()} ({@code null} for none).
     *
     * @param budget the value, or {@code null} for none
     * @return this builder
     */
    public Builder budget(@Nullable Money budget) {
      this.budget = budget;
      return this;
    }

    /**
     * Sets {@link Project#funding()}, replacing any given before; the list is copied.
     *
     * @param funding the lines
     * @return this builder
     * @throws NullPointerException if {@code funding} or a line is null
     * @since 0.2.0
     */
    public Builder funding(List<FundingLine> funding) {
      Validator.replaceAll(this.funding, funding, "funding");
      return this;
    }

    /**
     * Appends a funding line.
     *
     * @param line the line to append
     * @return this builder
     * @throws NullPointerException if {@code line} is null
     * @since 0.2.0
     */
    public Builder addFunding(FundingLine line) {
      this.funding.add(requireNonNull(line, "line"));
      return this;
    }

    /**
     * Sets {@link Project#budgets()}, replacing any given before; the list is copied.
     *
     * @param budgets the lines
     * @return this builder
     * @throws NullPointerException if {@code budgets} or a line is null
     * @since 0.2.0
     */
    public Builder budgets(List<BudgetLine> budgets) {
      Validator.replaceAll(this.budgets, budgets, "budgets");
      return this;
    }

    /**
     * Appends a budget line.
     *
     * @param line the line to append
     * @return this builder
     * @throws NullPointerException if {@code line} is null
     * @since 0.2.0
     */
    public Builder addBudget(BudgetLine line) {
      this.budgets.add(requireNonNull(line, "line"));
      return this;
    }

    /**
     * Sets {@link Project#sectors()}, replacing any given before; the list is copied.
     *
     * @param sectors the sectors
     * @return this builder
     * @throws NullPointerException if {@code sectors} or a sector is null
     * @since 0.2.0
     */
    public Builder sectors(List<Sector> sectors) {
      Validator.replaceAll(this.sectors, sectors, "sectors");
      return this;
    }

    /**
     * Appends a sector.
     *
     * @param sector the sector to append
     * @return this builder
     * @throws NullPointerException if {@code sector} is null
     * @since 0.2.0
     */
    public Builder addSector(Sector sector) {
      this.sectors.add(requireNonNull(sector, "sector"));
      return this;
    }

    /**
     * Sets {@link Project#policyMarkers()}, replacing any given before; the list is copied.
     *
     * @param policyMarkers the markers
     * @return this builder
     * @throws NullPointerException if {@code policyMarkers} or a marker is null
     * @since 0.2.0
     */
    public Builder policyMarkers(List<PolicyMarker> policyMarkers) {
      Validator.replaceAll(this.policyMarkers, policyMarkers, "policyMarkers");
      return this;
    }

    /**
     * Appends a policy marker.
     *
     * @param policyMarker the marker to append
     * @return this builder
     * @throws NullPointerException if {@code policyMarker} is null
     * @since 0.2.0
     */
    public Builder addPolicyMarker(PolicyMarker policyMarker) {
      this.policyMarkers.add(requireNonNull(policyMarker, "policyMarker"));
      return this;
    }

    /**
     * Sets {@link Project#components()}, replacing any given before; the list is copied.
     *
     * @param components the values
     * @return this builder
     * @throws NullPointerException if {@code components} is null
     */
    public Builder components(List<Component> components) {
      Validator.replaceAll(this.components, components, "components");
      return this;
    }

    /**
     * Appends {@code component} to the components given so far.
     *
     * @param component the entry to append
     * @return this builder
     * @throws NullPointerException if {@code component} is null
     */
    public Builder addComponent(Component component) {
      components.add(requireNonNull(component, "component"));
      return this;
    }

    @Override
    public Builder links(List<Link> links) {
      Validator.replaceAll(this.links, links, "links");
      return this;
    }

    @Override
    public Builder addLink(Link link) {
      links.add(requireNonNull(link, "link"));
      return this;
    }

    @Override
    public Builder externalIds(List<ExternalId> externalIds) {
      Validator.replaceAll(this.externalIds, externalIds, "externalIds");
      return this;
    }

    @Override
    public Builder addExternalId(ExternalId externalId) {
      externalIds.add(requireNonNull(externalId, "externalId"));
      return this;
    }

    @Override
    public Builder version(long version) {
      this.version = version;
      return this;
    }

    @Override
    public Builder createdAt(Instant createdAt) {
      this.createdAt = requireNonNull(createdAt, "createdAt");
      return this;
    }

    @Override
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = requireNonNull(updatedAt, "updatedAt");
      return this;
    }

    /**
     * Checks every rule at once and builds the project.
     *
     * @return a new project, version 0 unless a store set it
     * @throws org.coopkit.error.ValidationException if a required value is missing or a rule is
     *     broken
     */
    public Project build() {
      Validator v = Validator.of("Project");
      v.required(id, "id");
      v.required(code, "code");
      v.required(title, "title");
      v.throwIfInvalid();
      return new Project(this);
    }
  }
}
