package org.coopkit.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.junit.jupiter.api.Test;

class ReportedFigureTest {
  @Test
  void keepsTheFiguresOtherSourcesGaveBesideTheAdoptedTotal() {
    Participation p =
        Participation.of(ParticipantCount.exactly(93), Set.of(CountryCode.of("AZ"))).toBuilder()
            .addReported(
                ReportedFigure.of(
                    ParticipantCount.approximately(50), "news item", PartialDate.ofMonth(2017, 10)))
            .build();

    assertThat(p.total()).isEqualTo(ParticipantCount.exactly(93));
    assertThat(p.reported())
        .containsExactly(
            ReportedFigure.of(
                ParticipantCount.approximately(50), "news item", PartialDate.ofMonth(2017, 10)));
    assertThat(p.toBuilder().build()).isEqualTo(p);
  }

  @Test
  void refusesASourceThatSpansLines() {
    assertThatThrownBy(() -> ReportedFigure.of(ParticipantCount.exactly(5), "news\nitem", null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("source")
        .hasMessageContaining("must be one line");
  }

  @Test
  void refusesABlankSource() {
    assertThatThrownBy(() -> ReportedFigure.of(ParticipantCount.exactly(5), "  ", null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("source");
  }
}
