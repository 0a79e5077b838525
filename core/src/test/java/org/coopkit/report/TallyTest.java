package org.coopkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.coopkit.model.ParticipantCount;
import org.junit.jupiter.api.Test;

class TallyTest {

  @Test
  void exactCountsAddUpToAnExactTotal() {
    RawTally raw =
        RawTally.EMPTY.plus(ParticipantCount.exactly(93), 7).plus(ParticipantCount.exactly(40), 0);

    EventTally tally = EventTally.of(raw);

    assertThat(tally.events()).isEqualTo(2);
    assertThat(tally.participants()).isEqualTo(Tally.of(133, 0, 0, 0));
    assertThat(tally.participants().accuracy()).isEqualTo(Tally.Accuracy.EXACT);
    assertThat(tally.adoptedKeyMessages()).isEqualTo(7);
    assertThat(EventTally.of(raw).participants()).hasToString("133");
  }

  @Test
  void aMoreThanCountMakesTheTotalALowerBound() {
    RawTally raw =
        RawTally.EMPTY
            .plus(ParticipantCount.exactly(93), 0)
            .plus(ParticipantCount.moreThan(500), 0);

    Tally total = EventTally.of(raw).participants();

    assertThat(total.value()).isEqualTo(593);
    assertThat(total.accuracy()).isEqualTo(Tally.Accuracy.AT_LEAST);
    assertThat(total).hasToString("at least 593");
  }

  @Test
  void anEventWithoutACountMakesTheTotalALowerBound() {
    RawTally raw = RawTally.EMPTY.plus(ParticipantCount.exactly(93), 0).plus(null, 0);

    assertThat(EventTally.of(raw).participants()).hasToString("at least 93");
    assertThat(raw.eventsWithoutCount()).isEqualTo(1);
  }

  @Test
  void anEstimateMakesTheTotalApproximateEvenBesideALowerBound() {
    for (ParticipantCount estimate :
        new ParticipantCount[] {
          ParticipantCount.approximately(50),
          ParticipantCount.upTo(50),
          ParticipantCount.planned(50)
        }) {
      RawTally raw = RawTally.EMPTY.plus(ParticipantCount.moreThan(500), 0).plus(estimate, 0);

      assertThat(EventTally.of(raw).participants()).hasToString("about 550");
    }
  }

  @Test
  void nothingCountedIsAnExactZero() {
    assertThat(EventTally.of(RawTally.EMPTY)).isEqualTo(EventTally.NONE);
    assertThat(Tally.ZERO.isExact()).isTrue();
  }

  @Test
  void rejectsANegativeTally() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Tally.of(-1, 0, 0, 0))
        .withMessageContaining("-1");
  }
}
