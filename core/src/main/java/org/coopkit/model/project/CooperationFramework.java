package org.coopkit.model.project;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.coopkit.model.Limits;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * The programme or framework a project is carried out under, e.g. the EU and Council of Europe
 * Programmatic Cooperation Framework for the Eastern Partnership. Projects of one framework share
 * its {@code code}, by which reports group them.
 *
 * @param code a stable short code, lower-case letters, digits and hyphens, e.g. {@code pcf-eap}
 * @param name the framework's name
 * @param acronym its acronym, if it has one, e.g. {@code PGG}
 * @since 0.1.0
 */
public record CooperationFramework(String code, LocalizedText name, @Nullable String acronym) {
  static final Pattern CODE = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

  /**
   * @param code a stable short code, lower-case letters, digits and hyphens, e.g. {@code pcf-eap}
   * @param name the framework's name
   * @param acronym its acronym, if it has one, e.g. {@code PGG}
   * @throws org.coopkit.error.ValidationException if the code or acronym breaks a rule
   */
  public CooperationFramework {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    code = Project.canonicalCode(code);
    acronym = Validator.normalizeOrNull(acronym);
    Validator v = Validator.of("CooperationFramework");
    if (v.text(code, "code", Limits.CODE)) {
      v.check(
          CODE.matcher(code).matches(),
          "code",
          "must be lower-case letters, digits and inner hyphens",
          code);
    }
    v.optionalText(acronym, "acronym", Limits.CODE);
    v.throwIfInvalid();
  }

  /**
   * A framework with the given code, English name and acronym.
   *
   * @param code the framework's short code
   * @param englishName the framework's name in English
   * @param acronym its acronym, or {@code null} if it has none
   * @return the framework
   */
  public static CooperationFramework of(String code, String englishName, @Nullable String acronym) {
    return new CooperationFramework(code, LocalizedText.of(englishName), acronym);
  }
}
