package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParseUuidTest {
  private static final long SEED = 20261128L;

  @Test
  void readsEveryCanonicalUuidInEitherCaseAsTheJdkDoes() {
    Random random = new Random(SEED);
    for (int i = 0; i < 20_000; i++) {
      UUID uuid = new UUID(random.nextLong(), random.nextLong());
      String text =
          random.nextBoolean() ? uuid.toString() : uuid.toString().toUpperCase(Locale.ROOT);

      assertThat(ValueJson.parseUuid(text)).as("%s (seed %d)", text, SEED).isEqualTo(uuid);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9",
        "0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d0",
        "0190a5b48f3e-7c1a-9b2d-4e5f6a7b8c9d0",
        "0190a5b4-8f3e-7c1a-9b2d_4e5f6a7b8c9d",
        "0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9g",
        "0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9\uff10",
        "{190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d",
        "1-1-1-1-1"
      })
  void refusesEveryOtherForm(String text) {
    assertThat(ValueJson.parseUuid(text)).isNull();
  }
}
