package org.coopkit.model.event;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.coopkit.model.Limits;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.project.Project;
import org.jspecify.annotations.Nullable;

/**
 * A series an event is an edition of: an annual conference, recurring steering committees. Events
 * of one series share its {@code code}, by which searches find them and reports roll them up; the
 * name is what the event's record calls the series.
 *
 * @param code a stable short code, lower-case letters, digits and inner hyphens, e.g. {@code
 *     octopus-conference}; given in any case, kept in lower case, as framework codes are
 * @param name the series' name, e.g. "Octopus Conference"; {@code null} when only the code is known
 * @since 0.2.0
 */
public record EventSeries(String code, @Nullable String name) {
  private static final Pattern CODE = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

  /**
   * @param code a stable short code, lower-case letters, digits and inner hyphens
   * @param name the series' name, or {@code null}
   * @throws org.coopkit.error.ValidationException if the code or name breaks a rule
   */
  public EventSeries {
    requireNonNull(code, "code");
    code = Project.canonicalCode(code);
    name = Validator.normalizeOrNull(name);
    Validator v = Validator.of("EventSeries");
    if (v.text(code, "series.code", Limits.CODE)) {
      v.check(
          CODE.matcher(code).matches(),
          "series.code",
          "must be lower-case letters, digits and inner hyphens",
          code);
    }
    v.optionalText(name, "series.name", Limits.TITLE);
    v.throwIfInvalid();
  }

  /**
   * A series with the given code and name.
   *
   * @param code the series' code
   * @param name its name, or {@code null}
   * @return the series
   * @throws org.coopkit.error.ValidationException if the code or name breaks a rule
   */
  public static EventSeries of(String code, @Nullable String name) {
    return new EventSeries(code, name);
  }
}
