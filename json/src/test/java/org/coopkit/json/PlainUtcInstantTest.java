package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainUtcInstantTest {
  private static final long SEED = 20261128L;

  @Test
  void readsEveryInstantAsTheIsoParserDoes() {
    Random random = new Random(SEED);
    long from = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 20_000; i++) {
      Instant instant =
          Instant.ofEpochSecond(
              from + (long) (random.nextDouble() * (to - from)),
              random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
      String text = withFractionDigits(instant.toString(), 1 + random.nextInt(9), random);

      assertThat(ValueJson.plainUtcInstant(text))
          .as("%s (seed %d)", text, SEED)
          .isEqualTo(Instant.parse(text));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-02-30T09:30:00Z",
        "2025-04-31T09:30:00Z",
        "2025-05-14T24:00:00Z",
        "2025-05-14T09:60:00Z",
        "2016-12-31T23:59:60Z",
        "2025-05-14T09:30:00.Z",
        "2025-05-14T09:30:00.1234567890Z",
        "2025-05-14T09:30:00+01:00",
        "2025-05-14 09:30:00Z",
        "2025-5-14T09:30:00Z",
        "+2025-05-14T09:30:00Z",
        "2025-05-14T09:30:0xZ",
        "2025-05-14"
      })
  void leavesEveryOtherFormToTheIsoParser(String text) {
    assertThat(ValueJson.plainUtcInstant(text)).isNull();
  }

  /** Cuts or pads an instant's fraction to {@code digits}, or leaves a whole second as it is. */
  private static String withFractionDigits(String text, int digits, Random random) {
    int dot = text.indexOf('.');
    if (dot < 0) {
      return random.nextBoolean() ? text : text.replace("Z", "." + "0".repeat(digits) + "Z");
    }
    String fraction =
        (text.substring(dot + 1, text.length() - 1) + "000000000").substring(0, digits);
    return text.substring(0, dot + 1) + fraction + "Z";
  }
}
