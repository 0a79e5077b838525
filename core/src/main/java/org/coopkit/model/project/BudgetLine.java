package org.coopkit.model.project;

import org.coopkit.model.Limits;
import org.coopkit.model.Money;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A budget figure of a project for one year or for its whole period, with its basis, as IATI's
 * {@code budget} element has it: original or revised ({@link BudgetType}), indicative or committed
 * ({@link BudgetStatus}).
 *
 * @param amount the budget
 * @param year the year it covers, {@value Limits#EARLIEST_YEAR} to {@value Limits#LATEST_YEAR}, or
 *     {@code null} for the whole period
 * @param type original or revised
 * @param status indicative or committed
 * @since 0.2.0
 */
public record BudgetLine(
    Money amount, @Nullable Integer year, BudgetType type, BudgetStatus status) {

  /**
   * Checks the line.
   *
   * @param amount the budget
   * @param year the year, or {@code null} for the whole period
   * @param type original or revised
   * @param status indicative or committed
   * @throws org.coopkit.error.ValidationException if the amount, type or status is missing or the
   *     year is out of range
   */
  public BudgetLine {
    Validator v = Validator.of("BudgetLine");
    v.required(amount, "amount");
    v.required(type, "type");
    v.required(status, "status");
    if (year != null) {
      v.check(
          year >= Limits.EARLIEST_YEAR && year <= Limits.LATEST_YEAR,
          "year",
          "must be between " + Limits.EARLIEST_YEAR + " and " + Limits.LATEST_YEAR,
          year);
    }
    v.throwIfInvalid();
  }

  /**
   * The original, committed budget for the whole period.
   *
   * @param amount the budget
   * @return the line
   */
  public static BudgetLine wholePeriod(Money amount) {
    return new BudgetLine(amount, null, BudgetType.ORIGINAL, BudgetStatus.COMMITTED);
  }
}
