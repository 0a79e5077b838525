package org.coopkit.query.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactFixture;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventFixture;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Céline  DEWAELE               | celine dewaele
      '  Dewaele, Céline '          | dewaele celine
      Ce\u0301line                  | celine
      e-Evidence/24-7               | e evidence 24 7
      ﬁnancial ｉｎｖｅｓｔｉｇａｔｉｏｎ  | financial investigation
      '!!! ...'                     | ''
      ''                            | ''
      """)
  void foldsAccentsCaseAndEverythingBetweenWords(String text, String folded) {
    assertThat(SearchText.fold(text)).isEqualTo(folded);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Azərbaycan Respublikası   | azərbaycan respublikası
      AZƏRBAYCAN                | azərbaycan
      Bakı Dövlət Universiteti  | bakı dovlət universiteti
      ŞƏKİ                      | səki
      ÇAĞDAŞ                    | cagdas
      """)
  void foldsAzerbaijaniAccentsAndKeepsItsOwnLetters(String text, String folded) {
    // ə and the dotless ı are letters of their own, not accented ones: they stay.
    assertThat(SearchText.fold(text)).isEqualTo(folded);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      МОСКВА Кибер               | москва кибер
      ՀԱՅԱՍՏԱՆ                   | հայաստան
      Երևան                      | երեւան
      საქართველო                 | საქართველო
      ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ                 | საქართველო
      """)
  void keepsCyrillicArmenianAndGeorgianAsLettersFoldingTheirCase(String text, String folded) {
    assertThat(SearchText.fold(text)).isEqualTo(folded);
    assertThat(folded.replace(" ", "")).matches("\\p{L}+");
  }

  @Test
  void foldsEveryLanguageOfALocalizedText() {
    LocalizedText text =
        LocalizedText.builder()
            .put("en", "Cybercrime Conference")
            .put("hy", "Կիբեռհանցագործություն")
            .build();

    assertThat(SearchText.fold(text)).isEqualTo("cybercrime conference կիբեռհանցագործություն");
    assertThat(SearchText.fold((LocalizedText) null)).isEmpty();
  }

  @Test
  void searchesAnEventsTitleDescriptionAndKeyMessages() {
    Event event =
        EventFixture.anEvent()
            .title("Regional Cybercrime Conference")
            .description(LocalizedText.of("Held in Bakı"))
            .addKeyMessage(KeyMessage.adopted("Follow the MONEY"))
            .build();

    assertThat(SearchText.of(event))
        .isEqualTo("regional cybercrime conference held in bakı follow the money");
  }

  @Test
  void searchesAProjectsCodeAcronymTitleSummaryAndAims() {
    Project project =
        ProjectFixture.aProject()
            .acronym("EAP II")
            .summary(LocalizedText.of("Électronique"))
            .build();

    assertThat(SearchText.of(project))
        .isEqualTo("cybercrime eap ii eap ii cybercrime eap ii electronique");
  }

  @Test
  void findsANamePrefixAtTheStartOfAWordOfEitherName() {
    Contact contact =
        ContactFixture.aContact().displayName("Céline Dewaele").sortName("Dewaele, Céline").build();
    String key = SearchText.nameKey(contact);

    assertThat(SearchText.startsWord(key, SearchText.fold("DEW"))).isTrue();
    assertThat(SearchText.startsWord(key, SearchText.fold("Cél"))).isTrue();
    assertThat(SearchText.startsWord(key, SearchText.fold("celine dew"))).isTrue();
    assertThat(SearchText.startsWord(key, SearchText.fold("ewa"))).isFalse();
    assertThat(SearchText.sortKey(contact)).isEqualTo("dewaele celine");
  }

  @Test
  void matchesAFoldedNeedleAnywhereAndABlankNeedleEverywhere() {
    assertThat(SearchText.contains("regional cybercrime conference", "crime conf")).isTrue();
    assertThat(SearchText.contains("regional cybercrime conference", "")).isTrue();
    assertThat(SearchText.contains("regional cybercrime conference", "workshop")).isFalse();
  }

  @Test
  void comparesKeysByCodePointSoASupplementaryCharacterSortsAfterTheReplacementCharacter() {
    String supplementary = "\uD83D\uDE00"; // U+1F600, two UTF-16 units starting with 0xD83D
    String replacement = "\uFFFD";

    assertThat(supplementary.compareTo(replacement)).as("UTF-16 order").isNegative();
    assertThat(SearchText.compareKeys(supplementary, replacement)).isPositive();
    assertThat(SearchText.compareKeys(replacement, supplementary)).isNegative();
    assertThat(SearchText.compareKeys("a" + supplementary, "a" + replacement)).isPositive();
  }

  @Test
  void comparesEqualKeysAsEqualAndAPrefixFirst() {
    assertThat(SearchText.compareKeys("", "")).isZero();
    assertThat(SearchText.compareKeys("dewaele", "dewaele")).isZero();
    assertThat(SearchText.compareKeys("dew", "dewaele")).isNegative();
    assertThat(SearchText.compareKeys("dewaele", "dew")).isPositive();
    assertThat(SearchText.compareKeys("", "a")).isNegative();
    assertThat(SearchText.compareKeys("abc", "abd")).isNegative();
  }

  @Test
  void sortsKeysOfManyScriptsByCodePoint() {
    List<String> keys =
        new ArrayList<>(
            List.of(
                "\uD800\uDF48",
                "საქართველო",
                "москва",
                "\uFFFD",
                "zebra",
                "azərbaycan",
                "հայաստան",
                "10",
                "ábc"));

    keys.sort(SearchText::compareKeys);

    assertThat(keys)
        .containsExactly(
            "10",
            "azərbaycan",
            "zebra",
            "ábc",
            "москва",
            "հայաստան",
            "საქართველო",
            "\uFFFD",
            "\uD800\uDF48");
  }
}
