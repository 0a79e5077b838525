package org.coopkit.model.result;

/**
 * Where a result sits in the results chain: outputs lead to outcomes, outcomes to the impact.
 *
 * @since 0.2.0
 */
public enum ResultLevel {
  /** The overall objective: the change in society the project contributes to. */
  IMPACT(3),
  /** An outcome: a change in what partners do, the specific objective of a component. */
  OUTCOME(2),
  /** An output: what the project delivers (trainings, guides, advice). */
  OUTPUT(1);

  private final int iatiCode;

  ResultLevel(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The code of IATI's ResultType code list, the {@code type} attribute of a {@code result}.
   *
   * @return 1 for an output, 2 for an outcome, 3 for the impact
   */
  public int iatiCode() {
    return iatiCode;
  }

  /**
   * The level a result of this level contributes to, if any.
   *
   * @return the next level up: {@code OUTCOME} for an output, {@code IMPACT} for an outcome; {@code
   *     null} for the impact
   */
  public @org.jspecify.annotations.Nullable ResultLevel parentLevel() {
    return switch (this) {
      case OUTPUT -> OUTCOME;
      case OUTCOME -> IMPACT;
      case IMPACT -> null;
    };
  }
}
