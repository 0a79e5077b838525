package org.coopkit.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One row being read: its cells through the mapping (defaults, value maps) and the problems found
 * with it, each naming the row and the column.
 */
final class Row<F extends Enum<F> & CsvField> {
  private static final int SHOWN_CHARACTERS = 60;

  private final long number;
  private final List<String> cells;
  private final Header<F> header;
  private final List<CsvImportProblem> problems = new ArrayList<>(2);

  Row(long number, List<String> cells, Header<F> header) {
    this.number = number;
    this.cells = cells;
    this.header = header;
  }

  long number() {
    return number;
  }

  List<CsvImportProblem> problems() {
    return problems;
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** The cell, stripped; the default if it is empty or the column missing; {@code null} if none. */
  private @Nullable String raw(F field) {
    int index = header.index(field);
    String cell = index >= 0 && index < cells.size() ? cells.get(index) : null;
    cell = cell == null ? "" : cell.strip();
    if (cell.isEmpty()) {
      return header.mapping().defaultValue(field).orElse(null);
    }
    return cell;
  }

  /** The field's text, value-mapped; {@code null} if it has none. */
  @Nullable String text(F field) {
    String raw = raw(field);
    return raw == null ? null : mapped(field, raw);
  }

  /** The values of a list field, each stripped and value-mapped; empty values dropped. */
  List<String> items(F field) {
    String raw = raw(field);
    List<String> items = new ArrayList<>();
    if (raw != null) {
      for (String item : raw.split("\\|", -1)) {
        if (!item.isBlank()) {
          items.add(mapped(field, item.strip()));
        }
      }
    }
    return items;
  }

  private String mapped(F field, String text) {
    String meaning = header.mapping().values(field).get(CsvMapping.foldValue(text));
    return meaning == null ? text : meaning.strip();
  }

  /** Records that the field's value breaks {@code rule}; {@code value} as the cell holds it. */
  void problem(F field, String rule, @Nullable String value) {
    String shown = value == null ? null : field.isPersonal() ? Violation.REDACTED : quoted(value);
    problems.add(new CsvImportProblem(number, header.name(field), rule + inParentheses(shown)));
  }

  /** Records a violation of the model, whose value is already shown (quoted, or redacted). */
  private void violation(F field, Violation v) {
    String shown = field.isPersonal() ? Violation.REDACTED : v.value();
    problems.add(new CsvImportProblem(number, header.name(field), v.rule() + inParentheses(shown)));
  }

  /** Records a problem of the row as a whole. */
  void problem(String message) {
    problems.add(new CsvImportProblem(number, "", message));
  }

  /**
   * Runs {@code make}; if the model refuses the value, records each violation against {@code field}
   * and returns {@code null}.
   */
  <T> @Nullable T attempt(F field, Supplier<T> make) {
    try {
      return make.get();
    } catch (ValidationException e) {
      e.violations().forEach(v -> violation(field, v));
      return null;
    } catch (CellRefused e) {
      problem(field, e.rule(), e.value());
      return null;
    }
  }

  /**
   * Records each violation against the field its path names, or the row as a whole (with the
   * model's path) when no field fills that path.
   */
  void violations(ValidationException e, Function<String, @Nullable F> fieldOfPath) {
    for (Violation v : e.violations()) {
      F field = fieldOfPath.apply(v.path());
      if (field == null) {
        problem(v.path() + ": " + v.rule() + " (" + v.value() + ")");
      } else {
        violation(field, v);
      }
    }
  }

  private static String inParentheses(@Nullable String shown) {
    return shown == null ? "" : " (" + shown + ")";
  }

  /**
   * A cell as a message shows it, as the model shows values: quoted, cut, and with every character
   * that could forge or hide a log line (controls, line separators, format characters) escaped.
   */
  static String quoted(String value) {
    boolean cut = value.length() > SHOWN_CHARACTERS;
    String s = cut ? value.substring(0, SHOWN_CHARACTERS) : value;
    StringBuilder shown = new StringBuilder(s.length() + 8).append('\'');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c)
          || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR
          || Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1)))
              && !(Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(s.charAt(i - 1)))) {
        shown.append(String.format("\\u%04X", (int) c));
      } else {
        shown.append(c);
      }
    }
    return shown.append(cut ? "…'" : "'").toString();
  }

  /** The first segment of a model path: {@code dates} of {@code dates.end}, {@code topics[2]}. */
  static String head(String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    return path.substring(0, end);
  }
}
