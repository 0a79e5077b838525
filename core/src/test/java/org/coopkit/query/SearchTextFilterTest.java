package org.coopkit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.coopkit.error.ValidationException;
import org.coopkit.query.internal.SearchText;
import org.junit.jupiter.api.Test;

/** What a query does with a search text that would match everything or cost too much. */
class SearchTextFilterTest {
  @Test
  void aTextOfPunctuationAloneIsRefusedRatherThanDroppingTheFilter() {
    for (String text : List.of("%", "_", "'", "*", "%%", "\"*\"")) {
      assertThatThrownBy(() -> EventQuery.builder().text(text).build())
          .as("event text %s", text)
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("text: must contain a letter or a digit");
      assertThatThrownBy(() -> ProjectQuery.builder().text(text).build())
          .isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> OrganisationQuery.builder().text(text).build())
          .isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> ContactQuery.builder().namePrefix(text).build())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("namePrefix");
    }
  }

  @Test
  void aTextThatShowsNothingMeansNoFilter() {
    for (String text : List.of("", " ", "\u00a0", "\u200b")) {
      assertThat(EventQuery.builder().text(text).build().text()).as("'%s'", text).isNull();
      assertThat(ContactQuery.builder().namePrefix(text).build().namePrefix()).isNull();
    }
  }

  @Test
  void aHugeTextIsRefusedByItsLengthWithoutShowingIt() {
    String huge = "a".repeat(9_000_000);

    assertThatThrownBy(() -> EventQuery.builder().text(huge).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("text: must be at most " + Paging.MAX_TEXT + " characters long")
        .hasMessageContaining("9000000 characters")
        .hasMessageNotContaining(
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  }

  @Test
  void aTextWithLettersIsFoldedAsBefore() {
    assertThat(EventQuery.builder().text("  Cybercrime  EAP ").build().text())
        .isEqualTo(SearchText.fold("Cybercrime EAP"));
  }
}
