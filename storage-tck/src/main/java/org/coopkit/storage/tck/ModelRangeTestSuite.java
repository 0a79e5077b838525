package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.storage.tck.ContractAssertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.coopkit.error.ValidationException;
import org.coopkit.model.Limits;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.ProjectQuery;
import org.coopkit.report.ProjectDashboard;
import org.coopkit.report.ReportFilter;
import org.coopkit.report.ReportScope;
import org.junit.jupiter.api.Test;

/**
 * The model's ranges hold on every store: an amount of money at its limits, and a date or instant
 * at either end of the model's range ({@link Limits#EARLIEST_DAY} to {@link Limits#LATEST_DAY},
 * {@link Limits#EARLIEST_INSTANT} to {@link Limits#LATEST_INSTANT}) reads back exactly as written;
 * one outside it is refused before anything is stored; and a filter's day outside it ({@code
 * LocalDate.MIN}, {@code LocalDate.MAX}) finds on every store what an open end finds.
 *
 * @since 0.1.0
 */
public abstract class ModelRangeTestSuite extends StorageTestSuite {
  /** For subclasses. */
  protected ModelRangeTestSuite() {}

  /** Checks that a role valid from the earliest to the latest day reads back exactly. */
  @Test
  protected void aRoleValidFromTheEarliestToTheLatestDayReadsBackExactly() {
    // given
    Project project = storedProject();
    RoleAssignment whole =
        Fixtures.role(RoleType.EXPERT, project.id()).toBuilder()
            .validFrom(Limits.EARLIEST_DAY)
            .validUntil(Limits.LATEST_DAY)
            .build();
    RoleAssignment notYetStarted =
        Fixtures.role(RoleType.TRAINER, project.id()).toBuilder()
            .validFrom(Limits.LATEST_DAY)
            .build();

    // when
    Contact stored =
        contacts()
            .create(Fixtures.anyContact().toBuilder().roles(List.of(whole, notYetStarted)).build());

    // then
    Contact read = contacts().get(stored.id());
    assertSame(read, stored, "the contact read back");
    assertThat(read.roles().get(1).isActiveOn(Limits.LATEST_DAY.minusDays(1)))
        .as("a role that starts on the latest day is not active the day before")
        .isFalse();
  }

  /** Checks that stamps at the earliest and at the latest instant read back exactly. */
  @Test
  protected void stampsAtTheEdgesOfTheRangeReadBackExactly() {
    // given
    clock.set(Limits.EARLIEST_INSTANT);
    Project created = projects().create(Fixtures.anyProject());
    clock.set(Limits.LATEST_INSTANT);

    // when
    Project updated = projects().update(created.toBuilder().title("Renamed").build());

    // then
    Project read = projects().get(created.id());
    assertThat(read.createdAt()).isEqualTo(Limits.EARLIEST_INSTANT);
    assertThat(read.updatedAt()).isEqualTo(Limits.LATEST_INSTANT);
    assertSame(read, updated, "the project read back");
  }

  /** Checks that a day or an instant outside the range is refused, naming the field. */
  @Test
  protected void aDayOrAnInstantOutsideTheRangeIsRefusedNamingTheField() {
    for (LocalDate day :
        List.of(
            LocalDate.of(20250, 1, 1),
            LocalDate.of(0, 1, 1),
            LocalDate.MIN,
            LocalDate.MAX,
            Limits.EARLIEST_DAY.minusDays(1),
            Limits.LATEST_DAY.plusDays(1))) {
      assertThatThrownBy(
              () ->
                  RoleAssignment.builder()
                      .id(Fixtures.newRoleId())
                      .type(RoleType.EXPERT)
                      .country(org.coopkit.model.CountryCode.of("AM"))
                      .validFrom(day)
                      .build())
          .as("a role valid from %s", day)
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("validFrom")
          .hasMessageContaining("must be between");
    }
    clock.set(Limits.LATEST_INSTANT.plusNanos(1_000));
    Project project = Fixtures.anyProject();
    assertThatThrownBy(() -> projects().create(project))
        .as("a project stamped after the latest instant")
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("createdAt");
    resetClock();
    assertThat(projects().find(project.id())).as("nothing stored").isEmpty();
  }

  /** Checks that a period reaching beyond the range finds what an open end finds. */
  @Test
  protected void aPeriodReachingBeyondTheRangeFindsWhatAnOpenEndFinds() {
    // given: an event in 2017 and a project running from 2017 with no end
    Project project =
        projects()
            .create(
                Fixtures.anyProject().toBuilder()
                    .dates(ProjectDates.UNKNOWN.withActual(PartialDate.ofYear(2017), null))
                    .build());
    Event event =
        events()
            .create(
                Fixtures.eventOf(project.id()).toBuilder()
                    .dates(
                        EventDates.of(LocalDate.of(2017, 10, 9), LocalDate.of(2017, 10, 11), null))
                    .build());
    EventQuery ofTheProject = EventQuery.builder().project(project.id()).build();

    // when
    List<Event> untilMax =
        events()
            .search(
                ofTheProject.toBuilder().between(LocalDate.of(2017, 1, 1), LocalDate.MAX).build())
            .items();
    List<Event> fromMin =
        events()
            .search(
                ofTheProject.toBuilder().between(LocalDate.MIN, LocalDate.of(2017, 12, 31)).build())
            .items();
    List<Event> afterIt =
        events()
            .search(
                ofTheProject.toBuilder().between(LocalDate.of(2018, 1, 1), LocalDate.MAX).build())
            .items();
    ProjectDashboard dashboard =
        reports()
            .dashboard(
                ReportScope.project(project.id()),
                ReportFilter.ALL.between(LocalDate.of(2017, 1, 1), LocalDate.MAX));
    ProjectDashboard openEnded =
        reports()
            .dashboard(
                ReportScope.project(project.id()),
                ReportFilter.ALL.between(LocalDate.of(2017, 1, 1), null));
    List<Project> activeAtTheEnd =
        projects()
            .search(ProjectQuery.builder().text(project.code()).activeOn(LocalDate.MAX).build())
            .items();

    // then
    assertThat(untilMax).extracting(Event::id).containsExactly(event.id());
    assertThat(fromMin).extracting(Event::id).containsExactly(event.id());
    assertThat(afterIt).isEmpty();
    assertThat(dashboard.total())
        .as("the dashboard up to LocalDate.MAX")
        .isEqualTo(openEnded.total());
    assertThat(dashboard.total().events()).isEqualTo(1);
    assertThat(activeAtTheEnd).extracting(Project::id).containsExactly(project.id());
  }

  /**
   * Checks that a role with an open start is active on {@code LocalDate.MIN}, one from 1900 not.
   */
  @Test
  protected void rolesActiveOnADayBeforeTheRangeAreThoseWithAnOpenStart() {
    // given
    Project project = storedProject();
    Contact open =
        contacts()
            .create(
                Fixtures.anyContact().toBuilder()
                    .roles(List.of(Fixtures.role(RoleType.EXPERT, project.id())))
                    .build());
    Contact fromTheFirstDay =
        contacts()
            .create(
                Fixtures.anyContact().toBuilder()
                    .roles(
                        List.of(
                            Fixtures.role(RoleType.EXPERT, project.id()).toBuilder()
                                .validFrom(Limits.EARLIEST_DAY)
                                .build()))
                    .build());

    // when
    List<Contact> active =
        contacts()
            .search(ContactQuery.builder().project(project.id()).activeOn(LocalDate.MIN).build())
            .items();

    // then
    assertThat(active).extracting(Contact::id).containsExactly(open.id());
    assertThat(fromTheFirstDay.roles().get(0).isActiveOn(Limits.EARLIEST_DAY)).isTrue();
  }

  /** Checks that amounts at the money limits read back exactly, in any currency. */
  @Test
  protected void amountsAtTheMoneyLimitsReadBackExactly() {
    String whole = "9".repeat(Limits.MONEY_WHOLE_DIGITS);
    for (Money budget :
        List.of(
            Money.of(whole + "." + "9".repeat(Limits.MONEY_DECIMALS), "XAU"),
            Money.of(whole + ".99", "EUR"),
            Money.of("0.00000001", "XAU"),
            Money.of(whole, "JPY"))) {
      // when
      Project stored = projects().create(Fixtures.anyProject().toBuilder().budget(budget).build());

      // then
      assertThat(projects().get(stored.id()).budget()).as("budget %s", budget).isEqualTo(budget);
    }
  }

  /** Checks that an amount beyond the money limits is refused, however it is written. */
  @Test
  protected void anAmountBeyondTheMoneyLimitsIsRefusedBeforeAnyArithmetic() {
    for (String amount :
        List.of(
            "1.123456789",
            "1" + "0".repeat(Limits.MONEY_WHOLE_DIGITS),
            "1E+999999999",
            "1E+9999999",
            "1".repeat(1_000_000))) {
      assertThatThrownBy(() -> Money.of(amount, "XAU"))
          .as("an amount of %s characters", amount.length())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("amount");
    }
    assertThatThrownBy(() -> Money.of(new java.math.BigDecimal("1E+999999999"), "EUR"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("digits before the decimal point");
  }
}
