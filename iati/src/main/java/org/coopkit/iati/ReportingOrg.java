package org.coopkit.iati;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.coopkit.model.LocalizedText;

/**
 * The organisation that publishes the activities, as IATI's {@code reporting-org} names it: the
 * same in every activity of a file, and the prefix of every activity's identifier.
 *
 * @param ref the organisation's IATI identifier, {@code {agency}-{number}}, e.g. {@code
 *     XI-IATI-EXAMPLE}; without {@code / & | ?} and blanks
 * @param type its code in IATI's organisation type code list, e.g. {@code 40} (multilateral)
 * @param name its name, in one or more languages
 * @since 0.2.0
 */
public record ReportingOrg(String ref, String type, LocalizedText name) {
  /** The codes of IATI's organisation type code list. */
  static final Set<String> ORGANISATION_TYPES =
      Set.of(
          "10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80",
          "90");

  /**
   * Checks the identifier and the type.
   *
   * @param ref the organisation's IATI identifier
   * @param type its IATI organisation type code
   * @param name its name
   * @throws ValidationException if the identifier is blank or holds a character IATI's rules
   *     refuse, or the type is not in the code list
   * @throws NullPointerException if {@code name} is null
   */
  public ReportingOrg {
    List<Violation> violations = new ArrayList<>();
    if (ref == null || !IatiCodelists.isIdentifier(ref)) {
      violations.add(
          new Violation(
              "ref",
              "must be an IATI organisation identifier without blanks or / & | ?",
              String.valueOf(ref)));
    }
    if (type == null || !ORGANISATION_TYPES.contains(type)) {
      violations.add(
          new Violation(
              "type", "must be a code of IATI's organisation type list", String.valueOf(type)));
    }
    if (name == null) {
      throw new NullPointerException("name");
    }
    if (!violations.isEmpty()) {
      throw new ValidationException("ReportingOrg", violations);
    }
  }

  /**
   * Returns the reporting organisation with an English name.
   *
   * @param ref the organisation's IATI identifier
   * @param type its IATI organisation type code
   * @param englishName its name in English
   * @return the reporting organisation
   * @throws ValidationException if a value breaks a rule of the constructor, or the name is blank
   */
  public static ReportingOrg of(String ref, String type, String englishName) {
    return new ReportingOrg(ref, type, LocalizedText.of(englishName));
  }
}
