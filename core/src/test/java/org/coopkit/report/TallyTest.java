package org.coopkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.ParticipantCount.Qualifier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TallyTest {

  private static Tally participants(@Nullable ParticipantCount... counts) {
    RawTally raw = RawTally.EMPTY;
    for (ParticipantCount c : counts) {
      raw = raw.plus(c, 0);
    }
    return EventTally.of(raw).participants();
  }

  @Test
  void exactCountsAddUpToAnExactTotal() {
    RawTally raw =
        RawTally.EMPTY.plus(ParticipantCount.exactly(93), 7).plus(ParticipantCount.exactly(40), 0);

    EventTally tally = EventTally.of(raw);

    assertThat(tally.events()).isEqualTo(2);
    assertThat(tally.participants().lowerBound()).isEqualTo(133);
    assertThat(tally.participants().upperBound()).hasValue(133);
    assertThat(tally.participants().isExact()).isTrue();
    assertThat(tally.adoptedKeyMessages()).isEqualTo(7);
    assertThat(tally.participants()).hasToString("133 participants");
  }

  @Test
  void moreThanAFigureMeansAtLeastOneMore() {
    Tally total = participants(ParticipantCount.exactly(93), ParticipantCount.moreThan(500));

    assertThat(total.lowerBound()).isEqualTo(594);
    assertThat(total.upperBound()).isEmpty();
    assertThat(total.isExact()).isFalse();
    assertThat(total)
        .hasToString("at least 594 participants; 1 of 2 events was counted as more than a figure");
  }

  @Test
  void eventsWithoutACountMakeTheTotalALowerBoundEvenBesideAPlannedEstimate() {
    Tally total =
        participants(ParticipantCount.exactly(40), ParticipantCount.planned(60), null, null);

    assertThat(total.range()).isEqualTo("at least 40");
    assertThat(total.hasEstimates()).isFalse();
    assertThat(total.planned()).isEqualTo(60);
    assertThat(total)
        .hasToString(
            "at least 40 participants; 1 of 4 events has only a planned figure (60 planned, not"
                + " counted above); 2 of 4 events have no count");
  }

  @Test
  void plannedFiguresAreNeverAddedToOutcomes() {
    Tally total = participants(ParticipantCount.exactly(12), ParticipantCount.planned(30));

    assertThat(total.lowerBound()).isEqualTo(12);
    assertThat(total.upperBound()).isEmpty();
    assertThat(total.planned()).isEqualTo(30);
    assertThat(total.eventsCounted(Qualifier.PLANNED)).isEqualTo(1);
  }

  @Test
  void anUpToFigureBoundsTheTotalFromAboveOnly() {
    assertThat(participants(ParticipantCount.exactly(40), ParticipantCount.upTo(60)).range())
        .isEqualTo("between 40 and 100");
    assertThat(participants(ParticipantCount.upTo(60)))
        .hasToString("up to 60 participants; 1 of 1 event was counted as up to a figure");
  }

  @Test
  void estimatesAreSaidToBeEstimatesWhereverTheyAre() {
    assertThat(participants(ParticipantCount.approximately(50)).range()).isEqualTo("about 50");
    assertThat(participants(ParticipantCount.approximately(50), ParticipantCount.upTo(10)).range())
        .isEqualTo("about 50 to 60");
    assertThat(participants(ParticipantCount.approximately(50), null).range())
        .isEqualTo("about 50 or more");
    assertThat(participants(ParticipantCount.approximately(50), null).hasEstimates()).isTrue();
  }

  @Test
  void nothingCountedIsAnExactZeroOfNoEvents() {
    assertThat(EventTally.of(RawTally.EMPTY)).isEqualTo(EventTally.NONE);
    assertThat(Tally.ZERO.isExact()).isTrue();
    assertThat(Tally.ZERO.upperBound()).hasValue(0);
    assertThat(Tally.ZERO).hasToString("no events");
    assertThat(participants(ParticipantCount.exactly(1))).hasToString("1 participant");
  }

  @Test
  void eventsWithoutAnOutcomeFigureAreSaidToBeNotCounted() {
    Tally none = participants(null, ParticipantCount.planned(30));

    assertThat(none.range()).isEqualTo("not counted");
    assertThat(none.isCounted()).isFalse();
    assertThat(Tally.ZERO.isCounted()).isTrue();
    assertThat(none)
        .hasToString(
            "participants not counted; 1 of 2 events has only a planned figure (30 planned, not"
                + " counted above); 1 of 2 events has no count");
    assertThat(participants(ParticipantCount.approximately(1)))
        .hasToString("about 1 participant; 1 of 1 event was estimated");
  }

  @Test
  void randomMixesOfFiguresGiveTheBoundsOfAnIndependentComputation() {
    Random random = new Random(20171009);
    for (int round = 0; round < 2_000; round++) {
      List<@Nullable ParticipantCount> figures = new ArrayList<>();
      int events = random.nextInt(8);
      for (int i = 0; i < events; i++) {
        int kind = random.nextInt(Qualifier.values().length + 1);
        figures.add(
            kind == Qualifier.values().length
                ? null
                : new ParticipantCount(random.nextInt(600), Qualifier.values()[kind]));
      }

      Tally tally = participants(figures.toArray(ParticipantCount[]::new));

      long least = 0;
      long most = 0;
      boolean unbounded = false;
      for (ParticipantCount f : figures) {
        // What each figure allows, read literally: "more than 5" is 6 or more; "up to 5" is 0..5.
        if (f == null || f.qualifier() == Qualifier.PLANNED) {
          unbounded = true;
        } else if (f.qualifier() == Qualifier.MORE_THAN) {
          least += f.value() + 1;
          unbounded = true;
        } else if (f.qualifier() == Qualifier.UP_TO) {
          most += f.value();
        } else {
          least += f.value();
          most += f.value();
        }
      }
      assertThat(tally.lowerBound()).as("%s", figures).isEqualTo(least);
      assertThat(tally.upperBound())
          .as("%s", figures)
          .isEqualTo(unbounded ? OptionalLong.empty() : OptionalLong.of(most));
      assertThat(tally.events()).isEqualTo(events);
    }
  }
}
