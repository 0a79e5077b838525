package org.coopkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.model.ModelAssertions.violation;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Digital  Forensics       | Digital Forensics
      '  Data Protection  '    | Data Protection
      'cyber\\tcrime\\n law'   | cyber crime law
      Kibercinayətkarlıq       | Kibercinayətkarlıq
      КИБЕРПРЕСТУПНОСТЬ        | КИБЕРПРЕСТУПНОСТЬ
      """)
  void normalisesTheLabelButKeepsItsCase(String given, String label) {
    assertThat(Topic.of(given.replace("\\t", "\t").replace("\\n", "\n")).label()).isEqualTo(label);
  }

  @Test
  void putsTheLabelInNfc() {
    assertThat(Topic.of("Ve\u0301rification")).isEqualTo(Topic.of("vérification"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void rejectsABlankLabelNamingTheField(String label) {
    violation(() -> Topic.of(label), "label", "must not be blank");
  }

  @Test
  void rejectsAMissingLabel() {
    violation(() -> new Topic(null), "label", "is required");
  }

  @Test
  void acceptsALabelAtTheLengthLimitAndRejectsOneBeyond() {
    assertThat(Topic.of("a".repeat(Limits.TITLE)).label()).hasSize(Limits.TITLE);
    violation(() -> Topic.of("a".repeat(Limits.TITLE + 1)), "label", "at most " + Limits.TITLE);
  }

  @Test
  void comparesNormalisedLabelsIgnoringCase() {
    new EqualsTester()
        .addEqualityGroup(
            Topic.of("Digital  Forensics"),
            Topic.of("digital forensics"),
            new Topic(" DIGITAL\tFORENSICS "))
        .addEqualityGroup(Topic.of("digital-forensics"))
        .addEqualityGroup(Topic.of("КИБЕРПРЕСТУПНОСТЬ"), Topic.of("киберпреступность"))
        .addEqualityGroup(Topic.of("data protection"))
        .testEquals();
  }

  @Test
  void ordersAlphabeticallyAndPrintsTheLabel() {
    assertThat(List.of(Topic.of("Rule of law"), Topic.of("anti-corruption")).stream().sorted())
        .containsExactly(Topic.of("anti-corruption"), Topic.of("rule of law"));
    assertThat(Topic.of("Rule of Law")).hasToString("Rule of Law");
    assertThat(Topic.of("Rule of Law").key()).isEqualTo("rule of law");
  }
}
