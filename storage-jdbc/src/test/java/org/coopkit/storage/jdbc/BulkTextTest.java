package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.spi.TransactionMode;
import org.coopkit.storage.tck.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text and values that a bulk insert must carry unchanged: on PostgreSQL {@link
 * JdbcStorage#insertEvents} writes by COPY, whose text format escapes some characters, so every
 * awkward one is stored both ways, by COPY and by the single insert, and must read back the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkTextTest {
  /** Characters COPY's text and CSV formats treat specially, and text beyond the BMP. */
  private static final List<String> AWKWARD =
      List.of(
          "back\\slash \\N \\. \\\\ end\\",
          "tab\there\tand\tthere",
          "line\nfeed and carriage\r\nreturn\r",
          "quotes \" and ' and \"\" and ''",
          "comma, semicolon; pipe | NULL null \\N",
          "4-byte: \uD83D\uDE00 \uD834\uDD1E \uD840\uDC00 emoji 👩‍👩‍👧",
          "accents é ü ñ, CJK 漢字, Arabic العربية, Devanagari हिन्दी",
          "\\",
          "\t",
          " leading and trailing spaces ");

  private final SchemaPerDatabase schemas = new SchemaPerDatabase();

  @AfterAll
  void dropSchemas() {
    schemas.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void awkwardTextAndTimestampsReadBackAsTheSingleInsertStoresThem(Database database) {
    // given
    JdbcStorage storage = schemas.storage(database);
    Project project = ManyEvents.project();
    Organisation organisation = ManyEvents.organisation();
    storage.inTransaction(
        s -> {
          s.organisations().insert(organisation);
          s.projects().insert(project);
          return null;
        });
    List<Event> originals = new ArrayList<>();
    List<Event> seeds = new ManyEvents(7, List.of(project), List.of(organisation)).next(40);
    for (int i = 0; i < seeds.size(); i++) {
      String text = AWKWARD.get(i % AWKWARD.size());
      Event.Builder event =
          seeds.get(i).toBuilder()
              .title(LocalizedText.of(Map.of("en", "title " + text, "el", text + " τίτλος")))
              .venue(Venue.of("city " + text, ManyEvents.country(i % ManyEvents.COUNTRIES)))
              .addTopic(Topic.of("topic " + text.strip()))
              .addKeyMessage(KeyMessage.outcome("message " + text))
              .createdAt(Instant.parse("2024-02-29T23:59:59.999999Z"))
              .updatedAt(Instant.parse("2024-03-01T00:00:00Z").plusNanos(1_000L * i));
      if (i % 2 == 0) {
        event.description(LocalizedText.of("de", "Beschreibung " + text));
      }
      originals.add(event.build());
    }
    List<Event> copies =
        originals.stream().map(e -> e.toBuilder().id(Fixtures.newEventId()).build()).toList();

    // when
    storage.insertEvents(copies);
    storage.inTransaction(
        s -> {
          originals.forEach(s.events()::insert);
          return null;
        });

    // then
    for (int i = 0; i < originals.size(); i++) {
      Event original = originals.get(i);
      Event copy = copies.get(i);
      Event singly =
          storage.inTransaction(
              TransactionMode.READ_ONLY, s -> s.events().get(original.id()).orElseThrow());
      Event inBulk =
          storage.inTransaction(
              TransactionMode.READ_ONLY, s -> s.events().get(copy.id()).orElseThrow());
      assertThat(inBulk).isEqualTo(copy);
      assertThat(inBulk.toBuilder().id(original.id()).build()).isEqualTo(singly);
    }
  }
}
