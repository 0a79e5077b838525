package org.coopkit.query;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.project.Project;
import org.jspecify.annotations.Nullable;

/**
 * The one definition of how text is matched and names are sorted, shared by all adapters so that
 * every store finds and orders the same things.
 *
 * <p>Folding decomposes (NFKD), drops combining marks (accents), lower-cases without regard to
 * locale and turns every run of characters other than letters and digits into one space. So {@code
 * "Céline DEWAELE"} folds to {@code "celine dewaele"}; Armenian, Georgian and Cyrillic letters stay
 * letters and fold case where their script has it. A free-text filter matches when the folded
 * needle occurs in the folded text; a name prefix matches when it starts a word of the folded name.
 * Sorting by a folded key compares Unicode code points.
 *
 * @since 0.1.0
 */
public final class SearchText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchText() {}

  /** Folds a text for matching: no accents, lower case, words separated by single spaces. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String unmarked = MARKS.matcher(decomposed).replaceAll("");
    String lower = unmarked.toLowerCase(Locale.ROOT);
    return SEPARATORS.matcher(lower).replaceAll(" ").strip();
  }

  /** All languages of a text, folded and joined. */
  public static String fold(@Nullable LocalizedText text) {
    return text == null
        ? ""
        : text.texts().values().stream().map(SearchText::fold).collect(Collectors.joining(" "));
  }

  /** What a free-text event filter searches: titles, descriptions and key messages. */
  public static String of(Event event) {
    return Stream.concat(
            Stream.of(fold(event.title()), fold(event.description())),
            event.keyMessages().stream().map(KeyMessage::text).map(SearchText::fold))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining(" "));
  }

  /** What a free-text project filter searches: code, acronym, titles, summaries and aims. */
  public static String of(Project project) {
    return Stream.of(
            fold(project.code()),
            project.acronym() == null ? "" : fold(project.acronym()),
            fold(project.title()),
            fold(project.summary()),
            fold(project.aims()))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining(" "));
  }

  /**
   * What a name prefix is matched against: the folded display and sort names, each word preceded by
   * a space, so that {@code contains(" " + prefix)} finds word starts.
   */
  public static String nameKey(Contact contact) {
    return " " + fold(contact.displayName()) + "  " + fold(contact.sortName());
  }

  /** The key contacts are sorted by: the folded sort name. */
  public static String sortKey(Contact contact) {
    return fold(contact.sortName());
  }

  /** Whether a folded needle occurs in a folded text; a blank needle matches everything. */
  public static boolean contains(String foldedText, String foldedNeedle) {
    return foldedText.contains(foldedNeedle);
  }

  /** Whether a folded prefix starts a word of a {@link #nameKey}. */
  public static boolean startsWord(String nameKey, String foldedPrefix) {
    return nameKey.contains(" " + foldedPrefix);
  }

  /** Compares two keys by Unicode code points, the order binary collations use. */
  public static int compareKeys(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
