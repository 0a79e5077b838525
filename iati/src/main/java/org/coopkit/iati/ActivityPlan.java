package org.coopkit.iati;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.coopkit.Coopkit;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.BudgetLine;
import org.coopkit.model.project.CountryRole;
import org.coopkit.model.project.FundingLine;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.PolicyMarker;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.Sector;
import org.coopkit.model.project.SectorVocabulary;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.result.Result;
import org.jspecify.annotations.Nullable;

/**
 * One project as the IATI activity it becomes, every rule checked and every lookup done before a
 * single element is written: a project that cannot be published is refused whole, never half
 * written. Holds one project's values only.
 */
final class ActivityPlan {
  /** The scheme of an {@link ExternalId} that holds an IATI identifier. */
  static final String IATI_SCHEME = "iati";

  record Description(int type, LocalizedText text) {}

  record Org(@Nullable String ref, String type, LocalizedText name) {}

  record Participant(Org org, int role) {}

  record ActivityDate(int type, LocalDate day, @Nullable String narrative) {}

  record Share(String code, BigDecimal percentage) {}

  record SectorShare(String vocabulary, String code, BigDecimal percentage) {}

  record Budget(int type, int status, LocalDate start, LocalDate end, Money value) {}

  record Transaction(
      int type, LocalDate date, Money value, Org provider, OptionalInt financeType) {}

  record Document(URI url, String format, String title, String category) {}

  record Related(String ref, int type) {}

  final String identifier;
  final @Nullable Instant lastUpdated;
  final LocalizedText title;
  final List<Description> descriptions = new ArrayList<>();
  final List<Participant> participants = new ArrayList<>();
  int status;
  final List<ActivityDate> dates = new ArrayList<>();
  final List<Share> countries = new ArrayList<>();
  @Nullable Share region;
  final List<SectorShare> sectors = new ArrayList<>();
  final List<PolicyMarker> policyMarkers;
  final List<Budget> budgets = new ArrayList<>();
  final List<Transaction> transactions = new ArrayList<>();
  final List<Document> documents = new ArrayList<>();
  final List<Related> related = new ArrayList<>();
  final List<Result> results = new ArrayList<>();
  long fundingLinesLeftOut;
  long budgetsLeftOut;
  long relationsLeftOut;
  long resultsLeftOut;

  private ActivityPlan(String identifier, Project project) {
    this.identifier = identifier;
    this.lastUpdated = project.updatedAt().equals(Instant.EPOCH) ? null : project.updatedAt();
    this.title = project.title();
    this.policyMarkers = project.policyMarkers();
  }

  /**
   * Plans the activity of {@code project}.
   *
   * @throws ValidationException naming the project and every rule it breaks for IATI
   */
  static ActivityPlan of(
      Project project,
      Coopkit coopkit,
      ReportingOrg reporter,
      @Nullable String regionWhenNoCountry,
      LocalDate today) {
    List<Violation> violations = new ArrayList<>();
    String identifier = identifier(project, reporter, violations);
    ActivityPlan plan = new ActivityPlan(identifier == null ? "" : identifier, project);
    Map<OrganisationId, Org> orgs = new HashMap<>();
    plan.describe(project, violations);
    plan.participants(project, coopkit, orgs, violations);
    OptionalInt status = IatiCodelists.activityStatus(project.status());
    if (status.isPresent()) {
      plan.status = status.getAsInt();
    } else {
      violations.add(
          new Violation(
              "status",
              "must be known to publish (IATI requires an activity status)",
              project.status().toString()));
    }
    plan.dates(project.dates(), today, violations);
    plan.recipients(project, regionWhenNoCountry, violations);
    plan.sectors(project.sectors(), violations);
    plan.budgets(project);
    plan.transactions(project, coopkit, orgs, today, violations);
    plan.documents(project.links());
    plan.related(project.relations(), coopkit);
    coopkit.results().find(project.id()).ifPresent(plan::results);
    if (!violations.isEmpty()) {
      throw new ValidationException("IATI activity of project " + project.code(), violations);
    }
    return plan;
  }

  private static @Nullable String identifier(
      Project project, ReportingOrg reporter, List<Violation> violations) {
    Optional<String> found = iatiIdentifier(project.externalIds());
    if (found.isEmpty()) {
      violations.add(
          new Violation(
              "externalIds",
              "must hold an IATI activity identifier (scheme '" + IATI_SCHEME + "')",
              "none"));
      return null;
    }
    String id = found.get();
    if (!IatiCodelists.isIdentifier(id)) {
      violations.add(
          new Violation("externalIds", "must be an identifier without blanks or / & | ?", id));
    } else if (!id.startsWith(reporter.ref() + "-")) {
      violations.add(
          new Violation(
              "externalIds",
              "must start with the reporting organisation's identifier and a hyphen ("
                  + reporter.ref()
                  + "-)",
              id));
    }
    return id;
  }

  static Optional<String> iatiIdentifier(List<ExternalId> externalIds) {
    return externalIds.stream()
        .filter(e -> e.scheme().equals(IATI_SCHEME))
        .map(ExternalId::value)
        .findFirst();
  }

  private void describe(Project project, List<Violation> violations) {
    if (project.summary() != null) {
      descriptions.add(new Description(1, project.summary()));
    }
    if (project.aims() != null) {
      descriptions.add(new Description(2, project.aims()));
    }
    if (descriptions.isEmpty()) {
      violations.add(
          new Violation(
              "summary", "must be given, or the aims (IATI requires a description)", "none"));
    }
  }

  private void participants(
      Project project, Coopkit coopkit, Map<OrganisationId, Org> orgs, List<Violation> violations) {
    // Several coopkit roles share an IATI role (mentor and implementing are both 4): each pair
    // once.
    Set<List<Object>> written = new LinkedHashSet<>();
    List<ProjectOrganisation> organisations = project.organisations();
    for (int i = 0; i < organisations.size(); i++) {
      ProjectOrganisation po = organisations.get(i);
      Org org = org(po.organisation(), coopkit, orgs, "organisations[" + i + "]", violations);
      if (org != null && written.add(List.of(po.organisation(), po.role().iatiCode()))) {
        participants.add(new Participant(org, po.role().iatiCode()));
      }
    }
    // A donor of a funding line funds the project: IATI wants it among the funding organisations.
    List<FundingLine> funding = project.funding();
    for (int i = 0; i < funding.size(); i++) {
      OrganisationId donor = funding.get(i).donor();
      int role = OrganisationRole.FUNDING.iatiCode();
      Org org = org(donor, coopkit, orgs, "funding[" + i + "].donor", violations);
      if (org != null && written.add(List.of(donor, role))) {
        participants.add(new Participant(org, role));
      }
    }
    if (organisations.isEmpty() && funding.isEmpty()) {
      violations.add(
          new Violation(
              "organisations",
              "must name at least one organisation (IATI requires a participating organisation)",
              "none"));
    }
  }

  private static @Nullable Org org(
      OrganisationId id,
      Coopkit coopkit,
      Map<OrganisationId, Org> orgs,
      String path,
      List<Violation> violations) {
    Org known = orgs.get(id);
    if (known != null) {
      return known;
    }
    Optional<Organisation> found = coopkit.organisations().find(id);
    if (found.isEmpty()) {
      violations.add(new Violation(path, "must be a stored organisation", id.toString()));
      return null;
    }
    Organisation o = found.get();
    Org org =
        new Org(
            iatiIdentifier(o.externalIds()).orElse(null),
            IatiCodelists.organisationType(o),
            o.name());
    orgs.put(id, org);
    return org;
  }

  private void dates(ProjectDates d, LocalDate today, List<Violation> violations) {
    if (d.plannedStart() == null && d.actualStart() == null) {
      violations.add(
          new Violation(
              "dates",
              "must have a planned or an actual start (IATI requires a start date)",
              "none"));
    }
    if (d.plannedStart() != null) {
      dates.add(first(1, d.plannedStart()));
    }
    if (d.actualStart() != null) {
      PartialDate start = d.actualStart();
      if (start.earliest().isAfter(today)) {
        violations.add(
            new Violation(
                "dates.actualStart", "must not be after the day of the export", start.toString()));
      } else {
        dates.add(first(2, start));
      }
    }
    PartialDate plannedEnd = d.agreedEnd();
    if (plannedEnd != null) {
      dates.add(last(3, plannedEnd, null));
    } else if (d.actualEnd() == null && d.isEndDerived()) {
      PartialDate derived = d.end();
      if (derived != null) {
        dates.add(last(3, derived, derived + ", the start plus " + d.durationMonths() + " months"));
      }
    }
    if (d.actualEnd() != null) {
      PartialDate end = d.actualEnd();
      if (end.earliest().isAfter(today)) {
        violations.add(
            new Violation(
                "dates.actualEnd", "must not be after the day of the export", end.toString()));
      } else {
        // An end known to the month or year that is still running ends, at the latest, today.
        ActivityDate last = last(4, end, null);
        dates.add(last.day().isAfter(today) ? new ActivityDate(4, today, last.narrative()) : last);
      }
    }
  }

  private static ActivityDate first(int type, PartialDate date) {
    return new ActivityDate(type, date.earliest(), precision(date));
  }

  private static ActivityDate last(int type, PartialDate date, @Nullable String narrative) {
    return new ActivityDate(type, date.latest(), narrative != null ? narrative : precision(date));
  }

  /** The date as coopkit knows it, when that is less than a day: "2017-07", "2017". */
  private static @Nullable String precision(PartialDate date) {
    return date.precision() == PartialDate.Precision.DAY ? null : date.toString();
  }

  private void recipients(
      Project project, @Nullable String regionWhenNoCountry, List<Violation> violations) {
    Set<CountryCode> beneficiaries = new LinkedHashSet<>();
    for (ParticipatingCountry c : project.countries()) {
      if (c.role() == CountryRole.BENEFICIARY) {
        beneficiaries.add(c.country());
      }
    }
    if (!beneficiaries.isEmpty()) {
      List<BigDecimal> shares = IatiCodelists.equalShares(beneficiaries.size());
      int i = 0;
      for (CountryCode country : beneficiaries) {
        countries.add(new Share(country.alpha2(), shares.get(i++)));
      }
    } else if (regionWhenNoCountry != null) {
      region = new Share(regionWhenNoCountry, BigDecimal.valueOf(100));
    } else {
      violations.add(
          new Violation(
              "countries",
              "must name a beneficiary country, or the exporter a region"
                  + " (IATI requires a recipient country or region)",
              "none"));
    }
  }

  private void sectors(List<Sector> given, List<Violation> violations) {
    if (given.isEmpty()) {
      violations.add(
          new Violation("sectors", "must name at least one sector (IATI requires one)", "none"));
      return;
    }
    Map<SectorVocabulary, List<Sector>> byVocabulary = new EnumMap<>(SectorVocabulary.class);
    for (Sector s : given) {
      byVocabulary.computeIfAbsent(s.vocabulary(), v -> new ArrayList<>()).add(s);
    }
    for (List<Sector> list : byVocabulary.values()) {
      // The model has percentages for all sectors of a vocabulary (adding up to 100) or for none.
      boolean given100 = list.get(0).percentage() != null;
      List<BigDecimal> equal = IatiCodelists.equalShares(list.size());
      for (int i = 0; i < list.size(); i++) {
        Sector s = list.get(i);
        BigDecimal percentage = given100 ? s.percentage() : equal.get(i);
        sectors.add(new SectorShare(s.vocabulary().iatiCode(), s.code(), percentage));
      }
    }
  }

  private void budgets(Project project) {
    ProjectDates d = project.dates();
    for (BudgetLine line : project.budgets()) {
      LocalDate start;
      LocalDate end;
      if (line.year() != null) {
        start = LocalDate.of(line.year(), 1, 1);
        end = LocalDate.of(line.year(), 12, 31);
      } else {
        PartialDate from = d.start();
        PartialDate until = d.end();
        if (from == null
            || until == null
            || until.latest().isAfter(from.earliest().plusYears(1).minusDays(1))) {
          budgetsLeftOut++;
          continue;
        }
        start = from.earliest();
        end = until.latest();
      }
      budgets.add(
          new Budget(line.type().iatiCode(), line.status().iatiCode(), start, end, line.amount()));
    }
  }

  private void transactions(
      Project project,
      Coopkit coopkit,
      Map<OrganisationId, Org> orgs,
      LocalDate today,
      List<Violation> violations) {
    PartialDate projectStart = project.dates().start();
    List<FundingLine> funding = project.funding();
    for (int i = 0; i < funding.size(); i++) {
      FundingLine line = funding.get(i);
      PartialDate from = line.from() != null ? line.from() : projectStart;
      if (line.amount() == null || from == null || from.earliest().isAfter(today)) {
        fundingLinesLeftOut++;
        continue;
      }
      Org donor = org(line.donor(), coopkit, orgs, "funding[" + i + "].donor", new ArrayList<>());
      if (donor == null) {
        continue; // already reported by participants()
      }
      transactions.add(
          new Transaction(
              line.kind().iatiTransactionType(),
              from.earliest(),
              line.amount(),
              donor,
              line.kind().iatiFinanceType()));
    }
  }

  private void documents(List<Link> links) {
    for (Link link : links) {
      String title = link.title() != null ? link.title() : link.uri().toString();
      documents.add(
          new Document(
              link.uri(),
              IatiCodelists.format(link.uri()),
              title,
              IatiCodelists.documentCategory(link.kind())));
    }
  }

  private void related(List<ProjectRelation> relations, Coopkit coopkit) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (ProjectRelation relation : relations) {
      OptionalInt type = IatiCodelists.relatedActivityType(relation.type());
      Optional<String> ref =
          type.isEmpty()
              ? Optional.empty()
              : coopkit
                  .projects()
                  .find(relation.project())
                  .flatMap(p -> iatiIdentifier(p.externalIds()));
      if (ref.isEmpty() || seen.putIfAbsent(ref.get(), type.getAsInt()) != null) {
        relationsLeftOut++;
        continue;
      }
      related.add(new Related(ref.get(), type.getAsInt()));
    }
  }

  private void results(Logframe logframe) {
    for (Result result : logframe.results()) {
      // IATI requires at least one indicator in a result.
      if (result.indicators().isEmpty()) {
        resultsLeftOut++;
      } else {
        results.add(result);
      }
    }
  }
}
