package org.coopkit.history;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One field of an aggregate that a change set, changed or cleared, with its values as text.
 *
 * <p>The path names the field from the aggregate down, accessor by accessor: {@code
 * title.texts[en]}, {@code dates.actualEnd.year}, {@code components[<component
 * id>].title.texts[fr]} (list elements that have an id are named by it, others by their index, from
 * 0), {@code emails[1]}. Values are the text form of the field's value: a string as it is, a number
 * in decimal, an enum constant's name, a date or instant in ISO 8601, an id as its UUID.
 *
 * <p>A field holding personal data (see {@link org.coopkit.model.PersonalData}) is marked {@link
 * #personal()}; once the person is erased its values read {@link #ERASED}.
 *
 * @param path where the field is in the aggregate
 * @param oldValue the value before the change, or {@code null} if the field was not set
 * @param newValue the value after the change, or {@code null} if the field is not set any more
 * @param personal whether the field holds personal data
 * @since 0.2.0
 */
public record FieldChange(
    String path, @Nullable String oldValue, @Nullable String newValue, boolean personal) {
  /** What the values of a personal field read once the person's data were erased: {@value}. */
  public static final String ERASED = "(erased)";

  /**
   * Checks that the path is present.
   *
   * @param path where the field is in the aggregate
   * @param oldValue the value before, or {@code null}
   * @param newValue the value after, or {@code null}
   * @param personal whether the field holds personal data
   * @throws NullPointerException if {@code path} is null
   */
  public FieldChange {
    requireNonNull(path, "path");
  }

  /**
   * This change with its values replaced by {@link #ERASED} (where they were set), if it is
   * personal; else this change.
   *
   * @return the change as it may be kept once the person is erased
   */
  public FieldChange erased() {
    if (!personal) {
      return this;
    }
    return new FieldChange(
        path, oldValue == null ? null : ERASED, newValue == null ? null : ERASED, true);
  }

  /** Shows the path, and the values unless they are personal. */
  @Override
  public String toString() {
    return personal
        ? "FieldChange[" + path + ", <personal>]"
        : "FieldChange[" + path + ": " + oldValue + " -> " + newValue + "]";
  }
}
