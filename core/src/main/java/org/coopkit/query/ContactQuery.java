package org.coopkit.query;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.internal.Cursors;
import org.jspecify.annotations.Nullable;

/**
 * A search for contacts, sorted by folded sort name and then id.
 *
 * <p>The role filters ({@code roles}, {@code projects}, {@code countries}, {@code activeOn}) apply
 * to one and the same role assignment: "programme managers of project P on day D" finds a contact
 * only if one of their roles is all of that.
 *
 * @since 0.1.0
 */
public final class ContactQuery implements PagedQuery<ContactQuery>, ExternalIdFilter {
  /** The tag of this kind of query's cursors. */
  private static final char KIND = Cursors.CONTACT;

  private final @Nullable String namePrefix;
  private final Set<OrganisationId> organisations;
  private final Set<RoleType> roles;
  private final Set<ProjectId> projects;
  private final Set<CountryCode> countries;
  private final @Nullable LocalDate activeOn;
  private final boolean publicOnly;
  private final Set<ExternalId> externalIds;
  private final PageRequest page;

  private ContactQuery(Builder b) {
    this.page = b.page.build(KIND, ContactQuery::isSortKey, "ContactQuery");
    this.organisations = ImmutableSet.copyOf(b.organisations);
    this.roles = ImmutableSet.copyOf(b.roles);
    this.projects = ImmutableSet.copyOf(b.projects);
    this.countries = ImmutableSet.copyOf(b.countries);
    this.activeOn = Validator.filterDay(b.activeOn);
    this.publicOnly = b.publicOnly;
    this.externalIds = ImmutableSet.copyOf(b.externalIds);
    Validator v = Validator.of("ContactQuery");
    this.namePrefix = Paging.searchText(v, b.namePrefix, "namePrefix");
    Paging.check(v, page.limit, namePrefix);
    v.throwIfInvalid();
  }

  /**
   * The values {@link #equals}, {@link #hashCode} and {@link #toString} read, paging last; add a
   * new one here.
   */
  private Object[] values() {
    return new Object[] {
      namePrefix, organisations, roles, projects, countries, activeOn, publicOnly, externalIds, page
    };
  }

  /**
   * Keeps only contacts a word of whose display or sort name starts with this prefix, folded
   * (accents, case and spaces; see {@link org.coopkit.query}); {@code null}, as a builder starts,
   * for no name filter.
   *
   * @return the folded prefix, or {@code null}
   */
  public @Nullable String namePrefix() {
    return namePrefix;
  }

  /**
   * Keeps only contacts employed by, or holding a role for, any of these organisations. Empty, as a
   * builder starts, for no such filter; each value the builder adds widens it.
   *
   * @return the organisations, in the order added
   */
  public Set<OrganisationId> organisations() {
    return organisations;
  }

  /**
   * Keeps only contacts with a role of any of these types. Empty, as a builder starts, for no such
   * filter; each value the builder adds widens it.
   *
   * @return the role types, in the order added
   */
  public Set<RoleType> roles() {
    return roles;
  }

  /**
   * Keeps only contacts with a role for any of these projects. Empty, as a builder starts, for no
   * such filter; each value the builder adds widens it.
   *
   * @return the projects, in the order added
   */
  public Set<ProjectId> projects() {
    return projects;
  }

  /**
   * Keeps only contacts with a role for any of these countries. Empty, as a builder starts, for no
   * such filter; each value the builder adds widens it.
   *
   * @return the countries, in the order added
   */
  public Set<CountryCode> countries() {
    return countries;
  }

  /**
   * Keeps only contacts with a role held on this day, as {@link RoleAssignment#isActiveOn} says: a
   * role known only from a seen-on date counts on that day alone. {@code null} for roles on any
   * day.
   *
   * @return the day, or {@code null}
   */
  public @Nullable LocalDate activeOn() {
    return activeOn;
  }

  @Override
  public Set<ExternalId> externalIds() {
    return externalIds;
  }

  /**
   * Whether only contacts whose visibility is public are kept, for directories shown to the public;
   * {@code false} unless set.
   *
   * @return {@code true} if contacts that are not public are left out
   */
  public boolean publicOnly() {
    return publicOnly;
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
    return other instanceof ContactQuery o && Arrays.equals(values(), o.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  /**
   * Describes the query without the name prefix's characters nor the external ids, only their
   * numbers: both identify people, and queries end up in logs and exception messages.
   */
  @Override
  public String toString() {
    return "ContactQuery[namePrefix="
        + (namePrefix == null ? "null" : "<" + namePrefix.length() + " characters>")
        + ", organisations="
        + organisations
        + ", roles="
        + roles
        + ", projects="
        + projects
        + ", countries="
        + countries
        + ", activeOn="
        + activeOn
        + ", publicOnly="
        + publicOnly
        + ", externalIds=<"
        + externalIds.size()
        + ">, "
        + page.describe(false)
        + "]";
  }

  /** Whether {@code key} can be a contact's sort key: a folded sort name. */
  private static boolean isSortKey(String key) {
    return key.length() <= 4 * Limits.NAME;
  }

  /**
   * A query for all contacts.
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
  public ContactQuery after(String cursor) {
    return toBuilder().after(cursor).build();
  }

  /** Builds a {@link ContactQuery}; every filter starts empty. */
  public static final class Builder
      implements PagedQuery.Builder<Builder>, ExternalIdFilter.Builder<Builder> {
    private @Nullable String namePrefix;
    private final Set<OrganisationId> organisations = new LinkedHashSet<>();
    private final Set<RoleType> roles = new LinkedHashSet<>();
    private final Set<ProjectId> projects = new LinkedHashSet<>();
    private final Set<CountryCode> countries = new LinkedHashSet<>();
    private @Nullable LocalDate activeOn;
    private boolean publicOnly;
    private final Set<ExternalId> externalIds = new LinkedHashSet<>();
    private final PageRequest.Builder<Builder> page;

    private Builder() {
      page = new PageRequest.Builder<>(this);
    }

    private Builder(ContactQuery q) {
      namePrefix = q.namePrefix;
      organisations.addAll(q.organisations);
      roles.addAll(q.roles);
      projects.addAll(q.projects);
      countries.addAll(q.countries);
      activeOn = q.activeOn;
      publicOnly = q.publicOnly;
      externalIds.addAll(q.externalIds);
      page = new PageRequest.Builder<>(this, q.page, KIND);
    }

    /**
     * Sets {@link ContactQuery#namePrefix()}.
     *
     * @param prefix the beginning of a name word, or {@code null} for no name filter
     * @return this builder
     */
    public Builder namePrefix(@Nullable String prefix) {
      this.namePrefix = prefix;
      return this;
    }

    /**
     * Adds {@code organisation} to {@link ContactQuery#organisations()}.
     *
     * @param organisation the value to add
     * @return this builder
     * @throws NullPointerException if {@code organisation} is null
     */
    public Builder organisation(OrganisationId organisation) {
      return Filters.add(this, organisations, organisation, "organisation");
    }

    /**
     * Adds {@code role} to {@link ContactQuery#roles()}.
     *
     * @param role the value to add
     * @return this builder
     * @throws NullPointerException if {@code role} is null
     */
    public Builder role(RoleType role) {
      return Filters.add(this, roles, role, "role");
    }

    /**
     * Adds {@code project} to {@link ContactQuery#projects()}.
     *
     * @param project the value to add
     * @return this builder
     * @throws NullPointerException if {@code project} is null
     */
    public Builder project(ProjectId project) {
      return Filters.add(this, projects, project, "project");
    }

    /**
     * Adds {@code country} to {@link ContactQuery#countries()}.
     *
     * @param country the value to add
     * @return this builder
     * @throws NullPointerException if {@code country} is null
     */
    public Builder country(CountryCode country) {
      return Filters.add(this, countries, country, "country");
    }

    /**
     * Sets {@link ContactQuery#activeOn()}.
     *
     * @param day the day, or {@code null} for roles on any day
     * @return this builder
     */
    public Builder activeOn(@Nullable LocalDate day) {
      this.activeOn = day;
      return this;
    }

    /**
     * Sets {@link ContactQuery#publicOnly()}.
     *
     * @param publicOnly {@code true} to leave out contacts that are not public
     * @return this builder
     */
    public Builder publicOnly(boolean publicOnly) {
      this.publicOnly = publicOnly;
      return this;
    }

    @Override
    public Builder externalId(ExternalId externalId) {
      return Filters.add(this, externalIds, externalId, "externalId");
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
    public ContactQuery build() {
      return new ContactQuery(this);
    }
  }
}
