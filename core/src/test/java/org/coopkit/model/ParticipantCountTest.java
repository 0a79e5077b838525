package org.coopkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.model.ModelAssertions.violation;

import com.google.common.testing.EqualsTester;
import org.coopkit.model.ParticipantCount.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParticipantCountTest {

  @Test
  void makesEachQualifier() {
    assertThat(ParticipantCount.exactly(93).qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(ParticipantCount.approximately(50).qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    assertThat(ParticipantCount.moreThan(500).qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(ParticipantCount.upTo(40).qualifier()).isEqualTo(Qualifier.UP_TO);
    assertThat(ParticipantCount.planned(40).qualifier()).isEqualTo(Qualifier.PLANNED);
  }

  @Test
  void saysWhetherTheCountIsExact() {
    assertThat(ParticipantCount.exactly(93).isExact()).isTrue();
    assertThat(ParticipantCount.approximately(93).isExact()).isFalse();
    assertThat(ParticipantCount.planned(93).isExact()).isFalse();
  }

  @Test
  void readsLikeAReport() {
    assertThat(ParticipantCount.exactly(93)).hasToString("93");
    assertThat(ParticipantCount.approximately(50)).hasToString("about 50");
    assertThat(ParticipantCount.moreThan(500)).hasToString("more than 500");
    assertThat(ParticipantCount.upTo(40)).hasToString("up to 40");
    assertThat(ParticipantCount.planned(40)).hasToString("40 planned");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, ParticipantCount.MAX})
  void acceptsTheBounds(int value) {
    assertThat(ParticipantCount.exactly(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, Integer.MIN_VALUE, ParticipantCount.MAX + 1, Integer.MAX_VALUE})
  void rejectsAValueOutOfRangeNamingTheField(int value) {
    violation(() -> ParticipantCount.approximately(value), "value", "between 0 and 10000000");
  }

  @Test
  void rejectsAMissingQualifier() {
    violation(() -> new ParticipantCount(5, null), "qualifier", "is required");
  }

  @Test
  void comparesByValueAndQualifier() {
    new EqualsTester()
        .addEqualityGroup(ParticipantCount.exactly(40), new ParticipantCount(40, Qualifier.EXACT))
        .addEqualityGroup(ParticipantCount.planned(40))
        .addEqualityGroup(ParticipantCount.upTo(40))
        .addEqualityGroup(ParticipantCount.exactly(41))
        .testEquals();
  }
}
