package org.coopkit.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.internal.ValidationAssertions.violation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopkit.internal.RandomModelValues;
import org.coopkit.internal.SeedOnFailure;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Limits;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Properties of random events. Each repetition draws from Instancio's seeded random; a failing
 * repetition names its seed in the failure message, and {@code @Seed(n)} on the method replays it.
 */
@ExtendWith({InstancioExtension.class, SeedOnFailure.class})
class EventPropertiesTest {

  @RepeatedTest(100)
  void aValidEventSurvivesACopyThroughItsBuilderAndItsConstructor(
      @Given(EventFixture.RandomEvent.class) Event event) {
    Event constructed =
        Event.builder()
            .id(event.id())
            .projects(event.projects())
            .components(event.components())
            .title(event.title())
            .type(event.type())
            .status(event.status())
            .dates(event.dates())
            .format(event.format())
            .venue(event.venue())
            .organisers(event.organisers())
            .participation(event.participation())
            .topics(event.topics())
            .keyMessages(event.keyMessages())
            .description(event.description())
            .links(event.links())
            .version(event.version())
            .createdAt(event.createdAt())
            .updatedAt(event.updatedAt())
            .build();

    assertThat(event.toBuilder().build()).isEqualTo(event).hasSameHashCodeAs(event);
    assertThat(constructed).isEqualTo(event);
    assertThat(
            Participation.builder()
                .total(event.participation().total())
                .countries(event.participation().countries())
                .byCountry(event.participation().byCountry())
                .build())
        .isEqualTo(event.participation());
  }

  @RepeatedTest(30)
  void anEndSomeDaysBeforeTheStartIsRejected(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    PartialDate start = random.covering(random.date());
    PartialDate end = PartialDate.of(start.earliest().minusDays(random.between(1, 3_000)));

    violation(
        () -> new EventDates(start, end, null), "dates.end", "must not be before dates.start");
  }

  @RepeatedTest(30)
  void aCountByCountryForAnyCountryOutsideTheCountriesIsRejected(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    List<CountryCode> drawn = random.countries(random.between(1, 8));
    CountryCode stray = drawn.get(0);
    Set<CountryCode> countries = new LinkedHashSet<>(drawn.subList(1, drawn.size()));
    Map<CountryCode, ParticipantCount> byCountry = new HashMap<>();
    byCountry.put(
        stray,
        new ParticipantCount(
            random.between(0, 1_000), random.anyOf(ParticipantCount.Qualifier.class)));
    countries.forEach(
        c -> {
          if (random.chance(0.5)) {
            byCountry.put(c, ParticipantCount.approximately(random.between(0, 100)));
          }
        });

    violation(
        () -> Participation.builder().countries(countries).byCountry(byCountry).build(),
        "participation.byCountry[" + stray + "]",
        "must be one of participation.countries");
  }

  @RepeatedTest(30)
  void exactCountsByCountryOverTheExactTotalAreRejected(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    List<CountryCode> countries = random.countries(random.between(1, 8));
    Map<CountryCode, ParticipantCount> byCountry = new HashMap<>();
    int sum = 0;
    for (CountryCode country : countries) {
      int count = random.between(0, 500);
      byCountry.put(country, ParticipantCount.exactly(count));
      sum += count;
    }
    int excess = random.between(1, 1_000);
    ParticipantCount total = ParticipantCount.exactly(Math.max(0, sum - excess));
    if (sum == 0) {
      byCountry.put(countries.get(0), ParticipantCount.exactly(excess));
    }

    violation(
        () ->
            Participation.builder()
                .total(total)
                .countries(new LinkedHashSet<>(countries))
                .byCountry(byCountry)
                .build(),
        "participation.byCountry",
        "must not add up to more than participation.total");
  }

  @RepeatedTest(20)
  void aTitleLongerThanTheLimitInAnyLanguageIsRejected(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    Event event = EventFixture.randomEvent(random);

    violation(
        () ->
            event.toBuilder()
                .title(
                    event
                        .title()
                        .with(
                            random.oneOf("en", "az", "ka"),
                            random.text(Limits.TITLE + 1, Limits.TITLE + 300)))
                .build(),
        "title",
        "must be at most " + Limits.TITLE + " characters long");
  }
}
