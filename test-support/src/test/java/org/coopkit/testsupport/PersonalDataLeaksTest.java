package org.coopkit.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonalDataLeaksTest {
  record Person(String name, Optional<String> email, List<Map<String, Object>> notes) {}

  /** A class of coopkit's that is not a record: read through its public accessors. */
  public static final class Holder {
    private final Object value;

    Holder(Object value) {
      this.value = value;
    }

    public Object value() {
      return value;
    }

    @Override
    public String toString() {
      return "Holder[hidden]";
    }
  }

  @Test
  void findsEveryFormOfThePersonsData() {
    for (String text :
        List.of(
            PersonalDataLeaks.EMAIL.toUpperCase(Locale.ROOT),
            "marta.example",
            "+374 91 23-45.67",
            "0037491234567",
            PersonalDataLeaks.DISPLAY_NAME,
            PersonalDataLeaks.SORT_NAME)) {
      assertThat(PersonalDataLeaks.in("text", "before " + text + " after"))
          .as(text)
          .isNotEmpty()
          .allSatisfy(leak -> assertThat(leak).startsWith("text: …before "));
    }
  }

  @Test
  void findsNothingInTextWithoutThePersonsData() {
    assertThat(PersonalDataLeaks.in("text", "Contact[id=" + UUID.randomUUID() + "]")).isEmpty();
  }

  @Test
  void heldReadsRecordsOptionalsIterablesMapsAndAccessors() {
    Person person =
        new Person(
            "someone",
            Optional.of(PersonalDataLeaks.EMAIL),
            List.of(Map.of("phone", new Holder(PersonalDataLeaks.PHONE))));

    String held = PersonalDataLeaks.held(person);

    assertThat(held)
        .contains("someone", PersonalDataLeaks.EMAIL, "phone", PersonalDataLeaks.PHONE)
        .doesNotContain("Holder[hidden]");
    assertThat(PersonalDataLeaks.in("held", held)).hasSize(3);
  }

  @Test
  void heldOfNullIsEmpty() {
    assertThat(PersonalDataLeaks.held(null)).isEmpty();
  }

  @Test
  void shownIncludesTheCause() {
    Exception failure =
        new IllegalStateException("outer", new IllegalArgumentException(PersonalDataLeaks.EMAIL));

    assertThat(PersonalDataLeaks.shown(failure)).contains("outer", PersonalDataLeaks.EMAIL);
  }
}
