package org.coopkit.internal;

import static java.util.Objects.requireNonNull;
import static org.coopkit.internal.ServiceContext.requireExisting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.coopkit.error.NotFoundException;
import org.coopkit.model.PartialDate;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.event.EventId;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.source.Adoption;
import org.coopkit.model.source.AdoptionRule;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.model.source.ReportedValue;
import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceId;
import org.coopkit.query.FactQuery;
import org.coopkit.query.Page;
import org.coopkit.service.ProvenanceService;
import org.coopkit.spi.ProvenanceStore;
import org.coopkit.spi.StorageSession;
import org.jspecify.annotations.Nullable;

/** {@link ProvenanceService} over the storage SPI. */
final class DefaultProvenanceService implements ProvenanceService {
  private static final String KIND = "FactProvenance";

  private final ServiceContext context;

  DefaultProvenanceService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public Optional<FactProvenance> find(Fact fact) {
    requireNonNull(fact, "fact");
    return context.read(s -> store(s).get(fact));
  }

  @Override
  public FactProvenance cite(Fact fact, List<SourceId> sources) {
    requireNonNull(fact, "fact");
    List<SourceId> given = List.copyOf(sources);
    Validator v = Validator.of(KIND);
    v.check(!given.isEmpty(), "sources", "must name at least one source", null);
    v.throwIfInvalid();
    return context.write(
        s -> {
          requireExisting(s.sources(), given, "sources", "Source");
          return change(
              s,
              fact,
              p -> {
                Set<SourceId> all = new LinkedHashSet<>(p.sources());
                all.addAll(given);
                return p.toBuilder().sources(new ArrayList<>(all)).build();
              });
        });
  }

  @Override
  public FactProvenance report(Fact fact, ReportedValue value) {
    requireNonNull(fact, "fact");
    requireNonNull(value, "value");
    return context.write(
        s -> {
          requireExisting(s.sources(), value.sources(), "reported.sources", "Source");
          return change(
              s,
              fact,
              p -> {
                List<ReportedValue> reported = new ArrayList<>(p.reported());
                boolean merged = false;
                for (int i = 0; i < reported.size(); i++) {
                  ReportedValue r = reported.get(i);
                  if (r.value().equals(value.value())) {
                    Set<SourceId> all = new LinkedHashSet<>(r.sources());
                    all.addAll(value.sources());
                    reported.set(i, r.toBuilder().sources(new ArrayList<>(all)).build());
                    merged = true;
                  }
                }
                if (!merged) {
                  reported.add(value);
                }
                FactProvenance next = p.toBuilder().reported(reported).build();
                Adoption a = next.adoption();
                if (a != null && !a.isChosen()) {
                  next = next.toBuilder().adoption(a.withValue(pick(s, next, a.rule()))).build();
                }
                return next;
              });
        });
  }

  @Override
  public FactProvenance adopt(Fact fact, String value, String reason) {
    requireNonNull(fact, "fact");
    requireNonNull(value, "value");
    requireNonNull(reason, "reason");
    String actor = context.actor();
    return context.write(
        s ->
            changeExisting(
                s,
                fact,
                p -> p.toBuilder().adoption(Adoption.chosen(value, actor, reason, now())).build()));
  }

  @Override
  public FactProvenance adoptByRule(Fact fact, AdoptionRule rule) {
    requireNonNull(fact, "fact");
    requireNonNull(rule, "rule");
    Validator v = Validator.of(KIND);
    v.check(rule != AdoptionRule.CHOSEN, "rule", "must be a rule, not CHOSEN (use adopt)", rule);
    v.throwIfInvalid();
    String actor = context.actor();
    return context.write(
        s ->
            changeExisting(
                s,
                fact,
                p -> {
                  Validator check = Validator.of(KIND);
                  check.check(
                      !p.reported().isEmpty(), "reported", "must hold a value to adopt", null);
                  check.throwIfInvalid();
                  return p.toBuilder()
                      .adoption(Adoption.byRule(rule, pick(s, p, rule), actor, now()))
                      .build();
                }));
  }

  @Override
  public FactProvenance restore(FactProvenance provenance) {
    requireNonNull(provenance, "provenance");
    FactProvenance stored =
        provenance.version() > 0
            ? provenance
            : provenance.toBuilder().version(1).updatedAt(now()).build();
    return context.write(
        s -> {
          requireExisting(s.sources(), new ArrayList<>(stored.allSources()), "sources", "Source");
          requireAggregate(s, stored.fact());
          store(s).insert(stored);
          return stored;
        });
  }

  @Override
  public void remove(Fact fact, long expectedVersion) {
    requireNonNull(fact, "fact");
    context.write(
        s -> {
          FactProvenance current = existing(s, fact);
          ServiceContext.requireVersion(KIND, fact, expectedVersion, current.version());
          store(s).delete(fact, expectedVersion);
          return null;
        });
  }

  @Override
  public Page<FactProvenance> search(FactQuery query) {
    requireNonNull(query, "query");
    return context.read(s -> store(s).find(query));
  }

  @Override
  public List<FactProvenance> contested(Collection<Fact> facts) {
    List<Fact> given = List.copyOf(facts);
    return context.read(
        s -> {
          ProvenanceStore store = store(s);
          List<FactProvenance> found = new ArrayList<>();
          for (Fact fact : new LinkedHashSet<>(given)) {
            store.get(fact).filter(FactProvenance::isContested).ifPresent(found::add);
          }
          return found;
        });
  }

  private Instant now() {
    return context.now();
  }

  private static ProvenanceStore store(StorageSession s) {
    return s.provenance()
        .orElseThrow(() -> new UnsupportedOperationException("This storage keeps no provenance"));
  }

  private static FactProvenance existing(StorageSession s, Fact fact) {
    return store(s)
        .getForUpdate(fact)
        .orElseThrow(() -> new NotFoundException(KIND, fact.toString()));
  }

  /** Changes a fact's provenance, making it if the fact has none yet (its aggregate must exist). */
  private FactProvenance change(StorageSession s, Fact fact, UnaryOperator<FactProvenance> change) {
    ProvenanceStore store = store(s);
    Optional<FactProvenance> current = store.getForUpdate(fact);
    if (current.isPresent()) {
      return replace(store, current.get(), change);
    }
    requireAggregate(s, fact);
    FactProvenance created =
        change.apply(FactProvenance.builder(fact).build()).toBuilder()
            .version(1)
            .updatedAt(now())
            .build();
    store.insert(created);
    return created;
  }

  private FactProvenance changeExisting(
      StorageSession s, Fact fact, UnaryOperator<FactProvenance> change) {
    return replace(store(s), existing(s, fact), change);
  }

  private FactProvenance replace(
      ProvenanceStore store, FactProvenance current, UnaryOperator<FactProvenance> change) {
    FactProvenance next =
        change.apply(current).toBuilder().version(current.version() + 1).updatedAt(now()).build();
    store.update(next, current.version());
    return next;
  }

  private static void requireAggregate(StorageSession s, Fact fact) {
    boolean exists =
        switch (fact.kind()) {
          case PROJECT ->
              !s.projects().existing(List.of(ProjectId.of(fact.aggregateId()))).isEmpty();
          case EVENT -> !s.events().existing(List.of(EventId.of(fact.aggregateId()))).isEmpty();
          case CONTACT ->
              !s.contacts().existing(List.of(ContactId.of(fact.aggregateId()))).isEmpty();
          case ORGANISATION ->
              !s.organisations().existing(List.of(OrganisationId.of(fact.aggregateId()))).isEmpty();
        };
    if (!exists) {
      throw new NotFoundException(fact.kind().label(), fact.aggregateId().toString());
    }
  }

  /**
   * The value a rule picks: see {@link AdoptionRule}. A value's date is the latest date its sources
   * speak for (else the day they were read); values compare by it, the later reported winning a
   * tie.
   */
  private static String pick(StorageSession s, FactProvenance p, AdoptionRule rule) {
    ReportedValue best = null;
    PartialDate bestDate = null;
    for (ReportedValue r : p.reported()) {
      PartialDate date = dateOf(s, r);
      if (best == null || better(rule, r, date, best, bestDate)) {
        best = r;
        bestDate = date;
      }
    }
    return requireNonNull(best, "a reported value").value();
  }

  private static boolean better(
      AdoptionRule rule,
      ReportedValue r,
      @Nullable PartialDate date,
      ReportedValue best,
      @Nullable PartialDate bestDate) {
    if (rule == AdoptionRule.MOST_SPECIFIC && r.approximate() != best.approximate()) {
      return !r.approximate();
    }
    if (date == null) {
      return bestDate == null;
    }
    return bestDate == null || date.compareTo(bestDate) >= 0;
  }

  private static @Nullable PartialDate dateOf(StorageSession s, ReportedValue r) {
    PartialDate latest = null;
    for (SourceId id : r.sources()) {
      Optional<Source> source = s.sources().get(id);
      if (source.isEmpty()) {
        continue;
      }
      PartialDate date = source.get().speaksFor();
      if (date == null && source.get().readOn() != null) {
        date = PartialDate.of(requireNonNull(source.get().readOn()));
      }
      if (date != null && (latest == null || date.compareTo(latest) > 0)) {
        latest = date;
      }
    }
    return latest;
  }
}
