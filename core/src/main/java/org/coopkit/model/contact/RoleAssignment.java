package org.coopkit.model.contact;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Limits;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * A role a contact holds or held, for a project or an organisation, during a period. Roles are
 * ended, not deleted, so a contact's history stays.
 *
 * <p>Two kinds of knowledge are kept apart (since 0.2.0). A role <em>held from/until</em> has a
 * {@link #validFrom()} and, once ended, a {@link #validUntil()}. A role <em>seen on</em> a date
 * ("listed as Programme Manager on 2022-03-01") is known only from a source of that date: {@link
 * #seenOn()} with neither end of the period. Such a role is not assumed to last: {@link
 * #isActiveOn} is true on its seen-on day alone, so "current role" logic ({@link Contact#rolesOn},
 * a query's {@code activeOn}) never reports it as held today unless it was seen today. A seen-on
 * date may also be given with a known period, and must then lie inside it.
 *
 * <p>{@link #unit()} is the unit or department the person works in for this role, which may differ
 * from role to role and from {@link Contact#unit()}.
 *
 * @since 0.1.0
 */
public final class RoleAssignment {
  private final RoleId id;
  private final RoleType type;
  private final @Nullable String title;
  private final @Nullable ProjectId project;
  private final @Nullable OrganisationId organisation;
  private final @Nullable CountryCode country;
  private final @Nullable LocalDate validFrom;
  private final @Nullable LocalDate validUntil;
  private final @Nullable LocalDate seenOn;
  private final @Nullable String unit;

  private RoleAssignment(
      RoleId id,
      RoleType type,
      @Nullable String title,
      @Nullable ProjectId project,
      @Nullable OrganisationId organisation,
      @Nullable CountryCode country,
      @Nullable LocalDate validFrom,
      @Nullable LocalDate validUntil,
      @Nullable LocalDate seenOn,
      @Nullable String unit) {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    title = Validator.normalizeOrNull(title);
    unit = Validator.normalizeOrNull(unit);
    Validator v = Validator.of("RoleAssignment");
    v.optionalText(title, "title", Limits.TITLE);
    v.optionalText(unit, "unit", Limits.NAME);
    v.day(validFrom, "validFrom");
    v.day(validUntil, "validUntil");
    if (v.day(seenOn, "seenOn") && seenOn != null) {
      v.check(
          validFrom == null || !seenOn.isBefore(validFrom),
          "seenOn",
          "must not be before validFrom",
          seenOn + " < " + validFrom);
      v.check(
          validUntil == null || !seenOn.isAfter(validUntil),
          "seenOn",
          "must not be after validUntil",
          seenOn + " > " + validUntil);
    }
    v.check(
        project != null || organisation != null || country != null,
        "project",
        "a role must be scoped to a project, an organisation or a country",
        null);
    v.check(
        type != RoleType.CONTACT_POINT_24_7 || country != null,
        "country",
        "is required for a 24/7 contact point",
        null);
    if (validFrom != null && validUntil != null) {
      v.check(
          !validUntil.isBefore(validFrom),
          "validUntil",
          "must not be before validFrom",
          validUntil + " < " + validFrom);
    }
    v.throwIfInvalid();
    this.id = id;
    this.type = type;
    this.title = title;
    this.project = project;
    this.organisation = organisation;
    this.country = country;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.seenOn = seenOn;
    this.unit = unit;
  }

  /**
   * The assignment's id.
   *
   * @return the assignment's id
   */
  public RoleId id() {
    return id;
  }

  /**
   * The role.
   *
   * @return the role
   */
  public RoleType type() {
    return type;
  }

  /**
   * The role's own wording, e.g. "Programme Manager, Cybercrime EAP II".
   *
   * @return the role's own wording, e.g. "Programme Manager, Cybercrime EAP II"
   */
  public @Nullable String title() {
    return title;
  }

  /**
   * The project the role is for, which must exist when stored.
   *
   * @return the project the role is for, which must exist when stored
   */
  public @Nullable ProjectId project() {
    return project;
  }

  /**
   * The organisation the role is for, which must exist when stored.
   *
   * @return the organisation the role is for, which must exist when stored
   */
  public @Nullable OrganisationId organisation() {
    return organisation;
  }

  /**
   * The country served; required for a 24/7 contact point.
   *
   * @return the country served; required for a 24/7 contact point
   */
  public @Nullable CountryCode country() {
    return country;
  }

  /**
   * The first day in the role, if known.
   *
   * @return the first day in the role, if known
   */
  public @Nullable LocalDate validFrom() {
    return validFrom;
  }

  /**
   * The last day in the role; {@code null} while it lasts.
   *
   * @return the last day in the role; {@code null} while it lasts
   */
  public @Nullable LocalDate validUntil() {
    return validUntil;
  }

  /**
   * The date of the source the role was seen in ("listed as Programme Manager on 2022-03-01"), if
   * the role is known from a dated listing; see the class description for what it means without a
   * period.
   *
   * @return the day the role was seen held, or {@code null}
   * @since 0.2.0
   */
  public @Nullable LocalDate seenOn() {
    return seenOn;
  }

  /**
   * Whether the role is known only from a seen-on date: {@link #seenOn()} without either end of a
   * period.
   *
   * @return {@code true} if only the seen-on date is known
   * @since 0.2.0
   */
  public boolean isSeenOnly() {
    return seenOn != null && validFrom == null && validUntil == null;
  }

  /**
   * The unit or department the person works in for this role, e.g. {@code Cybercrime Programme
   * Office}; may differ per role.
   *
   * @return the unit, or {@code null} if not given
   * @since 0.2.0
   */
  public @Nullable String unit() {
    return unit;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RoleAssignment o
        && Objects.equals(id, o.id)
        && Objects.equals(type, o.type)
        && Objects.equals(title, o.title)
        && Objects.equals(project, o.project)
        && Objects.equals(organisation, o.organisation)
        && Objects.equals(country, o.country)
        && Objects.equals(validFrom, o.validFrom)
        && Objects.equals(validUntil, o.validUntil)
        && Objects.equals(seenOn, o.seenOn)
        && Objects.equals(unit, o.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, type, title, project, organisation, country, validFrom, validUntil, seenOn, unit);
  }

  @Override
  public String toString() {
    return "RoleAssignment[id="
        + id
        + ", type="
        + type
        + ", title="
        + title
        + ", project="
        + project
        + ", organisation="
        + organisation
        + ", country="
        + country
        + ", validFrom="
        + validFrom
        + ", validUntil="
        + validUntil
        + ", seenOn="
        + seenOn
        + ", unit="
        + unit
        + "]";
  }

  /**
   * Whether the role is held on {@code date}; open ends count as open. A role {@linkplain
   * #isSeenOnly() known only from a seen-on date} is held on that day alone: nothing says it was
   * held before or after.
   *
   * @param date the day to check
   * @return {@code true} if {@code date} lies within the validity, both ends included, or is the
   *     seen-on day of a role known only from it
   */
  public boolean isActiveOn(LocalDate date) {
    if (isSeenOnly()) {
      return date.equals(seenOn);
    }
    return (validFrom == null || !date.isBefore(validFrom))
        && (validUntil == null || !date.isAfter(validUntil));
  }

  /**
   * Returns this role ended on {@code lastDay}.
   *
   * @param lastDay the last day the role is held
   * @return a copy with {@code validUntil} set to {@code lastDay}
   * @throws org.coopkit.error.ValidationException if {@code lastDay} lies before {@code validFrom}
   */
  public RoleAssignment endedOn(LocalDate lastDay) {
    return new RoleAssignment(
        id, type, title, project, organisation, country, validFrom, lastDay, seenOn, unit);
  }

  /**
   * Starts a role assignment.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this assignment's values.
   *
   * @return a new builder; changing it leaves this assignment untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link RoleAssignment}; reusable. */
  public static final class Builder {
    private @Nullable RoleId id;
    private @Nullable RoleType type;
    private @Nullable String title;
    private @Nullable ProjectId project;
    private @Nullable OrganisationId organisation;
    private @Nullable CountryCode country;
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validUntil;
    private @Nullable LocalDate seenOn;
    private @Nullable String unit;

    private Builder() {}

    private Builder(RoleAssignment r) {
      id = r.id;
      type = r.type;
      title = r.title;
      project = r.project;
      organisation = r.organisation;
      country = r.country;
      validFrom = r.validFrom;
      validUntil = r.validUntil;
      seenOn = r.seenOn;
      unit = r.unit;
    }

    /**
     * Sets {@link RoleAssignment#id()}.
     *
     * @param id the value
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(RoleId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the role's type, the function held.
     *
     * @param type the role's type
     * @return this builder
     * @throws NullPointerException if {@code type} is null
     */
    public Builder type(RoleType type) {
      this.type = requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets {@link RoleAssignment#title()} ({@code null} for none).
     *
     * @param title the value, or {@code null} for none
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@link RoleAssignment#project()} ({@code null} for none).
     *
     * @param project the value, or {@code null} for none
     * @return this builder
     */
    public Builder project(@Nullable ProjectId project) {
      this.project = project;
      return this;
    }

    /**
     * Sets {@link RoleAssignment#organisation()} ({@code null} for none).
     *
     * @param organisation the value, or {@code null} for none
     * @return this builder
     */
    public Builder organisation(@Nullable OrganisationId organisation) {
      this.organisation = organisation;
      return this;
    }

    /**
     * Sets {@link RoleAssignment#country()} ({@code null} for none).
     *
     * @param country the value, or {@code null} for none
     * @return this builder
     */
    public Builder country(@Nullable CountryCode country) {
      this.country = country;
      return this;
    }

    /**
     * Sets {@link RoleAssignment#validFrom()} ({@code null} for none).
     *
     * @param validFrom the value, or {@code null} for none
     * @return this builder
     */
    public Builder validFrom(@Nullable LocalDate validFrom) {
      this.validFrom = validFrom;
      return this;
    }

    /**
     * Sets {@link RoleAssignment#validUntil()}.
     *
     * @param validUntil the value
     * @return this builder
     */
    public Builder validUntil(@Nullable LocalDate validUntil) {
      this.validUntil = validUntil;
      return this;
    }

    /**
     * Sets {@link RoleAssignment#seenOn()} ({@code null} for none).
     *
     * @param seenOn the value, or {@code null} for none
     * @return this builder
     * @since 0.2.0
     */
    public Builder seenOn(@Nullable LocalDate seenOn) {
      this.seenOn = seenOn;
      return this;
    }

    /**
     * Sets {@link RoleAssignment#unit()} ({@code null} for none).
     *
     * @param unit the value, or {@code null} for none
     * @return this builder
     * @since 0.2.0
     */
    public Builder unit(@Nullable String unit) {
      this.unit = unit;
      return this;
    }

    /**
     * Checks every rule at once and builds the role assignment.
     *
     * @return a new role assignment
     * @throws org.coopkit.error.ValidationException if a required value is missing or a rule is
     *     broken
     */
    public RoleAssignment build() {
      Validator v = Validator.of("RoleAssignment");
      v.required(id, "id");
      v.required(type, "type");
      v.throwIfInvalid();
      return new RoleAssignment(
          requireNonNull(id),
          requireNonNull(type),
          title,
          project,
          organisation,
          country,
          validFrom,
          validUntil,
          seenOn,
          unit);
    }
  }
}
