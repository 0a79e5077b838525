package org.coopkit.model.source;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.coopkit.model.Limits;
import org.coopkit.model.PartialDate;
import org.coopkit.model.Versioned;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.internal.WebAddresses;
import org.jspecify.annotations.Nullable;

/**
 * A document or web page that facts cite: the final report that gives an event's 93 participants,
 * the donor's record that gives a project's extended end date. One source is stored once and cited
 * by any number of facts of any aggregate (see {@link FactProvenance}).
 *
 * <pre>{@code
 * Source page = Source.builder()
 *     .id(coopkit.ids().newSourceId())
 *     .link(URI.create("https://www.example.org/project"))
 *     .title("Project page")
 *     .kind(SourceKind.WEB_PAGE)
 *     .readOn(LocalDate.of(2026, 12, 7))
 *     .build();
 * }</pre>
 *
 * @since 0.2.0
 */
public final class Source implements Versioned {
  private final SourceId id;
  private final URI link;
  private final String title;
  private final @Nullable String publisher;
  private final SourceKind kind;
  private final @Nullable PartialDate speaksFor;
  private final @Nullable LocalDate readOn;
  private final long version;
  private final Instant createdAt;
  private final Instant updatedAt;

  private Source(Builder b) {
    requireNonNull(b.id, "id");
    requireNonNull(b.link, "link");
    requireNonNull(b.title, "title");
    requireNonNull(b.kind, "kind");
    String title = Validator.normalize(b.title);
    String publisher = Validator.normalizeOrNull(b.publisher);
    Validator v = Validator.of("Source");
    WebAddresses.check(v, b.link, "link");
    v.text(title, "title", Limits.TITLE);
    v.optionalText(publisher, "publisher", Limits.NAME);
    v.day(b.readOn, "readOn");
    v.stamps(b.version, b.createdAt, b.updatedAt);
    v.throwIfInvalid();
    this.id = b.id;
    this.link = b.link;
    this.title = title;
    this.publisher = publisher;
    this.kind = b.kind;
    this.speaksFor = b.speaksFor;
    this.readOn = b.readOn;
    this.version = b.version;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
  }

  /**
   * Starts a source; id, link and title are required, the kind is {@link SourceKind#DOCUMENT}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this source's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The id.
   *
   * @return the id
   */
  public SourceId id() {
    return id;
  }

  /**
   * Where the source is read: an absolute {@code http} or {@code https} address of at most {@value
   * Limits#URI} characters, without user name or password. Several sources may share a link (one
   * page read on two dates); see {@link org.coopkit.service.SourceService#findByLink}.
   *
   * @return the link
   */
  public URI link() {
    return link;
  }

  /**
   * The title, stripped and in Unicode NFC; not blank, at most {@value Limits#TITLE} characters.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Who published it, at most {@value Limits#NAME} characters.
   *
   * @return the publisher, or {@code null} if not recorded
   */
  public @Nullable String publisher() {
    return publisher;
  }

  /**
   * What kind of document it is.
   *
   * @return the kind
   */
  public SourceKind kind() {
    return kind;
  }

  /**
   * The day, month or year the source speaks for: a report's date, a page's "last updated". The
   * rule {@link AdoptionRule#LATEST_SOURCE} compares it.
   *
   * @return the date it speaks for, or {@code null} if not known
   */
  public @Nullable PartialDate speaksFor() {
    return speaksFor;
  }

  /**
   * The day someone read it, in 1900..2200.
   *
   * @return the day it was read, or {@code null} if not recorded
   */
  public @Nullable LocalDate readOn() {
    return readOn;
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
    return other instanceof Source o
        && id.equals(o.id)
        && link.equals(o.link)
        && title.equals(o.title)
        && Objects.equals(publisher, o.publisher)
        && kind == o.kind
        && Objects.equals(speaksFor, o.speaksFor)
        && Objects.equals(readOn, o.readOn)
        && version == o.version
        && createdAt.equals(o.createdAt)
        && updatedAt.equals(o.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, link, title, publisher, kind, speaksFor, readOn, version);
  }

  /**
   * The id, link and version, for logs.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Source[" + id + ", " + link + ", v" + version + "]";
  }

  /** Builds a {@link Source}; reusable, and every setter rejects null where a value is required. */
  public static final class Builder implements Versioned.Builder<Builder> {
    private @Nullable SourceId id;
    private @Nullable URI link;
    private @Nullable String title;
    private @Nullable String publisher;
    private SourceKind kind = SourceKind.DOCUMENT;
    private @Nullable PartialDate speaksFor;
    private @Nullable LocalDate readOn;
    private long version;
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    private Builder() {}

    private Builder(Source s) {
      id = s.id;
      link = s.link;
      title = s.title;
      publisher = s.publisher;
      kind = s.kind;
      speaksFor = s.speaksFor;
      readOn = s.readOn;
      version = s.version;
      createdAt = s.createdAt;
      updatedAt = s.updatedAt;
    }

    /**
     * Sets {@link Source#id()}.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(SourceId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets {@link Source#link()}.
     *
     * @param link the address
     * @return this builder
     */
    public Builder link(URI link) {
      this.link = requireNonNull(link, "link");
      return this;
    }

    /**
     * Sets {@link Source#title()}.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets {@link Source#publisher()}.
     *
     * @param publisher the publisher, or {@code null}
     * @return this builder
     */
    public Builder publisher(@Nullable String publisher) {
      this.publisher = publisher;
      return this;
    }

    /**
     * Sets {@link Source#kind()}.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(SourceKind kind) {
      this.kind = requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets {@link Source#speaksFor()}.
     *
     * @param speaksFor the date it speaks for, or {@code null}
     * @return this builder
     */
    public Builder speaksFor(@Nullable PartialDate speaksFor) {
      this.speaksFor = speaksFor;
      return this;
    }

    /**
     * Sets {@link Source#readOn()}.
     *
     * @param readOn the day it was read, or {@code null}
     * @return this builder
     */
    public Builder readOn(@Nullable LocalDate readOn) {
      this.readOn = readOn;
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
     * Builds the source.
     *
     * @return the source
     * @throws NullPointerException if the id, link or title is missing
     * @throws org.coopkit.error.ValidationException naming each field that breaks a rule
     */
    public Source build() {
      return new Source(this);
    }
  }
}
