package org.coopkit.query;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.coopkit.model.internal.FieldNames;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.query.internal.Cursors;
import org.jspecify.annotations.Nullable;

/**
 * A search for organisations, sorted by folded English name (or the first name given) and then id.
 *
 * @since 0.1.0
 */
public final class OrganisationQuery implements PagedQuery<OrganisationQuery>, ExternalIdFilter {
  /** The names of this kind of query's values, in the order of {@link #values()}. */
  private static final FieldNames VALUES =
      new FieldNames("OrganisationQuery", "types", "countries", "parents", "externalIds", "text");

  /** The tag of this kind of query's cursors. */
  private static final char KIND = Cursors.ORGANISATION;

  private final Set<OrganisationType> types;
  private final Set<CountryCode> countries;
  private final Set<OrganisationId> parents;
  private final Set<ExternalId> externalIds;
  private final @Nullable String text;
  private final PageRequest page;

  private OrganisationQuery(Builder b) {
    this.page = b.page.build(KIND, OrganisationQuery::isSortKey, "OrganisationQuery");
    this.types = ImmutableSet.copyOf(b.types);
    this.countries = ImmutableSet.copyOf(b.countries);
    this.parents = ImmutableSet.copyOf(b.parents);
    this.externalIds = ImmutableSet.copyOf(b.externalIds);
    Validator v = Validator.of("OrganisationQuery");
    this.text = Paging.searchText(v, b.text, "text");
    Paging.check(v, page.limit, text);
    v.throwIfInvalid();
  }

  /**
   * The values {@link #equals}, {@link #hashCode} and {@link #toString} read, paging last; add a
   * new one here.
   */
  private Object[] values() {
    return new Object[] {types, countries, parents, externalIds, text, page};
  }

  /**
   * Keeps only organisations of any of these types. Empty, as a builder starts, for no such filter;
   * each value the builder adds widens it.
   *
   * @return the types, in the order added
   */
  public Set<OrganisationType> types() {
    return types;
  }

  /**
   * Keeps only organisations of any of these countries. Empty, as a builder starts, for no such
   * filter; each value the builder adds widens it.
   *
   * @return the countries, in the order added
   */
  public Set<CountryCode> countries() {
    return countries;
  }

  /**
   * Keeps only units of any of these organisations. Empty, as a builder starts, for no such filter;
   * each value the builder adds widens it.
   *
   * @return the parent organisations, in the order added
   */
  public Set<OrganisationId> parents() {
    return parents;
  }

  @Override
  public Set<ExternalId> externalIds() {
    return externalIds;
  }

  /**
   * Keeps only organisations whose names (in every language) or acronym contain this text, both
   * folded (accents, case and spaces; see {@link org.coopkit.query}); {@code null}, as a builder
   * starts, for no text filter.
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
    return other instanceof OrganisationQuery o && Arrays.equals(values(), o.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  public String toString() {
    return VALUES.describe(values(), page.describe(true));
  }

  /** Whether {@code key} can be an organisation's sort key: a folded name. */
  private static boolean isSortKey(String key) {
    return key.length() <= 4 * Limits.NAME;
  }

  /**
   * A query for all organisations.
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
  public OrganisationQuery after(String cursor) {
    return toBuilder().after(cursor).build();
  }

  /** Builds an {@link OrganisationQuery}; every filter starts empty. */
  public static final class Builder
      implements PagedQuery.Builder<Builder>, ExternalIdFilter.Builder<Builder> {
    private final Set<OrganisationType> types = new LinkedHashSet<>();
    private final Set<CountryCode> countries = new LinkedHashSet<>();
    private final Set<OrganisationId> parents = new LinkedHashSet<>();
    private final Set<ExternalId> externalIds = new LinkedHashSet<>();
    private @Nullable String text;
    private final PageRequest.Builder<Builder> page;

    private Builder() {
      page = new PageRequest.Builder<>(this);
    }

    private Builder(OrganisationQuery q) {
      types.addAll(q.types);
      countries.addAll(q.countries);
      parents.addAll(q.parents);
      externalIds.addAll(q.externalIds);
      text = q.text;
      page = new PageRequest.Builder<>(this, q.page, KIND);
    }

    /**
     * Adds {@code type} to {@link OrganisationQuery#types()}.
     *
     * @param type the value to add
     * @return this builder
     * @throws NullPointerException if {@code type} is null
     */
    public Builder type(OrganisationType type) {
      return Filters.add(this, types, type, "type");
    }

    /**
     * Adds {@code country} to {@link OrganisationQuery#countries()}.
     *
     * @param country the value to add
     * @return this builder
     * @throws NullPointerException if {@code country} is null
     */
    public Builder country(CountryCode country) {
      return Filters.add(this, countries, country, "country");
    }

    /**
     * Adds {@code parent} to {@link OrganisationQuery#parents()}.
     *
     * @param parent the value to add
     * @return this builder
     * @throws NullPointerException if {@code parent} is null
     */
    public Builder parent(OrganisationId parent) {
      return Filters.add(this, parents, parent, "parent");
    }

    @Override
    public Builder externalId(ExternalId externalId) {
      return Filters.add(this, externalIds, externalId, "externalId");
    }

    /**
     * Sets {@link OrganisationQuery#text()}.
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
    public OrganisationQuery build() {
      return new OrganisationQuery(this);
    }
  }
}
