package org.coopkit.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.internal.ValidationAssertions.invalid;
import static org.coopkit.internal.ValidationAssertions.violation;
import static org.coopkit.model.project.ProjectFixture.aComponent;
import static org.coopkit.model.project.ProjectFixture.anyComponentId;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.coopkit.error.ValidationException;
import org.coopkit.model.Limits;
import org.coopkit.model.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComponentTest {

  @Test
  void buildsAComponentFromAnIdAndATitle() {
    Component component = aComponent().build();

    assertThat(component.code()).isNull();
    assertThat(component.objective()).isNull();
    assertThat(component.expectedResults()).isEmpty();
  }

  @Test
  void requiresAnIdAndATitle() {
    ValidationException e = invalid(() -> Component.builder().build());

    assertThat(e.paths()).containsExactly("id", "title");
  }

  @Test
  void stripsTheCodeAndKeepsItsCase() {
    assertThat(aComponent().code("  MLA ").build().code()).isEqualTo("MLA");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void rejectsABlankCode(String code) {
    violation(() -> aComponent().code(code).build(), "code", "must not be blank");
  }

  @Test
  void acceptsACodeAtTheLengthLimitAndRejectsOneBeyond() {
    assertThat(aComponent().code("1".repeat(Limits.CODE)).build().code()).hasSize(Limits.CODE);
    violation(
        () -> aComponent().code("1".repeat(Limits.CODE + 1)).build(),
        "code",
        "must be at most " + Limits.CODE + " characters long");
  }

  @Test
  void acceptsATitleAtTheLengthLimitAndRejectsOneBeyond() {
    // Limits.TITLE covers "titles of projects, components, events, links".
    assertThat(aComponent().title("t".repeat(Limits.TITLE)).build().title().maxLength())
        .isEqualTo(Limits.TITLE);
    violation(
        () -> aComponent().title("t".repeat(Limits.TITLE + 1)).build(),
        "title",
        "must be at most " + Limits.TITLE + " characters long");
  }

  @Test
  void acceptsExpectedResultsUpToTheListLimitAndRejectsOneMore() {
    Component.Builder builder = aComponent();
    IntStream.range(0, Limits.LIST)
        .forEach(i -> builder.addExpectedResult(LocalizedText.of("R" + i)));
    assertThat(builder.build().expectedResults()).hasSize(Limits.LIST);

    builder.addExpectedResult(LocalizedText.of("one more"));
    violation(builder::build, "expectedResults", "must hold at most " + Limits.LIST + " entries");
  }

  @Test
  void survivesACopyThroughItsBuilder() {
    Component component =
        aComponent()
            .code("1")
            .objective(LocalizedText.of("Improve mutual legal assistance"))
            .addExpectedResult(LocalizedText.of("Procedures in place"))
            .build();

    assertThat(component.toBuilder().build()).isEqualTo(component).hasSameHashCodeAs(component);
  }

  @Test
  void equalsAnotherComponentExactlyWhenEveryValueIsEqual() {
    Component base =
        aComponent()
            .code("1")
            .objective(LocalizedText.of("Improve mutual legal assistance"))
            .addExpectedResult(LocalizedText.of("Procedures in place"))
            .build();

    new EqualsTester()
        .addEqualityGroup(base, base.toBuilder().build(), base.toBuilder().code(" 1 ").build())
        .addEqualityGroup(base.toBuilder().id(anyComponentId()).build())
        .addEqualityGroup(base.toBuilder().code("2").build())
        .addEqualityGroup(base.toBuilder().code(null).build())
        .addEqualityGroup(base.toBuilder().title("Other title").build())
        .addEqualityGroup(base.toBuilder().objective(null).build())
        .addEqualityGroup(base.toBuilder().expectedResults(List.of()).build())
        .testEquals();
  }

  @Test
  void letsABuilderBeReused() {
    Component.Builder builder = aComponent();
    Component first = builder.build();
    Component second = builder.addExpectedResult(LocalizedText.of("More")).build();

    assertThat(first.expectedResults()).isEmpty();
    assertThat(second.expectedResults()).hasSize(1);
    assertThat(builder.build()).isEqualTo(second);
  }

  static Stream<Arguments> nullSetters() {
    return Stream.of(
        Arguments.of("id", (Executable) () -> aComponent().id(null)),
        Arguments.of("title", (Executable) () -> aComponent().title((LocalizedText) null)),
        Arguments.of("result", (Executable) () -> aComponent().addExpectedResult(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullSetters")
  void rejectsNullInASetterNamingTheField(String field, Executable setter) {
    assertThatNullPointerException().isThrownBy(setter::execute).withMessage(field);
  }

  @Test
  void rejectsANullListOfExpectedResultsNamingTheField() {
    assertThatNullPointerException()
        .isThrownBy(() -> aComponent().expectedResults(null))
        .withMessage("expectedResults");
  }

  @Test
  void copiesTheExpectedResultsAndReturnsThemUnmodifiable() {
    List<LocalizedText> results = new ArrayList<>(List.of(LocalizedText.of("One")));
    Component component =
        Component.builder()
            .id(anyComponentId())
            .title(LocalizedText.of("C"))
            .expectedResults(results)
            .build();
    results.add(LocalizedText.of("Two"));

    assertThat(component.expectedResults()).hasSize(1);
    assertThatThrownBy(() -> component.expectedResults().add(LocalizedText.of("Three")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
