package org.coopkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.coopkit.error.ValidationException;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.junit.jupiter.api.Test;

/** Texts that look empty, read differently from how they are stored, or publish a password. */
class HostileTextsTest {
  private static final List<String> LOOK_EMPTY =
      List.of("\u200b", "\u3164", "\u2800", "\u115f", "\u0301\u0302", "\u3164 \u2800", "\ufeff");

  @Test
  void aTitleOrANameThatLooksEmptyIsRefusedAsBlank() {
    for (String text : LOOK_EMPTY) {
      assertThatThrownBy(() -> LocalizedText.of(text))
          .as("title %s", text.codePoints().mapToObj(Integer::toHexString).toList())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("must not be blank");
      assertThatThrownBy(() -> contact(text).build())
          .as("display name %s", text.codePoints().mapToObj(Integer::toHexString).toList())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("displayName: must not be blank");
    }
  }

  @Test
  void aTextWithADirectionOverrideIsRefusedAnywhere() {
    for (String text : List.of("abc\u202Egnp.exe", "\u202Bx\u202C", "a\u202Db")) {
      assertThatThrownBy(() -> LocalizedText.of(text))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("bidirectional");
      assertThatThrownBy(() -> contact(text).build())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("displayName: must not contain bidirectional");
    }
    assertThatThrownBy(() -> EmailAddress.of("admin\u202E@example.org"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aMarkThatOnlyHintsADirectionStaysAllowed() {
    assertThat(LocalizedText.of("\u05e9\u05dc\u05d5\u05dd\u200f (IL)").english())
        .contains("\u200f");
  }

  @Test
  void aLinkCarryingAUserNameOrPasswordIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> Link.of("https://admin:s3cret@example.org/page", Link.Kind.WEB_PAGE))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not carry a user name or password")
        .hasMessageNotContaining("s3cret");
  }

  private static Contact.Builder contact(String name) {
    return Contact.builder().id(ContactId.of(UUID.randomUUID())).displayName(name).sortName("x");
  }
}
