package org.coopkit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coopkit.model.source.AggregateKind;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.model.source.ReportedValue;
import org.coopkit.model.source.SourceId;
import org.coopkit.query.FactQuery;
import org.coopkit.query.Paging;
import org.coopkit.spi.ProvenanceStore;
import org.coopkit.spi.StorageSession;

/** What the other services do to the provenance of an aggregate they delete or erase. */
final class Provenances {
  private Provenances() {}

  /** Every fact's provenance of one aggregate. */
  static List<FactProvenance> of(ProvenanceStore store, AggregateKind kind, UUID id) {
    return ServiceContext.all(
        FactQuery.builder().aggregate(kind, id).limit(Paging.MAX_LIMIT).build(),
        store::find,
        FactQuery::after);
  }

  /** Removes the provenance of an aggregate being deleted: its facts are gone. */
  static void forget(StorageSession s, AggregateKind kind, UUID id) {
    s.provenance()
        .ifPresent(
            store -> {
              for (FactProvenance p : of(store, kind, id)) {
                store.delete(p.fact(), p.version());
              }
            });
  }

  /**
   * Removes what may quote an erased person from the provenance of their facts: the reported values
   * (their texts and notes) and the reasons of adoption. The sources the values cited are kept as
   * citations of the fact, which name no one.
   */
  static void erase(StorageSession s, AggregateKind kind, UUID id, Instant now) {
    s.provenance()
        .ifPresent(
            store -> {
              ChangeRecorder recorder = ChangeRecorder.of(s);
              for (FactProvenance p : of(store, kind, id)) {
                if (recorder != null) {
                  // The history keeps no copy of what the fact's values quoted either.
                  recorder.erasePersonalData(
                      ChangeRecorder.FACT_KIND, ChangeRecorder.factId(p.fact()));
                }
                if (p.reported().isEmpty() && p.adoption() == null) {
                  continue;
                }
                List<SourceId> sources = new ArrayList<>(p.allSources());
                FactProvenance erased =
                    p.toBuilder()
                        .reported(List.<ReportedValue>of())
                        .adoption(null)
                        .sources(sources)
                        .version(p.version() + 1)
                        .updatedAt(now)
                        .build();
                store.update(erased, p.version());
              }
            });
  }
}
