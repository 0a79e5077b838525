package org.coopkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.junit.jupiter.api.Test;

/** Lists a hostile caller builds: huge, full of repeats, or holding nulls. */
class HostileListsTest {
  private static final ParticipatingCountry ARMENIA =
      ParticipatingCountry.beneficiary(CountryCode.of("AM"));

  @Test
  void aMillionCopiesOfOneCountryAreOneViolationForTheSizeAndOneForTheRepeat() {
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class,
            () -> project().countries(Collections.nCopies(1_000_000, ARMENIA)).build());

    assertThat(e.paths()).containsExactly("countries", "countries[1]");
  }

  @Test
  void manyRepeatedValuesAreNamedUpToABoundThenCounted() {
    List<ParticipatingCountry> twice = new ArrayList<>();
    for (String code : CountryCode.all().stream().map(CountryCode::alpha2).limit(30).toList()) {
      twice.add(ParticipatingCountry.beneficiary(CountryCode.of(code)));
    }
    twice.addAll(List.copyOf(twice));

    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> project().countries(twice).build());

    assertThat(e.violations()).hasSize(11);
    assertThat(e.violations().get(10).rule()).contains("20 more values repeated");
  }

  @Test
  void aNullEntryIsRefusedInTheSetterNamingItsPlace() {
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                Contact.builder()
                    .id(ContactId.of(UUID.randomUUID()))
                    .languages(Arrays.asList("en", null)))
        .withMessage("languages[1]");
    assertThatNullPointerException()
        .isThrownBy(() -> project().countries(Arrays.asList(ARMENIA, null, ARMENIA)))
        .withMessage("countries[1]");
    assertThatNullPointerException()
        .isThrownBy(() -> CountryCode.fromName(null))
        .withMessage("name");
    assertThatNullPointerException()
        .isThrownBy(() -> EventDates.of(null, null, null))
        .withMessage("start");
  }

  private static Project.Builder project() {
    return Project.builder().id(ProjectId.of(UUID.randomUUID())).code("hostile").title("Hostile");
  }
}
