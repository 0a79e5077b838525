package org.coopkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.model.ModelAssertions.violation;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @Test
  void acceptsAnIsoCode() {
    assertThat(CountryCode.of("AM").alpha2()).isEqualTo("AM");
  }

  @Test
  void upperCasesAndStripsTheInput() {
    assertThat(CountryCode.of(" ge ").alpha2()).isEqualTo("GE");
  }

  @Test
  void acceptsKosovo() {
    assertThat(CountryCode.of("XK").englishName()).isEqualTo("Kosovo");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZZ", "EU", "UK", "ARM", "A", "", "  ", "1A"})
  void rejectsAnUnknownCodeNamingTheField(String code) {
    violation(() -> CountryCode.of(code), "alpha2", "ISO 3166-1 alpha-2");
  }

  @Test
  void rejectsAMissingCode() {
    violation(() -> new CountryCode(nullString()), "alpha2", "is required");
  }

  @Test
  void comparesEqualAfterNormalisation() {
    new EqualsTester()
        .addEqualityGroup(CountryCode.of("MK"), CountryCode.of("mk"), new CountryCode(" Mk"))
        .addEqualityGroup(CountryCode.of("TR"))
        .addEqualityGroup(CountryCode.of("XK"))
        .testEquals();
  }

  @Test
  void printsTheCode() {
    assertThat(CountryCode.of("md")).hasToString("MD");
  }

  @Test
  void ordersByCode() {
    assertThat(
            List.of(CountryCode.of("TR"), CountryCode.of("AM"), CountryCode.of("GE")).stream()
                .sorted()
                .map(CountryCode::alpha2))
        .containsExactly("AM", "GE", "TR");
  }

  @Test
  void listsEveryJdkCountryAndKosovoInOrder() {
    assertThat(CountryCode.all())
        .hasSize(Locale.getISOCountries().length + 1)
        .contains(CountryCode.of("XK"), CountryCode.of("MK"));
    assertThat(List.copyOf(CountryCode.all())).isSorted();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      MK | North Macedonia
      TR | Türkiye
      MD | Moldova
      XK | Kosovo
      BA | Bosnia and Herzegovina
      CD | Democratic Republic of the Congo
      AM | Armenia
      GE | Georgia
      AZ | Azerbaijan
      UA | Ukraine
      """)
  void givesTheEnglishShortName(String code, String name) {
    assertThat(CountryCode.of(code).englishName()).isEqualTo(name);
  }

  @Test
  void spellsOutAmpersandsAndSaintsInEnglishNames() {
    assertThat(CountryCode.of("TT").englishName()).isEqualTo("Trinidad and Tobago");
    assertThat(CountryCode.of("LC").englishName()).isEqualTo("Saint Lucia");
  }

  @Test
  void findsNorthMacedoniaByItsFormerName() {
    assertThat(CountryCode.fromName("the former Yugoslav Republic of Macedonia"))
        .contains(CountryCode.of("MK"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      the former Yugoslav Republic of Macedonia           | MK
      “the former Yugoslav Republic of Macedonia”         | MK
      "The Former Yugoslav Republic of Macedonia"         | MK
      Macedonia, the former Yugoslav Republic of          | MK
      North Macedonia                                     | MK
      FYROM                                               | MK
      Türkiye                                             | TR
      Turkey                                              | TR
      Turkiye                                             | TR
      TÜRKİYE                                             | TR
      Republic of Moldova                                 | MD
      Moldova, Republic of                                | MD
      Moldova                                             | MD
      Iran                                                | IR
      Islamic Republic of Iran                            | IR
      Iran (Islamic Republic of)                          | IR
      Kosovo                                              | XK
      Kosovo*                                             | XK
      Russia                                              | RU
      Russian Federation                                  | RU
      Bosnia and Herzegovina                              | BA
      Bosnia & Herzegovina                                | BA
      Czechia                                             | CZ
      Czech Republic                                      | CZ
      United States                                       | US
      USA                                                 | US
      U.S.A.                                              | US
      United Kingdom                                      | GB
      UK                                                  | GB
      Côte d'Ivoire                                       | CI
      Côte d’Ivoire                                       | CI
      cote divoire                                        | CI
      Ivory Coast                                         | CI
      Syria                                               | SY
      Syrian Arab Republic                                | SY
      Vietnam                                             | VN
      Viet Nam                                            | VN
      South Korea                                         | KR
      Republic of Korea                                   | KR
      Korea, Republic of                                  | KR
      Laos                                                | LA
      Lao People's Democratic Republic                    | LA
      Cabo Verde                                          | CV
      Cape Verde                                          | CV
      Eswatini                                            | SZ
      Swaziland                                           | SZ
      Myanmar                                             | MM
      Burma                                               | MM
      Palestine                                           | PS
      State of Palestine                                  | PS
      Holy See                                            | VA
      Vatican                                             | VA
      Holy See (Vatican City State)                       | VA
      Armenia                                             | AM
      Georgia                                             | GE
      Azerbaijan                                          | AZ
      the Netherlands                                     | NL
      Åland Islands                                       | AX
      Aland Islands                                       | AX
      Saint Kitts and Nevis                               | KN
      St. Kitts & Nevis                                   | KN
      Congo - Kinshasa                                    | CD
      Congo, the Democratic Republic of the               | CD
      Guinea-Bissau                                       | GW
      Guinea Bissau                                       | GW
      """)
  void findsACountryByItsName(String name, String code) {
    assertThat(CountryCode.fromName(name)).contains(CountryCode.of(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "Atlantis", "Yugoslavia", "Korea", "Europe", "MK"})
  void findsNothingForAnUnknownOrAmbiguousName(String name) {
    assertThat(CountryCode.fromName(name)).isEmpty();
  }

  @Test
  void findsEveryCountryByItsOwnEnglishName() {
    for (CountryCode country : CountryCode.all()) {
      assertThat(CountryCode.fromName(country.englishName()))
          .as(country.englishName())
          .contains(country);
    }
  }

  @Test
  void findsEveryCountryByTheJdkName() {
    for (CountryCode country : CountryCode.all()) {
      String jdkName =
          new Locale.Builder()
              .setRegion(country.alpha2())
              .build()
              .getDisplayCountry(Locale.ENGLISH);
      assertThat(CountryCode.fromName(jdkName)).as(jdkName).contains(country);
    }
  }

  private static String nullString() {
    return null;
  }
}
