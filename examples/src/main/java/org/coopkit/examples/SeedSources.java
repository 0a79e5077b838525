package org.coopkit.examples;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.coopkit.Coopkit;
import org.coopkit.model.PartialDate;
import org.coopkit.model.event.Event;
import org.coopkit.model.project.Project;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactPath;
import org.coopkit.model.source.ReportedValue;
import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceKind;

/**
 * Where the seed project's facts come from: the project's public page, cited by the facts taken
 * from it, and, to show a conflict kept, a news item that gave a rounder figure for the Baku
 * conference. The news item is illustrative, made up for the example; the page is real.
 */
public final class SeedSources {
  /** The project page the seed's facts come from. */
  public static final URI PAGE =
      URI.create("https://www.coe.int/en/web/cybercrime/cybercrime-eap-ii");

  /** Who adopts the conference's figure in the example. */
  static final String EDITOR = "seed example";

  private SeedSources() {}

  /** What was stored. */
  public record Stored(Source page, Source newsItem) {}

  /**
   * Stores the sources and makes the project's and the conference's facts cite them; the
   * conference's total keeps both reports, the page's 93 adopted.
   */
  public static Stored record(Coopkit coopkit, Project project, Event conference) {
    Source page =
        coopkit
            .sources()
            .create(
                Source.builder()
                    .id(coopkit.ids().newSourceId())
                    .link(PAGE)
                    .title("Cybercrime EAP II")
                    .publisher("Council of Europe")
                    .kind(SourceKind.WEB_PAGE)
                    .readOn(LocalDate.of(2024, 5, 14))
                    .build());
    Source newsItem =
        coopkit
            .sources()
            .create(
                Source.builder()
                    .id(coopkit.ids().newSourceId())
                    .link(URI.create("https://news.example.org/baku-cybercrime-conference"))
                    .title(
                        "Illustrative news item on the Baku conference (made up for the example)")
                    .kind(SourceKind.NEWS_ITEM)
                    .speaksFor(PartialDate.of(2017, 10, 9))
                    .build());
    for (String path : List.of("title", "frameworks", "countries", "components")) {
      coopkit.provenance().cite(Fact.of(project.id(), FactPath.of(path)), List.of(page.id()));
    }
    for (String path : List.of("dates", "venue", "organisers", "participation.countries")) {
      coopkit.provenance().cite(Fact.of(conference.id(), FactPath.of(path)), List.of(page.id()));
    }
    Fact total = Fact.of(conference.id(), FactPath.PARTICIPATION_TOTAL);
    coopkit
        .provenance()
        .report(
            total,
            ReportedValue.builder()
                .value("90")
                .approximate(true)
                .note("some 90 participants, on the opening day")
                .source(newsItem.id())
                .build());
    coopkit.provenance().report(total, ReportedValue.of("93", List.of(page.id())));
    coopkit.actingAs(
        EDITOR,
        () ->
            coopkit
                .provenance()
                .adopt(total, "93", "the project page gives the count after the conference"));
    return new Stored(page, newsItem);
  }
}
