package org.coopkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.model.ModelAssertions.invalid;
import static org.coopkit.model.ModelAssertions.violation;

import com.google.common.testing.EqualsTester;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopkit.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {

  private static final LocalizedText ARMENIA =
      LocalizedText.builder()
          .put("en", "Armenia")
          .put("hy", "Հայաստան")
          .put("ru", "Армения")
          .put("en-GB", "Armenia (GB)")
          .build();

  @Test
  void makesAnEnglishText() {
    LocalizedText text = LocalizedText.of("Final conference");
    assertThat(text.texts()).containsExactly(Map.entry("en", "Final conference"));
    assertThat(text.english()).isEqualTo("Final conference");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      hy | Հայաստան
      ka | საქართველო
      ru | Республика Молдова
      uk | Київ
      az | Azərbaycan
      sr-Latn | Srbija
      """)
  void keepsNonLatinScriptsIntact(String tag, String text) {
    LocalizedText localized = LocalizedText.of(tag, text);
    assertThat(localized.in(tag)).contains(text);
    assertThat(LocalizedText.of(localized.texts())).isEqualTo(localized);
    assertThat(localized.toString()).contains(text);
  }

  @Test
  void putsTextsInNfcAndStripsThem() {
    String decomposed = "Azərbaycan Respublikası ve Tu\u0308rkiye";
    LocalizedText text = LocalizedText.of("az", "  " + decomposed + "\n");
    assertThat(text.in("az")).contains("Azərbaycan Respublikası ve Türkiye");
    assertThat(text).isEqualTo(LocalizedText.of("az", "Azərbaycan Respublikası ve Türkiye"));
  }

  @ParameterizedTest
  @CsvSource({"EN, en", "en-gb, en-GB", "SR-latn-rs, sr-Latn-RS", "' fr ', fr", "hy-AM, hy-AM"})
  void normalisesLanguageTags(String given, String normalised) {
    assertThat(LocalizedText.of(given, "x").languages()).containsExactly(normalised);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "und", "en_GB", "toolonglanguage", "e", "12", "en--GB"})
  void rejectsAMalformedLanguageTagUnderLanguages(String tag) {
    violation(() -> LocalizedText.of(tag, "text"), "languages", "BCP 47");
  }

  @Test
  void rejectsABlankTextNamingItsLanguage() {
    violation(() -> LocalizedText.of("hy", "   "), "texts[hy]", "must not be blank");
  }

  @Test
  void rejectsAMissingText() {
    Map<String, String> texts = new HashMap<>();
    texts.put("ka", null);
    violation(() -> LocalizedText.of(texts), "texts[ka]", "is required");
  }

  @Test
  void acceptsATextAtTheLengthLimitAndRejectsOneBeyond() {
    assertThat(LocalizedText.of("x".repeat(Limits.TEXT)).maxLength()).isEqualTo(Limits.TEXT);
    violation(
        () -> LocalizedText.of("x".repeat(Limits.TEXT + 1)), "texts[en]", "at most " + Limits.TEXT);
  }

  @Test
  void rejectsNoTextAtAll() {
    violation(() -> LocalizedText.of(Map.of()), "texts", "at least one");
    violation(() -> LocalizedText.builder().build(), "texts", "at least one");
  }

  @Test
  void acceptsTheLanguageLimitAndRejectsOneMore() {
    LocalizedText.Builder builder = LocalizedText.builder();
    List<String> languages = List.of(Locale.getISOLanguages()).subList(0, Limits.LANGUAGES);
    languages.forEach(l -> builder.put(l, "text in " + l));
    LocalizedText full = builder.build();
    assertThat(full.languages()).hasSize(Limits.LANGUAGES);

    violation(
        () -> full.with(Locale.getISOLanguages()[Limits.LANGUAGES], "one too many"),
        "languages",
        "at most " + Limits.LANGUAGES);
  }

  @Test
  void rejectsTheSameLanguageTwiceAfterNormalisation() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("en-GB", "Colour");
    texts.put("en-gb", "Color");
    violation(() -> LocalizedText.of(texts), "languages", "must not repeat");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("not a tag", "text");
    texts.put("hy", "");
    texts.put("ka", "საქართველო");
    ValidationException e = invalid(() -> LocalizedText.of(texts));
    assertThat(e.paths()).containsExactly("languages", "texts[hy]");
  }

  @Test
  void keepsTheOrderLanguagesWereAddedIn() {
    assertThat(ARMENIA.languages()).containsExactly("en", "hy", "ru", "en-GB");
    assertThat(ARMENIA.texts().keySet()).containsExactly("en", "hy", "ru", "en-GB");
  }

  @Test
  void findsAnExactLanguageOnly() {
    assertThat(ARMENIA.in("hy")).contains("Հայաստան");
    assertThat(ARMENIA.in("EN-gb")).contains("Armenia (GB)");
    assertThat(ARMENIA.in("hy-AM")).isEmpty();
    assertThat(ARMENIA.in("fr")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      en-GB | Armenia (GB)
      hy    | Հայաստան
      hy-AM | Հայաստան
      ru-RU | Армения
      en-US | Armenia
      fr    | Armenia
      """)
  void fallsBackFromRegionToLanguageToEnglish(String requested, String expected) {
    assertThat(ARMENIA.get(Locale.forLanguageTag(requested))).isEqualTo(expected);
  }

  @Test
  void fallsBackToTheFirstLanguageWithoutEnglish() {
    LocalizedText text =
        LocalizedText.builder().put("ka", "საქართველო").put("ru", "Грузия").build();
    assertThat(text.get(Locale.FRENCH)).isEqualTo("საქართველო");
    assertThat(text.english()).isEqualTo("საქართველო");
    assertThat(text.get(Locale.ROOT)).isEqualTo("საქართველო");
  }

  @Test
  void fallsBackToAnotherRegionOfTheSameLanguage() {
    LocalizedText text = LocalizedText.builder().put("en", "Lift").put("pt-BR", "Elevador").build();
    assertThat(text.get(Locale.forLanguageTag("pt-PT"))).isEqualTo("Elevador");
  }

  @Test
  void replacesALanguageInPlaceWithWith() {
    LocalizedText changed = ARMENIA.with("HY", "Հայաստանի Հանրապետություն");
    assertThat(changed.languages()).containsExactly("en", "hy", "ru", "en-GB");
    assertThat(changed.in("hy")).contains("Հայաստանի Հանրապետություն");
    assertThat(ARMENIA.in("hy")).contains("Հայաստան");
  }

  @Test
  void addsALanguageAtTheEndWithWith() {
    assertThat(LocalizedText.of("Georgia").with("ka", "საქართველო").texts())
        .containsExactly(Map.entry("en", "Georgia"), Map.entry("ka", "საქართველო"));
  }

  @Test
  void rebuildsAnEqualTextFromItsBuilder() {
    assertThat(ARMENIA.toBuilder().build()).isEqualTo(ARMENIA);
  }

  @Test
  void measuresTheLongestText() {
    assertThat(ARMENIA.maxLength()).isEqualTo("Armenia (GB)".length());
  }

  @Test
  void comparesByTextsPerLanguageRegardlessOfOrder() {
    new EqualsTester()
        .addEqualityGroup(
            LocalizedText.builder().put("en", "Moldova").put("ro", "Moldova").build(),
            LocalizedText.builder().put("ro", "Moldova").put("EN", " Moldova ").build())
        .addEqualityGroup(LocalizedText.of("Moldova"))
        .addEqualityGroup(LocalizedText.of("ro", "Moldova"))
        .addEqualityGroup(LocalizedText.of("Republic of Moldova"))
        .testEquals();
  }

  @Test
  void showsTheTextsInToStringShorteningLongOnes() {
    assertThat(LocalizedText.of("hy", "Հայաստան")).hasToString("LocalizedText{hy=Հայաստան}");
    assertThat(LocalizedText.of("y".repeat(500)).toString()).hasSizeLessThan(150);
  }
}
