package org.coopkit.model.event;

import static java.util.Objects.requireNonNull;

import org.coopkit.model.Limits;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.internal.Validator;

/**
 * A key message or outcome of an event, e.g. a conclusion the participants adopted.
 *
 * @param text what it says
 * @param adopted whether the participants formally adopted it
 * @since 0.1.0
 */
public record KeyMessage(LocalizedText text, boolean adopted) {
  /**
   * @param text what it says
   * @param adopted whether the participants formally adopted it
   * @throws org.coopkit.error.ValidationException if the text is too long
   */
  public KeyMessage {
    requireNonNull(text, "text");
    Validator v = Validator.of("KeyMessage");
    v.checkLazily(
        text.maxLength() <= Limits.TEXT,
        "text",
        "must be at most " + Limits.TEXT + " characters long",
        () -> text.maxLength() + " characters");
    v.throwIfInvalid();
  }

  /**
   * An adopted message in English.
   *
   * @param english the message in English
   * @return an adopted key message
   */
  public static KeyMessage adopted(String english) {
    return new KeyMessage(LocalizedText.of(english), true);
  }

  /**
   * An outcome that was not formally adopted, in English.
   *
   * @param english the outcome in English
   * @return a key message that was not formally adopted
   */
  public static KeyMessage outcome(String english) {
    return new KeyMessage(LocalizedText.of(english), false);
  }
}
