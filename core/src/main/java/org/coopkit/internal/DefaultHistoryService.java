package org.coopkit.internal;

import org.coopkit.history.Change;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceId;
import org.coopkit.query.Page;
import org.coopkit.service.HistoryService;
import org.jspecify.annotations.Nullable;

/** {@link HistoryService} over the storage SPI's history store. */
final class DefaultHistoryService implements HistoryService {
  private final ServiceContext context;

  DefaultHistoryService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public Page<Change> of(ProjectId id, @Nullable String after, int limit) {
    return page(Project.class, id, after, limit);
  }

  @Override
  public Page<Change> of(EventId id, @Nullable String after, int limit) {
    return page(Event.class, id, after, limit);
  }

  @Override
  public Page<Change> of(ContactId id, @Nullable String after, int limit) {
    return page(Contact.class, id, after, limit);
  }

  @Override
  public Page<Change> of(OrganisationId id, @Nullable String after, int limit) {
    return page(Organisation.class, id, after, limit);
  }

  @Override
  public Page<Change> of(SourceId id, @Nullable String after, int limit) {
    return page(Source.class, id, after, limit);
  }

  @Override
  public Page<Change> ofLogframe(ProjectId project, @Nullable String after, int limit) {
    return page(Logframe.class, project, after, limit);
  }

  @Override
  public Page<Change> of(Fact fact, @Nullable String after, int limit) {
    return page(ChangeRecorder.FACT_KIND, ChangeRecorder.factId(fact), after, limit);
  }

  private Page<Change> page(Class<?> kind, Object id, @Nullable String after, int limit) {
    return page(kind.getSimpleName(), id, after, limit);
  }

  private Page<Change> page(String name, Object id, @Nullable String after, int limit) {
    long position = HistoryPositions.position("History", after, limit);
    return context.read(
        s -> HistoryPositions.store(s).history(name, id.toString(), position, limit));
  }
}
