package org.coopkit.model.event;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.coopkit.model.ExternalId;
import org.coopkit.model.ExternallyIdentified;
import org.coopkit.model.Limits;
import org.coopkit.model.Link;
import org.coopkit.model.Linked;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Topic;
import org.coopkit.model.Versioned;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * An activity of one or more projects: a conference, a training, an advisory mission…
 *
 * <p>An event held jointly by several projects names all of them; it is still one event, and
 * reports count it once. {@code version}, {@code createdAt} and {@code updatedAt} are set by the
 * store, as for {@link org.coopkit.model.project.Project}.
 *
 * @since 0.1.0
 */
public final class Event implements Versioned, Linked, ExternallyIdentified {
  private final EventId id;
  private final List<ProjectId> projects;
  private final List<ComponentId> components;
  private final LocalizedText title;
  private final EventType type;
  private final EventStatus status;
  private final EventDates dates;
  private final EventFormat format;
  private final @Nullable Venue venue;
  private final List<Organiser> organisers;
  private final Participation participation;
  private final Set<Topic> topics;
  private final List<KeyMessage> keyMessages;
  private final @Nullable LocalizedText description;
  private final List<Link> links;
  private final @Nullable EventId partOf;
  private final @Nullable EventSeries series;
  private final List<ExternalId> externalIds;
  private final long version;
  private final Instant createdAt;
  private final Instant updatedAt;

  private Event(
      EventId id,
      List<ProjectId> projects,
      List<ComponentId> components,
      LocalizedText title,
      EventType type,
      EventStatus status,
      EventDates dates,
      EventFormat format,
      @Nullable Venue venue,
      List<Organiser> organisers,
      Participation participation,
      Set<Topic> topics,
      List<KeyMessage> keyMessages,
      @Nullable LocalizedText description,
      List<Link> links,
      @Nullable EventId partOf,
      @Nullable EventSeries series,
      List<ExternalId> externalIds,
      long version,
      Instant createdAt,
      Instant updatedAt) {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(type, "type");
    requireNonNull(status, "status");
    requireNonNull(dates, "dates");
    requireNonNull(format, "format");
    requireNonNull(participation, "participation");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    projects = ImmutableList.copyOf(projects);
    components = ImmutableList.copyOf(components);
    organisers = ImmutableList.copyOf(organisers);
    topics = ImmutableSet.copyOf(topics);
    keyMessages = ImmutableList.copyOf(keyMessages);
    links = ImmutableList.copyOf(links);
    externalIds = ImmutableList.copyOf(externalIds);

    Validator v = Validator.of("Event");
    v.check(!projects.isEmpty(), "projects", "must name at least one project", "none");
    v.checkLazily(
        title.maxLength() <= Limits.TITLE,
        "title",
        "must be at most " + Limits.TITLE + " characters long",
        () -> title.maxLength() + " characters");
    if (description != null) {
      v.checkLazily(
          description.maxLength() <= Limits.TEXT,
          "description",
          "must be at most " + Limits.TEXT + " characters long",
          () -> description.maxLength() + " characters");
    }
    v.size(projects, "projects", Limits.LIST);
    v.size(components, "components", Limits.LIST);
    v.size(organisers, "organisers", Limits.LIST);
    v.size(topics, "topics", Limits.LIST);
    v.size(keyMessages, "keyMessages", Limits.LIST);
    v.size(links, "links", Limits.LIST);
    v.size(externalIds, "externalIds", Limits.LIST);
    v.unique(externalIds, x -> x, "externalIds", "external id");
    v.check(!id.equals(partOf), "partOf", "must not be the event itself", id);
    v.unique(projects, p -> p, "projects", "project");
    v.unique(components, c -> c, "components", "component");
    v.unique(organisers, o -> o, "organisers", "organisation and role");
    v.stamps(version, createdAt, updatedAt);
    v.throwIfInvalid();
    this.id = id;
    this.projects = projects;
    this.components = components;
    this.title = title;
    this.type = type;
    this.status = status;
    this.dates = dates;
    this.format = format;
    this.venue = venue;
    this.organisers = organisers;
    this.participation = participation;
    this.topics = topics;
    this.keyMessages = keyMessages;
    this.description = description;
    this.links = links;
    this.partOf = partOf;
    this.series = series;
    this.externalIds = externalIds;
    this.version = version;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
  }

  /**
   * The event's id.
   *
   * @return the event's id
   */
  public EventId id() {
    return id;
  }

  /**
   * The projects it belongs to, at least one, each once.
   *
   * @return the projects it belongs to, at least one, each once
   */
  public List<ProjectId> projects() {
    return projects;
  }

  /**
   * The components it serves, each of one of {@code projects}.
   *
   * @return the components it serves, each of one of {@code projects}
   */
  public List<ComponentId> components() {
    return components;
  }

  /**
   * Its title.
   *
   * @return its title
   */
  public LocalizedText title() {
    return title;
  }

  /**
   * What kind of activity it is.
   *
   * @return what kind of activity it is
   */
  public EventType type() {
    return type;
  }

  /**
   * Where it stands.
   *
   * @return where it stands
   */
  public EventStatus status() {
    return status;
  }

  /**
   * When it takes place.
   *
   * @return when it takes place
   */
  public EventDates dates() {
    return dates;
  }

  /**
   * How people attend.
   *
   * @return how people attend
   */
  public EventFormat format() {
    return format;
  }

  /**
   * Where it takes place, if in person. Optional whatever the status: sources often report that an
   * event took place without saying where, and an office records what its sources give.
   *
   * @return where it takes place, or {@code null} when not known or not in person
   */
  public @Nullable Venue venue() {
    return venue;
  }

  /**
   * Organisations and their roles, each pair once.
   *
   * @return organisations and their roles, each pair once
   */
  public List<Organiser> organisers() {
    return organisers;
  }

  /**
   * Who took part.
   *
   * @return who took part
   */
  public Participation participation() {
    return participation;
  }

  /**
   * What was discussed, each once, in order.
   *
   * @return what was discussed, each once, in order
   */
  public Set<Topic> topics() {
    return topics;
  }

  /**
   * Key messages and outcomes, in order.
   *
   * @return key messages and outcomes, in order
   */
  public List<KeyMessage> keyMessages() {
    return keyMessages;
  }

  /**
   * A longer description.
   *
   * @return a longer description
   */
  public @Nullable LocalizedText description() {
    return description;
  }

  @Override
  public List<Link> links() {
    return links;
  }

  /**
   * The event this one is part of: a session of a conference, a meeting held during another event.
   * The parent exists and is not itself a part (one level: {@link org.coopkit.service.EventService}
   * checks it), and cannot be deleted while it has parts. A part's participants are taken to be
   * among its parent's: reports count them once (see {@link org.coopkit.report.Tallies}).
   *
   * @return the parent event, or {@code null} when this event stands on its own
   * @since 0.2.0
   */
  public @Nullable EventId partOf() {
    return partOf;
  }

  /**
   * The series this event is an edition of, e.g. an annual conference.
   *
   * @return the series, or {@code null} for none
   * @since 0.2.0
   */
  public @Nullable EventSeries series() {
    return series;
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
    return other instanceof Event o
        && Objects.equals(id, o.id)
        && Objects.equals(projects, o.projects)
        && Objects.equals(components, o.components)
        && Objects.equals(title, o.title)
        && Objects.equals(type, o.type)
        && Objects.equals(status, o.status)
        && Objects.equals(dates, o.dates)
        && Objects.equals(format, o.format)
        && Objects.equals(venue, o.venue)
        && Objects.equals(organisers, o.organisers)
        && Objects.equals(participation, o.participation)
        && Objects.equals(topics, o.topics)
        && Objects.equals(keyMessages, o.keyMessages)
        && Objects.equals(description, o.description)
        && Objects.equals(links, o.links)
        && Objects.equals(partOf, o.partOf)
        && Objects.equals(series, o.series)
        && Objects.equals(externalIds, o.externalIds)
        && version == o.version
        && Objects.equals(createdAt, o.createdAt)
        && Objects.equals(updatedAt, o.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        projects,
        components,
        title,
        type,
        status,
        dates,
        format,
        venue,
        organisers,
        participation,
        topics,
        keyMessages,
        description,
        links,
        partOf,
        series,
        externalIds,
        version,
        createdAt,
        updatedAt);
  }

  @Override
  public String toString() {
    return "Event[id="
        + id
        + ", projects="
        + projects
        + ", components="
        + components
        + ", title="
        + title
        + ", type="
        + type
        + ", status="
        + status
        + ", dates="
        + dates
        + ", format="
        + format
        + ", venue="
        + venue
        + ", organisers="
        + organisers
        + ", participation="
        + participation
        + ", topics="
        + topics
        + ", keyMessages="
        + keyMessages
        + ", description="
        + description
        + ", links="
        + links
        + ", partOf="
        + partOf
        + ", series="
        + series
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
   * Whether more than one project holds this event.
   *
   * @return {@code true} if two or more projects share the event
   */
  public boolean isJoint() {
    return projects.size() > 1;
  }

  /**
   * Starts an event; defaults: status scheduled, format in person, participation unknown.
   *
   * @return a new builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this event's values.
   *
   * @return a new builder; changing it leaves this event untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds an {@link Event}; reusable. Setters reject {@code null} for required values. */
  public static final class Builder
      implements Versioned.Builder<Builder>,
          Linked.Builder<Builder>,
          ExternallyIdentified.Builder<Builder> {
    private @Nullable EventId id;
    private final List<ProjectId> projects = new ArrayList<>();
    private final List<ComponentId> components = new ArrayList<>();
    private @Nullable LocalizedText title;
    private EventType type = EventType.OTHER;
    private EventStatus status = EventStatus.SCHEDULED;
    private @Nullable EventDates dates;
    private EventFormat format = EventFormat.IN_PERSON;
    private @Nullable Venue venue;
    private final List<Organiser> organisers = new ArrayList<>();
    private Participation participation = Participation.UNKNOWN;
    private final Set<Topic> topics = new LinkedHashSet<>();
    private final List<KeyMessage> keyMessages = new ArrayList<>();
    private @Nullable LocalizedText description;
    private final List<Link> links = new ArrayList<>();
    private @Nullable EventId partOf;
    private @Nullable EventSeries series;
    private final List<ExternalId> externalIds = new ArrayList<>();
    private long version;
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    private Builder() {}

    private Builder(Event e) {
      id = e.id;
      projects.addAll(e.projects);
      components.addAll(e.components);
      title = e.title;
      type = e.type;
      status = e.status;
      dates = e.dates;
      format = e.format;
      venue = e.venue;
      organisers.addAll(e.organisers);
      participation = e.participation;
      topics.addAll(e.topics);
      keyMessages.addAll(e.keyMessages);
      description = e.description;
      links.addAll(e.links);
      partOf = e.partOf;
      series = e.series;
      externalIds.addAll(e.externalIds);
      version = e.version;
      createdAt = e.createdAt;
      updatedAt = e.updatedAt;
    }

    /**
     * Sets {@link Event#id()}.
     *
     * @param id the value
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(EventId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets {@link Event#projects()}, replacing any given before; the list is copied.
     *
     * @param projects the values
     * @return this builder
     * @throws NullPointerException if {@code projects} is null
     */
    public Builder projects(List<ProjectId> projects) {
      Validator.replaceAll(this.projects, projects, "projects");
      return this;
    }

    /**
     * Appends {@code project} to the projects given so far.
     *
     * @param project the entry to append
     * @return this builder
     * @throws NullPointerException if {@code project} is null
     */
    public Builder addProject(ProjectId project) {
      projects.add(requireNonNull(project, "project"));
      return this;
    }

    /**
     * Sets {@link Event#components()}, replacing any given before; the list is copied.
     *
     * @param components the values
     * @return this builder
     * @throws NullPointerException if {@code components} is null
     */
    public Builder components(List<ComponentId> components) {
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
    public Builder addComponent(ComponentId component) {
      components.add(requireNonNull(component, "component"));
      return this;
    }

    /**
     * Sets {@link Event#title()}.
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
     * @param englishTitle the event's title in English
     * @return this builder
     * @throws org.coopkit.error.ValidationException if the text is blank or too long
     */
    public Builder title(String englishTitle) {
      return title(LocalizedText.of(englishTitle));
    }

    /**
     * Sets {@link Event#type()}.
     *
     * @param type the value
     * @return this builder
     * @throws NullPointerException if {@code type} is null
     */
    public Builder type(EventType type) {
      this.type = requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets the event's status.
     *
     * @param status where it stands
     * @return this builder
     * @throws NullPointerException if {@code status} is null
     */
    public Builder status(EventStatus status) {
      this.status = requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets the event's dates.
     *
     * @param dates when it takes place
     * @return this builder
     * @throws NullPointerException if {@code dates} is null
     */
    public Builder dates(EventDates dates) {
      this.dates = requireNonNull(dates, "dates");
      return this;
    }

    /**
     * Sets the format: how people attend.
     *
     * @param format how people attend
     * @return this builder
     * @throws NullPointerException if {@code format} is null
     */
    public Builder format(EventFormat format) {
      this.format = requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets the venue, where an in-person event takes place ({@code null} for none).
     *
     * @param venue where it takes place, if in person; {@code null} for none
     * @return this builder
     */
    public Builder venue(@Nullable Venue venue) {
      this.venue = venue;
      return this;
    }

    /**
     * Sets the organisers, organisations and their roles, each pair once, replacing any given
     * before; the list is copied.
     *
     * @param organisers organisations and their roles, each pair once
     * @return this builder
     * @throws NullPointerException if {@code organisers} is null
     */
    public Builder organisers(List<Organiser> organisers) {
      Validator.replaceAll(this.organisers, organisers, "organisers");
      return this;
    }

    /**
     * Appends {@code organiser} to the organisers given so far.
     *
     * @param organiser the entry to append
     * @return this builder
     * @throws NullPointerException if {@code organiser} is null
     */
    public Builder addOrganiser(Organiser organiser) {
      organisers.add(requireNonNull(organiser, "organiser"));
      return this;
    }

    /**
     * Sets the participation: how many took part, and from which countries.
     *
     * @param participation who took part
     * @return this builder
     * @throws NullPointerException if {@code participation} is null
     */
    public Builder participation(Participation participation) {
      this.participation = requireNonNull(participation, "participation");
      return this;
    }

    /**
     * Sets {@link Event#topics()}, replacing any given before; the list is copied.
     *
     * @param topics the values
     * @return this builder
     * @throws NullPointerException if {@code topics} is null
     */
    public Builder topics(Set<Topic> topics) {
      Validator.replaceAll(this.topics, topics, "topics");
      return this;
    }

    /**
     * Appends {@code topic} to the topics given so far.
     *
     * @param topic the entry to append
     * @return this builder
     * @throws NullPointerException if {@code topic} is null
     */
    public Builder addTopic(Topic topic) {
      topics.add(requireNonNull(topic, "topic"));
      return this;
    }

    /**
     * Sets {@link Event#keyMessages()}, replacing any given before; the list is copied.
     *
     * @param keyMessages the values
     * @return this builder
     * @throws NullPointerException if {@code keyMessages} is null
     */
    public Builder keyMessages(List<KeyMessage> keyMessages) {
      Validator.replaceAll(this.keyMessages, keyMessages, "keyMessages");
      return this;
    }

    /**
     * Appends {@code keyMessage} to the key messages given so far.
     *
     * @param keyMessage the entry to append
     * @return this builder
     * @throws NullPointerException if {@code keyMessage} is null
     */
    public Builder addKeyMessage(KeyMessage keyMessage) {
      keyMessages.add(requireNonNull(keyMessage, "keyMessage"));
      return this;
    }

    /**
     * Sets {@link Event#description()} ({@code null} for none).
     *
     * @param description the value, or {@code null} for none
     * @return this builder
     */
    public Builder description(@Nullable LocalizedText description) {
      this.description = description;
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

    /**
     * Sets {@link Event#partOf()} ({@code null} for none).
     *
     * @param partOf the parent event, or {@code null}
     * @return this builder
     * @since 0.2.0
     */
    public Builder partOf(@Nullable EventId partOf) {
      this.partOf = partOf;
      return this;
    }

    /**
     * Sets {@link Event#series()} ({@code null} for none).
     *
     * @param series the series, or {@code null}
     * @return this builder
     * @since 0.2.0
     */
    public Builder series(@Nullable EventSeries series) {
      this.series = series;
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
     * Checks every rule at once and builds the event.
     *
     * @return a new event, version 0 unless a store set it
     * @throws org.coopkit.error.ValidationException if a required value is missing or a rule is
     *     broken
     */
    public Event build() {
      Validator v = Validator.of("Event");
      v.required(id, "id");
      v.required(title, "title");
      v.required(dates, "dates");
      v.throwIfInvalid();
      return new Event(
          requireNonNull(id),
          projects,
          components,
          requireNonNull(title),
          type,
          status,
          requireNonNull(dates),
          format,
          venue,
          organisers,
          participation,
          topics,
          keyMessages,
          description,
          links,
          partOf,
          series,
          externalIds,
          version,
          createdAt,
          updatedAt);
    }
  }
}
