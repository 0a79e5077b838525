package org.coopkit.model;

import com.google.common.base.CharMatcher;
import java.util.Locale;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A subject a project or event deals with, such as "digital forensics" or "data protection". The
 * label keeps the case its user wrote ("GLACY+", "Budapest Convention"), stripped, in Unicode NFC,
 * with runs of whitespace turned into one space. Topics are compared by their {@link #key()}, the
 * label in lower case, so "Digital Forensics" and "digital forensics" are the same topic: equal,
 * with the same hash code, found by each other in a search; the first written is the one kept.
 *
 * @param label the normalised label as written, at most {@value Limits#TITLE} characters
 * @since 0.1.0
 */
public record Topic(String label) implements Comparable<Topic> {

  /**
   * Normalises and checks the label.
   *
   * @param label the label as given; stripped, blanks collapsed, case kept
   * @throws org.coopkit.error.ValidationException if the label is missing, blank or too long
   */
  public Topic {
    Validator v = Validator.of("Topic");
    if (label != null) {
      label = CharMatcher.whitespace().trimAndCollapseFrom(Validator.normalize(label), ' ');
    }
    v.text(label, "label", Limits.TITLE);
    v.throwIfInvalid();
  }

  /**
   * Returns the topic with the given label.
   *
   * @param label the label as given
   * @return the topic
   * @throws org.coopkit.error.ValidationException if the label is blank or too long
   */
  public static Topic of(String label) {
    return new Topic(label);
  }

  /**
   * What topics are compared by: the label in lower case.
   *
   * @return the label in lower case
   */
  public String key() {
    return label.toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code other} is a topic with the same {@link #key()}: labels that differ only in case
   * are one topic.
   *
   * @param other the object to compare with
   * @return whether {@code other} is the same topic
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Topic t && key().equals(t.key());
  }

  /**
   * A hash of the {@link #key()}, consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return key().hashCode();
  }

  /** Orders alphabetically by {@link #key()}, code point by code point. */
  @Override
  public int compareTo(Topic other) {
    return key().compareTo(other.key());
  }

  /** Returns the label. */
  @Override
  public String toString() {
    return label;
  }
}
