package org.coopkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coopkit.error.ValidationException;
import org.coopkit.model.PartialDate;
import org.junit.jupiter.api.Test;

/** A value in a message is one plain line, whatever characters the input held. */
class ShownValueTest {
  @Test
  void controlAndFormatCharactersAreWrittenAsEscapes() {
    assertThat(Validator.show("a\u0000b\u001b[31mc\nd\u2028e\u202Ef"))
        .isEqualTo("'a\\u0000b\\u001B[31mc\\u000Ad\\u2028e\\u202Ef'");
  }

  @Test
  void aLongValueIsCutAndALoneSurrogateEscaped() {
    assertThat(Validator.show("x".repeat(100))).isEqualTo("'" + "x".repeat(60) + "…'");
    assertThat(Validator.show("a\uD800b")).isEqualTo("'a\\uD800b'");
    assertThat(Validator.show("😀")).isEqualTo("'😀'");
  }

  @Test
  void aRefusedValueReachesTheExceptionMessageEscaped() {
    assertThatThrownBy(() -> PartialDate.parse("2011\u0000\u001b[2J"))
        .isInstanceOf(ValidationException.class)
        .hasMessageNotContaining("\u0000")
        .hasMessageNotContaining("\u001b")
        .hasMessageContaining("\\u0000\\u001B[2J");
  }
}
