package org.coopkit.storage.tck;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.coopkit.model.PartialDate;
import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceId;
import org.coopkit.model.source.SourceKind;

/**
 * Sources for tests: each with a fresh id and a link of its own, so that tests need not wipe the
 * store.
 *
 * @since 0.2.0
 */
public final class SourceFixtures {
  private SourceFixtures() {}

  /**
   * A fresh source id.
   *
   * @return a new random id
   */
  public static SourceId newSourceId() {
    return SourceId.of(UUID.randomUUID());
  }

  /**
   * A link no other test uses.
   *
   * @return a new https link
   */
  public static URI uniqueLink() {
    return URI.create("https://www.example.org/reports/" + Fixtures.uniqueToken());
  }

  /**
   * A source with every field set, speaking for {@code speaksFor}.
   *
   * @param speaksFor the date it speaks for
   * @return a new, unsaved source
   */
  public static Source sourceSpeakingFor(PartialDate speaksFor) {
    return Source.builder()
        .id(newSourceId())
        .link(uniqueLink())
        .title("Final report " + Fixtures.uniqueToken())
        .publisher("Programme office")
        .kind(SourceKind.DOCUMENT)
        .speaksFor(speaksFor)
        .readOn(LocalDate.of(2025, 3, 1))
        .build();
  }

  /**
   * A source with every field set.
   *
   * @return a new, unsaved source
   */
  public static Source anySource() {
    return sourceSpeakingFor(PartialDate.ofMonth(2024, 11));
  }
}
