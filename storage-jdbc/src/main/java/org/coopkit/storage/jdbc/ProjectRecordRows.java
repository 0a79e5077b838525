package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_BUDGET;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_END_EXTENSION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_FUNDING;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_POLICY_MARKER;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_SECTOR;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import org.coopkit.model.Money;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.BudgetLine;
import org.coopkit.model.project.EndDateExtension;
import org.coopkit.model.project.FundingLine;
import org.coopkit.model.project.PolicyMarker;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.Sector;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a project's records added in 0.2 (migration V9): its end date's extensions, funding
 * lines, budget lines, sectors and policy markers, each a child table with a position column, and
 * the way back from them. Apart from {@link ProjectTableRows} and {@link ProjectReader}, which call
 * it, so that the mapping of these lists reads in one place.
 */
final class ProjectRecordRows {
  private static final List<Field<?>> EXTENSION_COLUMNS =
      List.of(
          PROJECT_END_EXTENSION.PROJECT_ID,
          PROJECT_END_EXTENSION.POSITION,
          PROJECT_END_EXTENSION.PREVIOUS_END,
          PROJECT_END_EXTENSION.NEW_END,
          PROJECT_END_EXTENSION.DECIDED,
          PROJECT_END_EXTENSION.NOTE);
  private static final List<Field<?>> FUNDING_COLUMNS =
      List.of(
          PROJECT_FUNDING.PROJECT_ID,
          PROJECT_FUNDING.POSITION,
          PROJECT_FUNDING.DONOR_ID,
          PROJECT_FUNDING.AMOUNT,
          PROJECT_FUNDING.CURRENCY,
          PROJECT_FUNDING.SHARE_PERCENT,
          PROJECT_FUNDING.FUNDING_KIND,
          PROJECT_FUNDING.PERIOD_FROM,
          PROJECT_FUNDING.PERIOD_UNTIL);
  private static final List<Field<?>> BUDGET_COLUMNS =
      List.of(
          PROJECT_BUDGET.PROJECT_ID,
          PROJECT_BUDGET.POSITION,
          PROJECT_BUDGET.AMOUNT,
          PROJECT_BUDGET.CURRENCY,
          PROJECT_BUDGET.BUDGET_YEAR,
          PROJECT_BUDGET.BUDGET_TYPE,
          PROJECT_BUDGET.BUDGET_STATUS);
  private static final List<Field<?>> SECTOR_COLUMNS =
      List.of(
          PROJECT_SECTOR.PROJECT_ID,
          PROJECT_SECTOR.POSITION,
          PROJECT_SECTOR.VOCABULARY,
          PROJECT_SECTOR.SECTOR_CODE,
          PROJECT_SECTOR.PERCENTAGE);
  private static final List<Field<?>> MARKER_COLUMNS =
      List.of(
          PROJECT_POLICY_MARKER.PROJECT_ID,
          PROJECT_POLICY_MARKER.POSITION,
          PROJECT_POLICY_MARKER.MARKER,
          PROJECT_POLICY_MARKER.SIGNIFICANCE);

  static final Field<Result<Record>> EXTENSIONS =
      list(
          PROJECT_END_EXTENSION, PROJECT_END_EXTENSION.PROJECT_ID, EXTENSION_COLUMNS, "extensions");
  static final Field<Result<Record>> FUNDING =
      list(PROJECT_FUNDING, PROJECT_FUNDING.PROJECT_ID, FUNDING_COLUMNS, "funding");
  static final Field<Result<Record>> BUDGETS =
      list(PROJECT_BUDGET, PROJECT_BUDGET.PROJECT_ID, BUDGET_COLUMNS, "budgets");
  static final Field<Result<Record>> SECTORS =
      list(PROJECT_SECTOR, PROJECT_SECTOR.PROJECT_ID, SECTOR_COLUMNS, "sectors");
  static final Field<Result<Record>> MARKERS =
      list(PROJECT_POLICY_MARKER, PROJECT_POLICY_MARKER.PROJECT_ID, MARKER_COLUMNS, "markers");

  /** The lists' MULTISETs, for {@link ProjectReader#SELECT}. */
  static final List<Field<?>> SELECT = List.of(EXTENSIONS, FUNDING, BUDGETS, SECTORS, MARKERS);

  private ProjectRecordRows() {}

  /** Empty rows of each table, in the order {@link #append} fills them. */
  static List<TableRows> tables() {
    return List.of(
        new TableRows(PROJECT_END_EXTENSION, EXTENSION_COLUMNS),
        new TableRows(PROJECT_FUNDING, FUNDING_COLUMNS),
        new TableRows(PROJECT_BUDGET, BUDGET_COLUMNS),
        new TableRows(PROJECT_SECTOR, SECTOR_COLUMNS),
        new TableRows(PROJECT_POLICY_MARKER, MARKER_COLUMNS));
  }

  /** Adds the rows of {@code p}'s lists to {@code tables}, made by {@link #tables()}. */
  static void append(Project p, String id, List<TableRows> tables) {
    List<EndDateExtension> extensions = p.dates().extensions();
    for (int i = 0; i < extensions.size(); i++) {
      EndDateExtension x = extensions.get(i);
      tables
          .get(0)
          .add(
              id,
              i,
              TextForms.partialDate(x.previousEnd()),
              TextForms.partialDate(x.newEnd()),
              TextForms.partialDate(x.decided()),
              x.note());
    }
    for (int i = 0; i < p.funding().size(); i++) {
      FundingLine f = p.funding().get(i);
      Money amount = f.amount();
      tables
          .get(1)
          .add(
              id,
              i,
              f.donor().toString(),
              amount == null ? null : amount.amount(),
              amount == null ? null : amount.currency().getCurrencyCode(),
              f.share(),
              f.kind(),
              TextForms.partialDate(f.from()),
              TextForms.partialDate(f.until()));
    }
    for (int i = 0; i < p.budgets().size(); i++) {
      BudgetLine b = p.budgets().get(i);
      tables
          .get(2)
          .add(
              id,
              i,
              b.amount().amount(),
              b.amount().currency().getCurrencyCode(),
              b.year(),
              b.type(),
              b.status());
    }
    for (int i = 0; i < p.sectors().size(); i++) {
      Sector s = p.sectors().get(i);
      tables.get(3).add(id, i, s.vocabulary(), s.code(), s.percentage());
    }
    for (int i = 0; i < p.policyMarkers().size(); i++) {
      PolicyMarker m = p.policyMarkers().get(i);
      tables.get(4).add(id, i, m.marker(), m.significance());
    }
  }

  /** The project's dates from its row and its extensions' rows. */
  static ProjectDates dates(Record r) {
    return ProjectDates.builder()
        .plannedStart(TextForms.partialDateOrNull(r.get(PROJECT.PLANNED_START)))
        .plannedEnd(TextForms.partialDateOrNull(r.get(PROJECT.PLANNED_END)))
        .actualStart(TextForms.partialDateOrNull(r.get(PROJECT.ACTUAL_START)))
        .actualEnd(TextForms.partialDateOrNull(r.get(PROJECT.ACTUAL_END)))
        .signed(TextForms.partialDateOrNull(r.get(PROJECT.SIGNED)))
        .launched(TextForms.partialDateOrNull(r.get(PROJECT.LAUNCHED)))
        .durationMonths(r.get(PROJECT.DURATION_MONTHS))
        .extensions(
            sorted(r.get(EXTENSIONS), PROJECT_END_EXTENSION.POSITION).stream()
                .map(
                    x ->
                        new EndDateExtension(
                            TextForms.partialDateOrNull(x.get(PROJECT_END_EXTENSION.PREVIOUS_END)),
                            TextForms.partialDateOrNull(x.get(PROJECT_END_EXTENSION.NEW_END)),
                            TextForms.partialDateOrNull(x.get(PROJECT_END_EXTENSION.DECIDED)),
                            x.get(PROJECT_END_EXTENSION.NOTE)))
                .toList())
        .build();
  }

  /** Sets the project's funding, budgets, sectors and markers from their rows. */
  static Project.Builder lists(Record r, Project.Builder b) {
    return b.funding(
            sorted(r.get(FUNDING), PROJECT_FUNDING.POSITION).stream()
                .map(
                    f ->
                        new FundingLine(
                            OrganisationId.of(IdText.uuid(f.get(PROJECT_FUNDING.DONOR_ID))),
                            money(f.get(PROJECT_FUNDING.AMOUNT), f.get(PROJECT_FUNDING.CURRENCY)),
                            f.get(PROJECT_FUNDING.SHARE_PERCENT),
                            f.get(PROJECT_FUNDING.FUNDING_KIND),
                            TextForms.partialDateOrNull(f.get(PROJECT_FUNDING.PERIOD_FROM)),
                            TextForms.partialDateOrNull(f.get(PROJECT_FUNDING.PERIOD_UNTIL))))
                .toList())
        .budgets(
            sorted(r.get(BUDGETS), PROJECT_BUDGET.POSITION).stream()
                .map(
                    l ->
                        new BudgetLine(
                            money(l.get(PROJECT_BUDGET.AMOUNT), l.get(PROJECT_BUDGET.CURRENCY)),
                            l.get(PROJECT_BUDGET.BUDGET_YEAR),
                            l.get(PROJECT_BUDGET.BUDGET_TYPE),
                            l.get(PROJECT_BUDGET.BUDGET_STATUS)))
                .toList())
        .sectors(
            sorted(r.get(SECTORS), PROJECT_SECTOR.POSITION).stream()
                .map(
                    s ->
                        new Sector(
                            s.get(PROJECT_SECTOR.VOCABULARY),
                            s.get(PROJECT_SECTOR.SECTOR_CODE),
                            s.get(PROJECT_SECTOR.PERCENTAGE)))
                .toList())
        .policyMarkers(
            sorted(r.get(MARKERS), PROJECT_POLICY_MARKER.POSITION).stream()
                .map(
                    m ->
                        PolicyMarker.of(
                            m.get(PROJECT_POLICY_MARKER.MARKER),
                            m.get(PROJECT_POLICY_MARKER.SIGNIFICANCE)))
                .toList());
  }

  /**
   * The amount at its currency's scale: a DECIMAL(38, 8) column gives eight decimal places, which
   * {@link Money} brings back to the currency's own.
   */
  private static @Nullable Money money(@Nullable BigDecimal amount, @Nullable String currency) {
    return amount == null || currency == null
        ? null
        : new Money(amount.stripTrailingZeros(), Currency.getInstance(currency.strip()));
  }

  private static List<Record> sorted(Result<Record> rows, Field<Integer> position) {
    return rows.stream().sorted(Comparator.comparing(row -> row.get(position))).toList();
  }

  private static Field<Result<Record>> list(
      Table<?> table, Field<String> owner, List<Field<?>> columns, String alias) {
    return multiset(
            select(columns.subList(1, columns.size())).from(table).where(owner.eq(PROJECT.ID)))
        .as(alias);
  }
}
