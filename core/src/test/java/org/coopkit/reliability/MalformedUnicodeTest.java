package org.coopkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.coopkit.error.ValidationException;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.ExternalId;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.junit.jupiter.api.Test;

/**
 * Text that is not well-formed UTF-16 (half of a surrogate pair, alone) has no UTF-8 form: a
 * database stores {@code ?} instead, so what was stored would not read back equal. The model must
 * refuse it in every text it takes.
 */
class MalformedUnicodeTest {

  @Test
  void textWithAnUnpairedSurrogateIsRejectedWhereverItIsGiven() {
    // given
    Map<String, ThrowingCallable> given = new LinkedHashMap<>();
    given.put("texts[en]", () -> LocalizedText.of("Conference \uD83D on cybercrime"));
    given.put("label", () -> Topic.of("evidence \uDE00"));
    given.put("value", () -> ExternalId.of("iati", "XM-\uD800-1"));
    given.put(
        "displayName",
        () ->
            Contact.builder()
                .id(ContactId.of(UUID.randomUUID()))
                .displayName("Marta \uDC00")
                .build());
    given.put("value ", () -> EmailAddress.of("ma\uD83Drta@example.org"));

    for (Map.Entry<String, ThrowingCallable> entry : given.entrySet()) {
      // when
      Throwable thrown = catchThrowable(entry.getValue());

      // then
      assertThat(thrown)
          .as("text with an unpaired surrogate in %s", entry.getKey())
          .isInstanceOf(ValidationException.class);
      assertThat(((ValidationException) thrown).paths()).contains(entry.getKey().strip());
    }
  }
}
