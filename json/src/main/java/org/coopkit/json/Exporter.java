package org.coopkit.json;

import com.google.common.collect.Iterables;
import com.google.common.collect.Iterators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import org.coopkit.Coopkit;
import org.coopkit.model.event.Event;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.FactQuery;
import org.coopkit.query.LogframeQuery;
import org.coopkit.query.Paging;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.SourceQuery;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a data set as one document, streaming: each kind of aggregate is walked through its
 * service's keyset pages of {@value Paging#MAX_LIMIT}, and each aggregate is written as soon as its
 * page arrives, so memory holds one page (per organisation level), whatever the data set's size.
 *
 * <p>Sections come in the order the importer needs: organisations (parents before units), projects
 * (by code), events (by first day; the parts of other events after all the others, so that each
 * part follows its parent, and only the parts are held in memory), contacts (by sort name),
 * logframes (by project id), which refer to projects and events, then sources (by id) and the
 * provenance of facts (by fact), which refer to all of them.
 */
final class Exporter {
  static final String FORMAT = "coopkit/1";

  private Exporter() {}

  static ExportReport export(Coopkit coopkit, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);

    g.writeName("organisations");
    g.writeStartArray();
    long organisations =
        OrganisationLevels.walk(coopkit.organisations(), o -> OrganisationJson.write(g, o));
    g.writeEndArray();

    long projects =
        section(
            g,
            "projects",
            PagedResultIterator.of(
                ProjectQuery.builder().limit(Paging.MAX_LIMIT).build(),
                coopkit.projects()::search,
                ProjectQuery::after),
            ProjectJson::write);
    List<Event> parts = new ArrayList<>();
    Iterator<Event> standalone =
        Iterators.filter(
            PagedResultIterator.of(
                EventQuery.builder().limit(Paging.MAX_LIMIT).build(),
                coopkit.events()::search,
                EventQuery::after),
            e -> {
              if (e.partOf() == null) {
                return true;
              }
              parts.add(e);
              return false;
            });
    long events =
        section(
            g, "events", Iterables.concat(() -> standalone, parts).iterator(), EventJson::write);
    long contacts =
        section(
            g,
            "contacts",
            PagedResultIterator.of(
                ContactQuery.builder().limit(Paging.MAX_LIMIT).build(),
                coopkit.contacts()::search,
                ContactQuery::after),
            ContactJson::write);
    long logframes =
        section(
            g,
            "logframes",
            keepsResults(coopkit)
                ? PagedResultIterator.of(
                    LogframeQuery.builder().limit(Paging.MAX_LIMIT).build(),
                    coopkit.results()::search,
                    LogframeQuery::after)
                : Collections.emptyIterator(),
            LogframeJson::write);
    // After every aggregate: provenance refers to aggregates and sources. A storage that keeps
    // none (an adapter older than 0.2.0) has no such sections.
    Written provenance = new Written(0, 0);
    if (keeps(() -> coopkit.sources().list(SourceQuery.builder().limit(1).build()))
        && keeps(() -> coopkit.provenance().search(FactQuery.builder().limit(1).build()))) {
      provenance = provenance(g, coopkit);
    }

    g.writeEndObject();
    return ExportReport.builder()
        .organisations(organisations)
        .projects(projects)
        .events(events)
        .contacts(contacts)
        .logframes(logframes)
        .sources(provenance.sources())
        .provenance(provenance.facts())
        .build();
  }

  /** Whether the storage keeps logframes: one written before 0.2.0 has an empty section. */
  private static boolean keepsResults(Coopkit coopkit) {
    try {
      coopkit.results().search(LogframeQuery.builder().limit(1).build());
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  private static boolean keeps(Runnable read) {
    try {
      read.run();
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  /** How many sources, and how many facts' provenance, a document holds. */
  private record Written(long sources, long facts) {}

  /** Writes the sources and the facts' provenance; says how many of each. */
  private static Written provenance(JsonGenerator g, Coopkit coopkit) {
    long sources =
        section(
            g,
            "sources",
            PagedResultIterator.of(
                SourceQuery.builder().limit(Paging.MAX_LIMIT).build(),
                coopkit.sources()::list,
                SourceQuery::after),
            SourceJson::write);
    long facts =
        section(
            g,
            "provenance",
            PagedResultIterator.of(
                FactQuery.builder().limit(Paging.MAX_LIMIT).build(),
                coopkit.provenance()::search,
                FactQuery::after),
            ProvenanceJson::write);
    return new Written(sources, facts);
  }

  private static <T> long section(
      JsonGenerator g, String name, Iterator<T> items, BiConsumer<JsonGenerator, T> writer) {
    g.writeName(name);
    g.writeStartArray();
    long count = 0;
    while (items.hasNext()) {
      writer.accept(g, items.next());
      count++;
    }
    g.writeEndArray();
    return count;
  }
}
