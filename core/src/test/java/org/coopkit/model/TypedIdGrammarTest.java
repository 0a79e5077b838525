package org.coopkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.coopkit.error.ValidationException;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.event.EventId;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.result.IndicatorId;
import org.coopkit.model.result.ResultId;
import org.coopkit.model.source.SourceId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every typed id reads the same text: the canonical UUID form, and nothing else. */
class TypedIdGrammarTest {
  private static final String CANONICAL = "0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d";

  static Stream<Arguments> parsers() {
    return Stream.of(
        Arguments.of("ProjectId", (Function<String, Object>) t -> ProjectId.parse(t).value()),
        Arguments.of("ComponentId", (Function<String, Object>) t -> ComponentId.parse(t).value()),
        Arguments.of("EventId", (Function<String, Object>) t -> EventId.parse(t).value()),
        Arguments.of("ContactId", (Function<String, Object>) t -> ContactId.parse(t).value()),
        Arguments.of("RoleId", (Function<String, Object>) t -> RoleId.parse(t).value()),
        Arguments.of(
            "OrganisationId", (Function<String, Object>) t -> OrganisationId.parse(t).value()),
        Arguments.of("SourceId", (Function<String, Object>) t -> SourceId.parse(t).value()),
        Arguments.of("ResultId", (Function<String, Object>) t -> ResultId.parse(t).value()),
        Arguments.of("IndicatorId", (Function<String, Object>) t -> IndicatorId.parse(t).value()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void readsTheCanonicalFormInEitherCase(String type, Function<String, Object> parse) {
    assertThat(parse.apply(CANONICAL)).isEqualTo(UUID.fromString(CANONICAL));
    assertThat(parse.apply(CANONICAL.toUpperCase(java.util.Locale.ROOT)))
        .isEqualTo(UUID.fromString(CANONICAL));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void refusesEveryOtherTextNamingTheTypeAndTheRule(String type, Function<String, Object> parse) {
    List<String> refused =
        List.of(
            "1-2-3-4-5",
            " " + CANONICAL,
            CANONICAL + " ",
            CANONICAL.replace("-", ""),
            "{" + CANONICAL + "}",
            CANONICAL.replace('a', 'g'),
            CANONICAL.replace('0', '\u0660'),
            "",
            CANONICAL.substring(0, 35));
    for (String text : refused) {
      assertThatThrownBy(() -> parse.apply(text))
          .as("'%s'", text)
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining(type)
          .hasMessageContaining("must be a UUID");
    }
    assertThatThrownBy(() -> parse.apply(null))
        .as("null")
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(type);
  }
}
