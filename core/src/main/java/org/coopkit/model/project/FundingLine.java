package org.coopkit.model.project;

import java.math.BigDecimal;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * One donor's part of a project's funding, e.g. "the European Union, EUR 4 000 000 grant, 80 % of
 * the whole, 2019-06 to 2022-12".
 *
 * <p>Sources often give either the amount or the share, so either may be missing, but not both. A
 * project's shares may not exceed 100 % in total ({@link Project#funding()}).
 *
 * @param donor the organisation that gives the money, which must exist when the project is stored
 * @param amount the amount and its currency, if known
 * @param share the line's share of the whole funding in percent, more than 0 and at most 100, with
 *     at most two decimal places (kept at scale 2, so {@code 80} and {@code 80.00} are equal), if
 *     known
 * @param kind what kind of money it is
 * @param from the first month (or day, or year) the money covers, if known
 * @param until the last, if known; not before {@code from}
 * @since 0.2.0
 */
public record FundingLine(
    OrganisationId donor,
    @Nullable Money amount,
    @Nullable BigDecimal share,
    FundingKind kind,
    @Nullable PartialDate from,
    @Nullable PartialDate until) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the line and brings the share to two decimal places.
   *
   * @param donor the donor organisation
   * @param amount the amount, or {@code null} if not known
   * @param share the share in percent, or {@code null} if not known
   * @param kind the kind of money
   * @param from the start of the period covered, or {@code null}
   * @param until the end of the period covered, or {@code null}
   * @throws org.coopkit.error.ValidationException if the donor or kind is missing, neither amount
   *     nor share is given, the share is not more than 0 and at most 100 with two decimal places,
   *     or the period ends before it starts
   */
  public FundingLine {
    Validator v = Validator.of("FundingLine");
    v.required(donor, "donor");
    v.required(kind, "kind");
    v.check(amount != null || share != null, "amount", "is required when no share is given", null);
    if (share != null) {
      BigDecimal s = share;
      if (v.check(
              s.signum() > 0 && s.compareTo(HUNDRED) <= 0,
              "share",
              "must be more than 0 and at most 100 (percent)",
              s.toPlainString())
          && v.check(
              s.stripTrailingZeros().scale() <= 2,
              "share",
              "must have at most 2 decimal places",
              s.toPlainString())) {
        share = s.setScale(2);
      }
    }
    if (from != null && until != null) {
      PartialDate f = from;
      PartialDate u = until;
      v.checkLazily(
          !u.latest().isBefore(f.earliest()),
          "until",
          "must not be before from",
          () -> u + " < " + f);
    }
    v.throwIfInvalid();
  }

  /**
   * A line of a known amount, with no share or period.
   *
   * @param donor the donor organisation
   * @param amount the amount
   * @param kind the kind of money
   * @return the line
   */
  public static FundingLine of(OrganisationId donor, Money amount, FundingKind kind) {
    return new FundingLine(donor, amount, null, kind, null, null);
  }
}
