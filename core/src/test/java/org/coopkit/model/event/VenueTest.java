package org.coopkit.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.internal.ValidationAssertions.invalid;
import static org.coopkit.internal.ValidationAssertions.violation;

import com.google.common.testing.EqualsTester;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Limits;
import org.junit.jupiter.api.Test;

class VenueTest {
  private static final CountryCode AZERBAIJAN = CountryCode.of("AZ");

  @Test
  void acceptsAnyOnePartAlone() {
    assertThat(new Venue("Hilton Baku", null, null).name()).isEqualTo("Hilton Baku");
    assertThat(new Venue(null, "Baku", null).city()).isEqualTo("Baku");
    assertThat(new Venue(null, null, AZERBAIJAN).country()).isEqualTo(AZERBAIJAN);
  }

  @Test
  void stripsNameAndCity() {
    Venue venue = new Venue("  Hilton Baku ", "\tBaku ", AZERBAIJAN);

    assertThat(venue).isEqualTo(new Venue("Hilton Baku", "Baku", AZERBAIJAN));
  }

  @Test
  void rejectsAVenueWithNothingKnown() {
    violation(
        () -> new Venue(null, null, null),
        "venue",
        "must name at least a venue, a city or a country");
  }

  @Test
  void rejectsABlankNameAndABlankCityTogether() {
    ValidationException e = invalid(() -> new Venue(" ", "", AZERBAIJAN));

    assertThat(e.paths()).containsExactly("venue.name", "venue.city");
  }

  @Test
  void acceptsNameAndCityAtTheLengthLimitAndRejectsOneBeyond() {
    assertThat(new Venue("n".repeat(Limits.NAME), "c".repeat(Limits.NAME), null))
        .extracting(Venue::name, Venue::city)
        .containsExactly("n".repeat(Limits.NAME), "c".repeat(Limits.NAME));
    violation(
        () -> new Venue("n".repeat(Limits.NAME + 1), null, AZERBAIJAN),
        "venue.name",
        "must be at most " + Limits.NAME + " characters long");
    violation(
        () -> Venue.of("c".repeat(Limits.NAME + 1), AZERBAIJAN),
        "venue.city",
        "must be at most " + Limits.NAME + " characters long");
  }

  @Test
  void equalsAnotherVenueExactlyWhenEveryPartIsEqual() {
    new EqualsTester()
        .addEqualityGroup(
            Venue.of("Baku", AZERBAIJAN), new Venue(null, " Baku", CountryCode.of("az")))
        .addEqualityGroup(new Venue("Hilton", "Baku", AZERBAIJAN))
        .addEqualityGroup(Venue.of("Gəncə", AZERBAIJAN))
        .addEqualityGroup(new Venue(null, "Baku", null))
        .testEquals();
  }
}
