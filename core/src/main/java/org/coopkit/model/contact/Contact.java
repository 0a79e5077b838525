package org.coopkit.model.contact;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.ExternalId;
import org.coopkit.model.ExternallyIdentified;
import org.coopkit.model.Limits;
import org.coopkit.model.PersonalData;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.Versioned;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A person the programme office works with: secretariat staff, experts, focal points, 24/7 contact
 * points.
 *
 * <p>The person's names, e-mail addresses and phone numbers are personal data (marked {@link
 * PersonalData}): {@link #toString()} and validation messages never show them. Roles carry validity
 * periods; a change of role ends one assignment and adds another, so history stays.
 *
 * <p>A position whose holder's name is not public (a vacant post, or a "Programme Manager" a source
 * lists without a name) is a contact with {@link #nameWithheld()}: its names read {@link
 * #WITHHELD_NAME}, no name search finds it, and its roles, organisation and unit work as any
 * contact's (searches by role, project, country or organisation find it; export and erasure treat
 * it as any contact). Since 0.2.0.
 *
 * @since 0.1.0
 */
public final class Contact implements Versioned, ExternallyIdentified {
  private final ContactId id;
  private final String displayName;
  private final String sortName;
  private final @Nullable String honorific;
  private final @Nullable String jobTitle;
  private final @Nullable OrganisationId organisation;
  private final @Nullable String unit;
  private final List<EmailAddress> emails;
  private final List<PhoneNumber> phones;
  private final List<String> languages;
  private final Visibility visibility;
  private final List<RoleAssignment> roles;
  private final List<ExternalId> externalIds;
  private final boolean nameWithheld;
  private final long version;
  private final Instant createdAt;
  private final Instant updatedAt;

  /** What a contact reads as after {@code erase}: the person is gone, the roles remain. */
  public static final String ERASED_NAME = "(erased)";

  /**
   * What a contact whose name is not public reads as, in {@link #displayName()} and {@link
   * #sortName()}.
   *
   * @since 0.2.0
   */
  public static final String WITHHELD_NAME = "(name not public)";

  private Contact(
      ContactId id,
      String displayName,
      String sortName,
      @Nullable String honorific,
      @Nullable String jobTitle,
      @Nullable OrganisationId organisation,
      @Nullable String unit,
      List<EmailAddress> emails,
      List<PhoneNumber> phones,
      List<String> languages,
      Visibility visibility,
      List<RoleAssignment> roles,
      List<ExternalId> externalIds,
      boolean nameWithheld,
      long version,
      Instant createdAt,
      Instant updatedAt) {
    requireNonNull(id, "id");
    requireNonNull(displayName, "displayName");
    requireNonNull(sortName, "sortName");
    requireNonNull(visibility, "visibility");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    displayName = Validator.normalize(displayName);
    sortName = Validator.normalize(sortName);
    honorific = Validator.normalizeOrNull(honorific);
    jobTitle = Validator.normalizeOrNull(jobTitle);
    unit = Validator.normalizeOrNull(unit);
    emails = ImmutableList.copyOf(emails);
    phones = ImmutableList.copyOf(phones);
    languages =
        languages.stream().map(Contact::normalizeTag).collect(ImmutableList.toImmutableList());
    roles = ImmutableList.copyOf(roles);
    externalIds = ImmutableList.copyOf(externalIds);

    Validator v = Validator.of("Contact");
    personalText(v, displayName, "displayName");
    personalText(v, sortName, "sortName");
    v.optionalText(honorific, "honorific", Limits.CODE);
    v.optionalText(jobTitle, "jobTitle", Limits.TITLE);
    v.optionalText(unit, "unit", Limits.NAME);
    v.size(emails, "emails", Limits.LIST);
    v.size(phones, "phones", Limits.LIST);
    v.size(languages, "languages", Limits.LANGUAGES);
    v.size(roles, "roles", Limits.LIST);
    v.size(externalIds, "externalIds", Limits.LIST);
    v.checkPersonal(
        new HashSet<>(externalIds).size() == externalIds.size(),
        "externalIds",
        "must not repeat an identifier");
    v.checkPersonal(
        new HashSet<>(emails).size() == emails.size(), "emails", "must not repeat an address");
    v.checkPersonal(
        new HashSet<>(phones).size() == phones.size(), "phones", "must not repeat a number");
    for (int i = 0; i < languages.size(); i++) {
      String tag = languages.get(i);
      v.check(
          !tag.isEmpty() && !tag.equals("und"),
          "languages[" + i + "]",
          "must be a BCP 47 language tag",
          tag);
    }
    v.check(
        new HashSet<>(languages).size() == languages.size(),
        "languages",
        "must not repeat a language",
        languages);
    Set<RoleId> roleIds = new HashSet<>();
    for (int i = 0; i < roles.size(); i++) {
      v.check(
          roleIds.add(roles.get(i).id()),
          "roles[" + i + "].id",
          "must not repeat a role id",
          roles.get(i).id());
    }
    v.stamps(version, createdAt, updatedAt);
    v.throwIfInvalid();
    this.id = id;
    this.displayName = displayName;
    this.sortName = sortName;
    this.honorific = honorific;
    this.jobTitle = jobTitle;
    this.organisation = organisation;
    this.unit = unit;
    this.emails = emails;
    this.phones = phones;
    this.languages = languages;
    this.visibility = visibility;
    this.roles = roles;
    this.externalIds = externalIds;
    this.nameWithheld = nameWithheld;
    this.version = version;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
  }

  /**
   * The contact's id.
   *
   * @return the contact's id
   */
  public ContactId id() {
    return id;
  }

  /**
   * The name as shown, in any script, e.g. {@code Céline Dewaele}.
   *
   * @return the name as shown, in any script, e.g. {@code Céline Dewaele}
   */
  @PersonalData
  public String displayName() {
    return displayName;
  }

  /**
   * The name as sorted and searched, e.g. {@code Dewaele, Céline}.
   *
   * @return the name as sorted and searched, e.g. {@code Dewaele, Céline}
   */
  @PersonalData
  public String sortName() {
    return sortName;
  }

  /**
   * E.g. {@code Ms}, {@code Dr}.
   *
   * @return e.g. {@code Ms}, {@code Dr}
   */
  public @Nullable String honorific() {
    return honorific;
  }

  /**
   * The person's job title.
   *
   * @return the person's job title
   */
  public @Nullable String jobTitle() {
    return jobTitle;
  }

  /**
   * The employer, which must exist when stored.
   *
   * @return the employer, which must exist when stored
   */
  public @Nullable OrganisationId organisation() {
    return organisation;
  }

  /**
   * The unit inside it, e.g. {@code T-CY Secretariat}.
   *
   * @return the unit inside it, e.g. {@code T-CY Secretariat}
   */
  public @Nullable String unit() {
    return unit;
  }

  /**
   * E-mail addresses, each once.
   *
   * @return e-mail addresses, each once
   */
  @PersonalData
  public List<EmailAddress> emails() {
    return emails;
  }

  /**
   * Phone numbers, each once.
   *
   * @return phone numbers, each once
   */
  @PersonalData
  public List<PhoneNumber> phones() {
    return phones;
  }

  /**
   * Languages spoken, as BCP 47 tags, each once.
   *
   * @return languages spoken, as BCP 47 tags, each once
   */
  public List<String> languages() {
    return languages;
  }

  /**
   * Whether the contact may appear in public directories.
   *
   * @return whether the contact may appear in public directories
   */
  public Visibility visibility() {
    return visibility;
  }

  /**
   * Role assignments, current and past; ids unique.
   *
   * @return role assignments, current and past; ids unique
   */
  public List<RoleAssignment> roles() {
    return roles;
  }

  /**
   * Identifiers of the person in other systems, e.g. a staff number or an entry in a donor's
   * directory; each once. They identify the person: {@code ContactService.erase} removes them.
   *
   * @return the identifiers, possibly empty
   * @since 0.2.0
   */
  @Override
  @PersonalData
  public List<ExternalId> externalIds() {
    return externalIds;
  }

  /**
   * Whether the person's name is not public: the contact records a position (a role, a unit, an
   * organisation) whose holder is unnamed or vacant. Its names then read {@link #WITHHELD_NAME}.
   *
   * @return {@code true} if the holder's name is not known or not to be shown
   * @since 0.2.0
   */
  public boolean nameWithheld() {
    return nameWithheld;
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
    return other instanceof Contact o
        && Objects.equals(id, o.id)
        && Objects.equals(displayName, o.displayName)
        && Objects.equals(sortName, o.sortName)
        && Objects.equals(honorific, o.honorific)
        && Objects.equals(jobTitle, o.jobTitle)
        && Objects.equals(organisation, o.organisation)
        && Objects.equals(unit, o.unit)
        && Objects.equals(emails, o.emails)
        && Objects.equals(phones, o.phones)
        && Objects.equals(languages, o.languages)
        && Objects.equals(visibility, o.visibility)
        && Objects.equals(roles, o.roles)
        && Objects.equals(externalIds, o.externalIds)
        && nameWithheld == o.nameWithheld
        && version == o.version
        && Objects.equals(createdAt, o.createdAt)
        && Objects.equals(updatedAt, o.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        displayName,
        sortName,
        honorific,
        jobTitle,
        organisation,
        unit,
        emails,
        phones,
        languages,
        visibility,
        roles,
        externalIds,
        nameWithheld,
        version,
        createdAt,
        updatedAt);
  }

  private static void personalText(Validator v, String value, String path) {
    if (v.checkPersonal(!Validator.showsNothing(value), path, "must not be blank")) {
      v.checkPersonal(
          value.length() <= Limits.NAME,
          path,
          "must be at most " + Limits.NAME + " characters long");
      v.checkPersonal(
          value.codePoints().noneMatch(Character::isISOControl),
          path,
          "must not contain control characters");
      v.checkPersonal(
          value.codePoints().noneMatch(Validator::isBidiControl),
          path,
          "must not contain bidirectional embedding or override characters");
      v.checkPersonal(
          Validator.isWellFormed(value), path, "must be well-formed Unicode (no lone surrogate)");
    }
  }

  private static String normalizeTag(String tag) {
    try {
      return new Locale.Builder().setLanguageTag(tag.strip()).build().toLanguageTag();
    } catch (IllformedLocaleException e) {
      return ""; // reported as a violation with the index
    }
  }

  /**
   * The roles held on {@code date}.
   *
   * @param date the day to look at
   * @return the roles whose validity includes {@code date}, in the contact's order
   */
  public List<RoleAssignment> rolesOn(LocalDate date) {
    return roles.stream().filter(r -> r.isActiveOn(date)).collect(ImmutableList.toImmutableList());
  }

  /** Shows the id, visibility and number of roles; never the person's names or details. */
  @Override
  public String toString() {
    return "Contact[id="
        + id
        + ", visibility="
        + visibility
        + ", roles="
        + roles.size()
        + ", nameWithheld="
        + nameWithheld
        + ", version="
        + version
        + "]";
  }

  /**
   * Starts a contact; visibility defaults to {@link Visibility#INTERNAL}.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this contact's values.
   *
   * @return a new builder; changing it leaves this contact untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link Contact}; reusable. The sort name defaults to the display name. */
  public static final class Builder
      implements Versioned.Builder<Builder>, ExternallyIdentified.Builder<Builder> {
    private @Nullable ContactId id;
    private @Nullable String displayName;
    private @Nullable String sortName;
    private @Nullable String honorific;
    private @Nullable String jobTitle;
    private @Nullable OrganisationId organisation;
    private @Nullable String unit;
    private final List<EmailAddress> emails = new ArrayList<>();
    private final List<PhoneNumber> phones = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();
    private Visibility visibility = Visibility.INTERNAL;
    private final List<RoleAssignment> roles = new ArrayList<>();
    private final List<ExternalId> externalIds = new ArrayList<>();
    private boolean nameWithheld;
    private long version;
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    private Builder() {}

    private Builder(Contact c) {
      id = c.id;
      displayName = c.displayName;
      sortName = c.sortName;
      honorific = c.honorific;
      jobTitle = c.jobTitle;
      organisation = c.organisation;
      unit = c.unit;
      emails.addAll(c.emails);
      phones.addAll(c.phones);
      languages.addAll(c.languages);
      visibility = c.visibility;
      roles.addAll(c.roles);
      externalIds.addAll(c.externalIds);
      nameWithheld = c.nameWithheld;
      version = c.version;
      createdAt = c.createdAt;
      updatedAt = c.updatedAt;
    }

    /**
     * Sets {@link Contact#id()}.
     *
     * @param id the value
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(ContactId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the name as shown, in any script, e.g. {@code Céline Dewaele}.
     *
     * @param displayName the name as shown, in any script, e.g. {@code Céline Dewaele}
     * @return this builder
     * @throws NullPointerException if {@code displayName} is null
     */
    public Builder displayName(String displayName) {
      this.displayName = requireNonNull(displayName, "displayName");
      return this;
    }

    /**
     * Sets the name as sorted and searched, e.g. {@code Dewaele, Céline}.
     *
     * @param sortName the name as sorted and searched, e.g. {@code Dewaele, Céline}
     * @return this builder
     * @throws NullPointerException if {@code sortName} is null
     */
    public Builder sortName(String sortName) {
      this.sortName = requireNonNull(sortName, "sortName");
      return this;
    }

    /**
     * Sets the honorific, e.g. {@code Ms} or {@code Dr} ({@code null} for none).
     *
     * @param honorific e.g. {@code Ms}, {@code Dr}; {@code null} for none
     * @return this builder
     */
    public Builder honorific(@Nullable String honorific) {
      this.honorific = honorific;
      return this;
    }

    /**
     * Sets {@link Contact#jobTitle()} ({@code null} for none).
     *
     * @param jobTitle the value, or {@code null} for none
     * @return this builder
     */
    public Builder jobTitle(@Nullable String jobTitle) {
      this.jobTitle = jobTitle;
      return this;
    }

    /**
     * Sets {@link Contact#organisation()} ({@code null} for none).
     *
     * @param organisation the value, or {@code null} for none
     * @return this builder
     */
    public Builder organisation(@Nullable OrganisationId organisation) {
      this.organisation = organisation;
      return this;
    }

    /**
     * Sets {@link Contact#unit()} ({@code null} for none).
     *
     * @param unit the value, or {@code null} for none
     * @return this builder
     */
    public Builder unit(@Nullable String unit) {
      this.unit = unit;
      return this;
    }

    /**
     * Sets e-mail addresses, each once, replacing any given before; the list is copied.
     *
     * @param emails e-mail addresses, each once
     * @return this builder
     * @throws NullPointerException if {@code emails} is null
     */
    public Builder emails(List<EmailAddress> emails) {
      Validator.replaceAll(this.emails, emails, "emails");
      return this;
    }

    /**
     * Appends {@code email} to the emails given so far.
     *
     * @param email the entry to append
     * @return this builder
     * @throws NullPointerException if {@code email} is null
     */
    public Builder addEmail(EmailAddress email) {
      emails.add(requireNonNull(email, "email"));
      return this;
    }

    /**
     * Sets phone numbers, each once, replacing any given before; the list is copied.
     *
     * @param phones phone numbers, each once
     * @return this builder
     * @throws NullPointerException if {@code phones} is null
     */
    public Builder phones(List<PhoneNumber> phones) {
      Validator.replaceAll(this.phones, phones, "phones");
      return this;
    }

    /**
     * Appends {@code phone} to the phones given so far.
     *
     * @param phone the entry to append
     * @return this builder
     * @throws NullPointerException if {@code phone} is null
     */
    public Builder addPhone(PhoneNumber phone) {
      phones.add(requireNonNull(phone, "phone"));
      return this;
    }

    /**
     * Sets {@link Contact#languages()}, replacing any given before; the list is copied.
     *
     * @param languages the values
     * @return this builder
     * @throws NullPointerException if {@code languages} is null
     */
    public Builder languages(List<String> languages) {
      Validator.replaceAll(this.languages, languages, "languages");
      return this;
    }

    /**
     * Appends {@code languageTag} to the languages given so far.
     *
     * @param languageTag the entry to append
     * @return this builder
     * @throws NullPointerException if {@code languageTag} is null
     */
    public Builder addLanguage(String languageTag) {
      languages.add(requireNonNull(languageTag, "languageTag"));
      return this;
    }

    /**
     * Sets {@link Contact#visibility()}.
     *
     * @param visibility the value
     * @return this builder
     * @throws NullPointerException if {@code visibility} is null
     */
    public Builder visibility(Visibility visibility) {
      this.visibility = requireNonNull(visibility, "visibility");
      return this;
    }

    /**
     * Sets {@link Contact#roles()}, replacing any given before; the list is copied.
     *
     * @param roles the values
     * @return this builder
     * @throws NullPointerException if {@code roles} is null
     */
    public Builder roles(List<RoleAssignment> roles) {
      Validator.replaceAll(this.roles, roles, "roles");
      return this;
    }

    /**
     * Appends {@code role} to the roles given so far.
     *
     * @param role the entry to append
     * @return this builder
     * @throws NullPointerException if {@code role} is null
     */
    public Builder addRole(RoleAssignment role) {
      roles.add(requireNonNull(role, "role"));
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

    /**
     * Sets {@link Contact#nameWithheld()}. While set, {@link #build()} needs no display name and
     * replaces both names with {@link Contact#WITHHELD_NAME}: a name given is dropped, never
     * stored.
     *
     * @param nameWithheld {@code true} for a position whose holder's name is not public
     * @return this builder
     * @since 0.2.0
     */
    public Builder nameWithheld(boolean nameWithheld) {
      this.nameWithheld = nameWithheld;
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
     * Checks every rule at once and builds the contact.
     *
     * @return a new contact, version 0 unless a store set it
     * @throws org.coopkit.error.ValidationException if a required value is missing or a rule is
     *     broken
     */
    public Contact build() {
      Validator v = Validator.of("Contact");
      v.required(id, "id");
      if (!nameWithheld) {
        v.required(displayName, "displayName");
      }
      v.throwIfInvalid();
      String name = nameWithheld ? WITHHELD_NAME : requireNonNull(displayName);
      String sorted = nameWithheld || sortName == null ? name : sortName;
      return new Contact(
          requireNonNull(id),
          name,
          sorted,
          honorific,
          jobTitle,
          organisation,
          unit,
          emails,
          phones,
          languages,
          visibility,
          roles,
          externalIds,
          nameWithheld,
          version,
          createdAt,
          updatedAt);
    }
  }
}
