package org.coopkit.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import java.util.UUID;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

/** The small records an event is made of: key messages and organisers. */
class EventPartsTest {

  @Test
  void tellsAdoptedMessagesFromOutcomes() {
    assertThat(KeyMessage.adopted("Ransomware is a global threat.").adopted()).isTrue();
    assertThat(KeyMessage.outcome("Ransomware is a global threat.").adopted()).isFalse();
  }

  @Test
  void rejectsMissingPartsNamingThem() {
    assertThatNullPointerException()
        .isThrownBy(() -> new KeyMessage(null, true))
        .withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> Organiser.of(null, OrganiserRole.HOST))
        .withMessage("organisation");
    assertThatNullPointerException()
        .isThrownBy(() -> Organiser.of(OrganisationId.of(UUID.randomUUID()), null))
        .withMessage("role");
  }

  @Test
  void comparesPartsByValue() {
    OrganisationId iap = OrganisationId.of(UUID.randomUUID());

    new EqualsTester()
        .addEqualityGroup(
            KeyMessage.adopted("Follow the money."),
            new KeyMessage(LocalizedText.of(" Follow the money. "), true))
        .addEqualityGroup(KeyMessage.outcome("Follow the money."))
        .addEqualityGroup(KeyMessage.adopted("Follow the data."))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Organiser.of(iap, OrganiserRole.CO_ORGANISER),
            Organiser.of(OrganisationId.of(iap.value()), OrganiserRole.CO_ORGANISER))
        .addEqualityGroup(Organiser.of(iap, OrganiserRole.HOST))
        .addEqualityGroup(
            Organiser.of(OrganisationId.of(UUID.randomUUID()), OrganiserRole.CO_ORGANISER))
        .testEquals();
  }
}
