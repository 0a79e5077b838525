package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coopkit.Coopkit;
import org.coopkit.model.event.Event;
import org.coopkit.model.project.Project;
import org.coopkit.model.result.Logframe;
import org.coopkit.query.LogframeQuery;
import org.coopkit.query.Page;
import org.coopkit.spi.TransactionMode;
import org.coopkit.storage.jdbc.StatementCounter.Counted;
import org.coopkit.storage.tck.Fixtures;
import org.coopkit.storage.tck.ResultFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How many statements the reads of many aggregates take: a page of logframes in as many statements
 * however many logframes it holds. Counted rather than timed, so that a busy machine cannot make
 * them pass or fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadStatementsTest {
  private static final int MANY = 20;

  private final SchemaPerDatabase schemas = new SchemaPerDatabase();
  private final StatementCounter counter = new StatementCounter();
  private final Map<Database, JdbcStorage> counted = new EnumMap<>(Database.class);

  @AfterAll
  void closeSchemas() {
    counted.values().forEach(JdbcStorage::close);
    schemas.close();
  }

  /** A storage on {@code database}'s schema whose statements {@link #counter} counts. */
  private JdbcStorage storage(Database database) {
    return counted.computeIfAbsent(
        database,
        d -> {
          schemas.storage(d);
          return JdbcStorage.create(counter.wrap(schemas.schema(d).dataSource()));
        });
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aPageOfLogframesTakesAsManyStatementsWhateverItsSize(Database database) {
    // given
    JdbcStorage storage = storage(database);
    Coopkit coopkit = Coopkit.builder().storage(storage).build();
    List<Logframe> defined = new ArrayList<>();
    for (int i = 0; i < MANY; i++) {
      Project project = coopkit.projects().create(Fixtures.projectWithComponents(2));
      Event event = coopkit.events().create(Fixtures.eventOf(project.id()));
      defined.add(
          coopkit
              .results()
              .define(ResultFixtures.fullyPopulatedLogframe(project, List.of(event.id()))));
    }
    defined.sort(Comparator.comparing(Logframe::id));

    // when
    Counted<Page<Logframe>> two = counter.count(() -> logframes(storage, 2));
    Counted<Page<Logframe>> many = counter.count(() -> logframes(storage, MANY));
    Counted<Logframe> one =
        counter.count(
            () ->
                storage.inTransaction(
                    TransactionMode.READ_ONLY,
                    s -> s.results().get(two.result().items().get(0).id()).orElseThrow()));

    // then
    assertThat(many.result().items()).isEqualTo(defined);
    assertThat(two.result().items()).isEqualTo(defined.subList(0, 2));
    assertThat(one.result()).isEqualTo(two.result().items().get(0));
    assertThat(many.statements())
        .as("statements of a page of %d logframes, against %d for a page of 2", MANY, 2)
        .isEqualTo(two.statements());
    assertThat(one.statements()).as("statements of one logframe").isEqualTo(two.statements());
  }

  private static Page<Logframe> logframes(JdbcStorage storage, int limit) {
    return storage.inTransaction(
        TransactionMode.READ_ONLY,
        s -> s.results().find(LogframeQuery.builder().limit(limit).build()));
  }
}
