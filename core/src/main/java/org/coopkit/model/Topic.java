package org.coopkit.model;

import com.google.common.base.CharMatcher;
import java.util.Locale;
import org.coopkit.model.internal.Validator;

/**
 * A subject a project or event deals with, such as "digital forensics" or "data protection". Labels
 * are compared loosely: stripped, in Unicode NFC, with runs of whitespace turned into one space and
 * in lower case, so "Digital Forensics" and "digital forensics" are the same topic.
 *
 * @param label the normalised label, at most {@value Limits#TITLE} characters
 * @since 0.1.0
 */
public record Topic(String label) implements Comparable<Topic> {

  /**
   * Normalises and checks the label.
   *
   * @param label the label as given; blanks are collapsed and letters lower-cased
   * @throws org.coopkit.error.ValidationException if the label is missing, blank or too long
   */
  public Topic {
    Validator v = Validator.of("Topic");
    if (label != null) {
      label =
          CharMatcher.whitespace()
              .trimAndCollapseFrom(Validator.normalize(label), ' ')
              .toLowerCase(Locale.ROOT);
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

  /** Orders alphabetically by label, code point by code point. */
  @Override
  public int compareTo(Topic other) {
    return label.compareTo(other.label);
  }

  /** Returns the label. */
  @Override
  public String toString() {
    return label;
  }
}
