package org.coopkit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.coopkit.internal.ValidationAssertions.violation;

import java.util.UUID;
import org.coopkit.query.internal.ContactSearch;
import org.coopkit.query.internal.EventSearch;
import org.coopkit.query.internal.ProjectSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {
  private static final UUID ID = UUID.fromString("0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d");
  private static final String NOT_A_CURSOR = "must be a cursor returned by a previous page";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2017-10-09",
        "cybercrime-eap-ii",
        "celine dewaele",
        "azərbaycan respublikası",
        "հայաստան",
        "საქართველო",
        "москва",
        "😀 \uD800\uDF48 emoji",
        "x"
      })
  void decodesWhatItEncoded(String sortKey) {
    Cursor cursor = new Cursor(sortKey, ID);

    assertThat(decode(cursor.encode('E'))).isEqualTo(cursor);
  }

  @Test
  void decodesTheExtremeIds() {
    for (UUID id : new UUID[] {new UUID(0, 0), new UUID(-1, -1), new UUID(Long.MIN_VALUE, 1)}) {
      Cursor cursor = new Cursor("k", id);
      assertThat(decode(cursor.encode('E'))).isEqualTo(cursor);
    }
  }

  @Test
  void encodesToUrlSafeTextWithoutPadding() {
    String text = new Cursor("Ազգային ժողով ✓", ID).encode('C');

    assertThat(text).matches("[A-Za-z0-9_-]+");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not a cursor!",
        "AAAA",
        "AAAAAAAAAAAAAAAAAAAA",
        "A",
        "ab+/cd==",
        "%%%%",
        "AQID\u00e9",
        "AAAAAAAAAAAAAAAAAAAAAA"
      })
  void rejectsTextThatIsNoCursorAsTheAfterPath(String text) {
    violation(() -> decode(text), "after", NOT_A_CURSOR);
  }

  @Test
  void rejectsAGarbageCursorGivenToAQuery() {
    violation(() -> EventQuery.builder().after("not a cursor!").build(), "after", NOT_A_CURSOR);
    violation(() -> EventQuery.builder().build().after("???"), "after", NOT_A_CURSOR);
  }

  @Test
  void rejectsACursorOfAnotherKindOfQuery() {
    String ofEvents = EventSearch.cursor("2017-10-09", ID);

    violation(() -> ProjectQuery.builder().after(ofEvents).build(), "after", NOT_A_CURSOR);
    violation(() -> ContactQuery.builder().after(ofEvents).build(), "after", NOT_A_CURSOR);
    violation(
        () -> EventQuery.builder().after(ProjectSearch.cursor("2017-10-09", ID)).build(),
        "after",
        NOT_A_CURSOR);
    assertThat(EventQuery.builder().after(ofEvents).build().after())
        .isEqualTo(new Cursor("2017-10-09", ID));
  }

  @Test
  void rejectsASortKeyOfTheWrongShapeOrWithANul() {
    violation(
        () -> EventQuery.builder().after(EventSearch.cursor("celine", ID)).build(),
        "after",
        NOT_A_CURSOR);
    violation(
        () -> ProjectQuery.builder().after(ProjectSearch.cursor("Not A Code", ID)).build(),
        "after",
        NOT_A_CURSOR);
    violation(
        () -> ContactQuery.builder().after(ContactSearch.cursor("a\u0000b", ID)).build(),
        "after",
        NOT_A_CURSOR);
  }

  private static Cursor decode(String text) {
    return Cursor.decode(text, 'E', key -> true, "EventQuery");
  }

  @Test
  void rejectsAMissingKeyOrIdNamingIt() {
    assertThatNullPointerException().isThrownBy(() -> new Cursor(null, ID)).withMessage("sortKey");
    assertThatNullPointerException().isThrownBy(() -> new Cursor("k", null)).withMessage("id");
  }
}
