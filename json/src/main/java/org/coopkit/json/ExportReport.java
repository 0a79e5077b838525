package org.coopkit.json;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What {@link CoopkitJson#export} wrote: how many records of each section.
 *
 * <p>Made by {@link CoopkitJson#export}; {@link #builder()} serves a host's test doubles. A final
 * class rather than a record, so that a new section adds a count without breaking its users.
 *
 * @since 0.1.0
 */
public final class ExportReport {
  private final long organisations;
  private final long projects;
  private final long events;
  private final long contacts;
  private final long logframes;
  private final long sources;
  private final long provenance;

  private ExportReport(Builder b) {
    this.organisations = b.organisations;
    this.projects = b.projects;
    this.events = b.events;
    this.contacts = b.contacts;
    this.logframes = b.logframes;
    this.sources = b.sources;
    this.provenance = b.provenance;
  }

  /**
   * How many organisations were written.
   *
   * @return how many organisations
   */
  public long organisations() {
    return organisations;
  }

  /**
   * How many projects were written.
   *
   * @return how many projects
   */
  public long projects() {
    return projects;
  }

  /**
   * How many events were written.
   *
   * @return how many events
   */
  public long events() {
    return events;
  }

  /**
   * How many contacts were written.
   *
   * @return how many contacts
   */
  public long contacts() {
    return contacts;
  }

  /**
   * How many logframes were written.
   *
   * @return how many logframes
   * @since 0.2.0
   */
  public long logframes() {
    return logframes;
  }

  /**
   * How many sources were written.
   *
   * @return how many sources
   * @since 0.2.0
   */
  public long sources() {
    return sources;
  }

  /**
   * How many facts' provenance records were written.
   *
   * @return how many provenance records
   * @since 0.2.0
   */
  public long provenance() {
    return provenance;
  }

  /**
   * The number of aggregates written, all kinds together.
   *
   * @return the sum of the counts
   */
  public long total() {
    return organisations + projects + events + contacts + logframes + sources + provenance;
  }

  /**
   * Whether {@code other} is an ExportReport with equal counts, every one of them compared.
   *
   * @param other the object to compare with
   * @return whether {@code other} is equal to this
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ExportReport o
        && organisations == o.organisations
        && projects == o.projects
        && events == o.events
        && contacts == o.contacts
        && logframes == o.logframes
        && sources == o.sources
        && provenance == o.provenance;
  }

  /**
   * A hash of every count, consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    long[] counts = {organisations, projects, events, contacts, logframes, sources, provenance};
    return Arrays.hashCode(counts);
  }

  /**
   * The counts, for logs.
   *
   * @return the name of the type and each count
   */
  @Override
  public String toString() {
    return "ExportReport[organisations="
        + organisations
        + ", projects="
        + projects
        + ", events="
        + events
        + ", contacts="
        + contacts
        + ", logframes="
        + logframes
        + ", sources="
        + sources
        + ", provenance="
        + provenance
        + "]";
  }

  /**
   * Starts a report; every count is 0 until set.
   *
   * @return a new builder
   * @since 0.2.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this report's counts.
   *
   * @return a new builder; changing it leaves this report untouched
   * @since 0.2.0
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builds an {@link ExportReport}; reusable. Each setter sets the count of the accessor of the
   * same name.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private long organisations;
    private long projects;
    private long events;
    private long contacts;
    private long logframes;
    private long sources;
    private long provenance;

    private Builder() {}

    private Builder(ExportReport r) {
      organisations = r.organisations;
      projects = r.projects;
      events = r.events;
      contacts = r.contacts;
      logframes = r.logframes;
      sources = r.sources;
      provenance = r.provenance;
    }

    /**
     * Sets {@link ExportReport#organisations()}.
     *
     * @param organisations how many organisations
     * @return this builder
     */
    public Builder organisations(long organisations) {
      this.organisations = organisations;
      return this;
    }

    /**
     * Sets {@link ExportReport#projects()}.
     *
     * @param projects how many projects
     * @return this builder
     */
    public Builder projects(long projects) {
      this.projects = projects;
      return this;
    }

    /**
     * Sets {@link ExportReport#events()}.
     *
     * @param events how many events
     * @return this builder
     */
    public Builder events(long events) {
      this.events = events;
      return this;
    }

    /**
     * Sets {@link ExportReport#contacts()}.
     *
     * @param contacts how many contacts
     * @return this builder
     */
    public Builder contacts(long contacts) {
      this.contacts = contacts;
      return this;
    }

    /**
     * Sets {@link ExportReport#logframes()}.
     *
     * @param logframes how many logframes
     * @return this builder
     */
    public Builder logframes(long logframes) {
      this.logframes = logframes;
      return this;
    }

    /**
     * Sets {@link ExportReport#sources()}.
     *
     * @param sources how many sources
     * @return this builder
     */
    public Builder sources(long sources) {
      this.sources = sources;
      return this;
    }

    /**
     * Sets {@link ExportReport#provenance()}.
     *
     * @param provenance how many provenance records
     * @return this builder
     */
    public Builder provenance(long provenance) {
      this.provenance = provenance;
      return this;
    }

    /**
     * Builds the report.
     *
     * @return a new report with the counts set
     */
    public ExportReport build() {
      return new ExportReport(this);
    }
  }
}
