package org.coopkit.model.project;

import org.coopkit.model.Limits;
import org.coopkit.model.PartialDate;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * One extension of a project's end date: the end agreed before, the end agreed by the extension,
 * when the extension was decided and a note, e.g. "planned end 2021-12 extended to 2022-06 by the
 * steering committee of 2021-10".
 *
 * <p>A project keeps its extensions in {@link ProjectDates#extensions()}, oldest first.
 *
 * @param previousEnd the end agreed before this extension
 * @param newEnd the end this extension agreed: after {@code previousEnd}
 * @param decided when the extension was decided, if known
 * @param note a short note, e.g. the decision's reference, if any
 * @since 0.2.0
 */
public record EndDateExtension(
    PartialDate previousEnd,
    PartialDate newEnd,
    @Nullable PartialDate decided,
    @Nullable String note) {

  /**
   * Checks the extension.
   *
   * @param previousEnd the end agreed before this extension
   * @param newEnd the end this extension agreed
   * @param decided when the extension was decided, or {@code null} if not known
   * @param note a short note, or {@code null} for none
   * @throws org.coopkit.error.ValidationException if an end is missing, the new end's last day is
   *     not after the previous end's last day, or the note is blank or longer than {@link
   *     Limits#NAME} characters
   */
  public EndDateExtension {
    note = Validator.normalizeOrNull(note);
    Validator v = Validator.of("EndDateExtension");
    if (v.required(previousEnd, "previousEnd") & v.required(newEnd, "newEnd")) {
      PartialDate before = previousEnd;
      PartialDate after = newEnd;
      v.checkLazily(
          after.latest().isAfter(before.latest()),
          "newEnd",
          "must end after previousEnd",
          () -> after + " <= " + before);
    }
    v.optionalText(note, "note", Limits.NAME);
    v.throwIfInvalid();
  }

  /**
   * An extension from one end to another, without decision date or note.
   *
   * @param previousEnd the end agreed before
   * @param newEnd the end agreed by the extension
   * @return the extension
   * @throws org.coopkit.error.ValidationException if the new end is not after the previous one
   */
  public static EndDateExtension of(PartialDate previousEnd, PartialDate newEnd) {
    return new EndDateExtension(previousEnd, newEnd, null, null);
  }
}
