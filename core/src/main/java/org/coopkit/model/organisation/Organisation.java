package org.coopkit.model.organisation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.ExternallyIdentified;
import org.coopkit.model.Limits;
import org.coopkit.model.Link;
import org.coopkit.model.Linked;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Versioned;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * An organisation: a funder, an implementer, a co-organiser of events, the employer of contacts. A
 * unit within an organisation (a directorate, a secretariat) is an organisation with a {@code
 * parent}.
 *
 * @since 0.1.0
 */
public final class Organisation implements Versioned, Linked, ExternallyIdentified {
  private final OrganisationId id;
  private final LocalizedText name;
  private final @Nullable String acronym;
  private final OrganisationType type;
  private final @Nullable CountryCode country;
  private final @Nullable OrganisationId parent;
  private final List<Link> links;
  private final List<ExternalId> externalIds;
  private final long version;
  private final Instant createdAt;
  private final Instant updatedAt;

  private Organisation(
      OrganisationId id,
      LocalizedText name,
      @Nullable String acronym,
      OrganisationType type,
      @Nullable CountryCode country,
      @Nullable OrganisationId parent,
      List<Link> links,
      List<ExternalId> externalIds,
      long version,
      Instant createdAt,
      Instant updatedAt) {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    acronym = Validator.normalizeOrNull(acronym);
    links = ImmutableList.copyOf(links);
    externalIds = ImmutableList.copyOf(externalIds);
    Validator v = Validator.of("Organisation");
    v.checkLazily(
        name.maxLength() <= Limits.NAME,
        "name",
        "must be at most " + Limits.NAME + " characters long",
        () -> name.maxLength() + " characters");
    v.optionalText(acronym, "acronym", Limits.CODE);
    v.check(!id.equals(parent), "parent", "must not be the organisation itself", parent);
    v.size(links, "links", Limits.LIST);
    v.size(externalIds, "externalIds", Limits.LIST);
    v.unique(externalIds, e -> e, "externalIds", "identifier");
    v.stamps(version, createdAt, updatedAt);
    v.throwIfInvalid();
    this.id = id;
    this.name = name;
    this.acronym = acronym;
    this.type = type;
    this.country = country;
    this.parent = parent;
    this.links = links;
    this.externalIds = externalIds;
    this.version = version;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
  }

  /**
   * The organisation's id.
   *
   * @return the organisation's id
   */
  public OrganisationId id() {
    return id;
  }

  /**
   * Its name.
   *
   * @return its name
   */
  public LocalizedText name() {
    return name;
  }

  /**
   * Its acronym, e.g. {@code IAP}.
   *
   * @return its acronym, e.g. {@code IAP}
   */
  public @Nullable String acronym() {
    return acronym;
  }

  /**
   * Its kind.
   *
   * @return its kind
   */
  public OrganisationType type() {
    return type;
  }

  /**
   * Its country, if national.
   *
   * @return its country, if national
   */
  public @Nullable CountryCode country() {
    return country;
  }

  /**
   * The organisation it is part of, which must exist when this one is stored.
   *
   * @return the organisation it is part of, which must exist when this one is stored
   */
  public @Nullable OrganisationId parent() {
    return parent;
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
    return other instanceof Organisation o
        && Objects.equals(id, o.id)
        && Objects.equals(name, o.name)
        && Objects.equals(acronym, o.acronym)
        && Objects.equals(type, o.type)
        && Objects.equals(country, o.country)
        && Objects.equals(parent, o.parent)
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
        name,
        acronym,
        type,
        country,
        parent,
        links,
        externalIds,
        version,
        createdAt,
        updatedAt);
  }

  @Override
  public String toString() {
    return "Organisation[id="
        + id
        + ", name="
        + name
        + ", acronym="
        + acronym
        + ", type="
        + type
        + ", country="
        + country
        + ", parent="
        + parent
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
   * Starts an organisation; type defaults to {@link OrganisationType#OTHER}.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this organisation's values.
   *
   * @return a new builder; changing it leaves this organisation untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds an {@link Organisation}; reusable. */
  public static final class Builder
      implements Versioned.Builder<Builder>,
          Linked.Builder<Builder>,
          ExternallyIdentified.Builder<Builder> {
    private @Nullable OrganisationId id;
    private @Nullable LocalizedText name;
    private @Nullable String acronym;
    private OrganisationType type = OrganisationType.OTHER;
    private @Nullable CountryCode country;
    private @Nullable OrganisationId parent;
    private final List<Link> links = new ArrayList<>();
    private final List<ExternalId> externalIds = new ArrayList<>();
    private long version;
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    private Builder() {}

    private Builder(Organisation o) {
      id = o.id;
      name = o.name;
      acronym = o.acronym;
      type = o.type;
      country = o.country;
      parent = o.parent;
      links.addAll(o.links);
      externalIds.addAll(o.externalIds);
      version = o.version;
      createdAt = o.createdAt;
      updatedAt = o.updatedAt;
    }

    /**
     * Sets {@link Organisation#id()}.
     *
     * @param id the value
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(OrganisationId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets {@link Organisation#name()}.
     *
     * @param name the value
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder name(LocalizedText name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets an English name.
     *
     * @param englishName the organisation's name in English
     * @return this builder
     * @throws org.coopkit.error.ValidationException if the text is blank or too long
     */
    public Builder name(String englishName) {
      return name(LocalizedText.of(englishName));
    }

    /**
     * Sets {@link Organisation#acronym()} ({@code null} for none).
     *
     * @param acronym the value, or {@code null} for none
     * @return this builder
     */
    public Builder acronym(@Nullable String acronym) {
      this.acronym = acronym;
      return this;
    }

    /**
     * Sets {@link Organisation#type()}.
     *
     * @param type the value
     * @return this builder
     * @throws NullPointerException if {@code type} is null
     */
    public Builder type(OrganisationType type) {
      this.type = requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets {@link Organisation#country()} ({@code null} for none).
     *
     * @param country the value, or {@code null} for none
     * @return this builder
     */
    public Builder country(@Nullable CountryCode country) {
      this.country = country;
      return this;
    }

    /**
     * Sets {@link Organisation#parent()} ({@code null} for none).
     *
     * @param parent the value, or {@code null} for none
     * @return this builder
     */
    public Builder parent(@Nullable OrganisationId parent) {
      this.parent = parent;
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
     * Checks every rule at once and builds the organisation.
     *
     * @return a new organisation, version 0 unless a store set it
     * @throws org.coopkit.error.ValidationException if a required value is missing or a rule is
     *     broken
     */
    public Organisation build() {
      Validator v = Validator.of("Organisation");
      v.required(id, "id");
      v.required(name, "name");
      v.throwIfInvalid();
      return new Organisation(
          requireNonNull(id),
          requireNonNull(name),
          acronym,
          type,
          country,
          parent,
          links,
          externalIds,
          version,
          createdAt,
          updatedAt);
    }
  }
}
