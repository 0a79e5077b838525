package org.coopkit.csv;

/** A cell that does not read as its field's type: the rule it breaks and the text it holds. */
final class CellRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String rule;
  private final String value;

  CellRefused(String rule, String value) {
    super(null, null, false, false);
    this.rule = rule;
    this.value = value;
  }

  String rule() {
    return rule;
  }

  String value() {
    return value;
  }
}
