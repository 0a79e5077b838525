package org.coopkit.internal;

import static java.util.Objects.requireNonNull;
import static org.coopkit.internal.ServiceContext.requireVersion;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceId;
import org.coopkit.query.FactQuery;
import org.coopkit.query.Page;
import org.coopkit.query.Paging;
import org.coopkit.query.SourceQuery;
import org.coopkit.service.SourceService;
import org.coopkit.spi.StorageSession;

/** {@link SourceService} over the storage SPI. */
final class DefaultSourceService implements SourceService {
  private static final String KIND = "Source";

  private final ServiceContext context;
  private final VersionStamping<Source, Source.Builder> stamping;

  DefaultSourceService(ServiceContext context) {
    this.context = context;
    this.stamping = new VersionStamping<>(context, Source::toBuilder, Source.Builder::build);
  }

  @Override
  public Source create(Source source) {
    requireNonNull(source, "source");
    Source stored = stamping.asNew(source);
    return context.write(
        s -> {
          s.sources().insert(stored);
          return stored;
        });
  }

  @Override
  public Source restore(Source source) {
    requireNonNull(source, "source");
    if (source.version() == 0) {
      return create(source);
    }
    return context.write(
        s -> {
          s.sources().insert(source);
          return source;
        });
  }

  @Override
  public Optional<Source> find(SourceId id) {
    requireNonNull(id, "id");
    return context.read(s -> s.sources().get(id));
  }

  @Override
  public Source get(SourceId id) {
    return find(id).orElseThrow(() -> new NotFoundException(KIND, id.toString()));
  }

  @Override
  public Source update(Source source) {
    requireNonNull(source, "source");
    return context.write(
        s -> {
          Source current = current(s, source.id());
          requireVersion(KIND, source.id(), source.version(), current.version());
          Source stored = stamping.replacing(current, source);
          s.sources().update(stored, current.version());
          return stored;
        });
  }

  @Override
  public void delete(SourceId id, long expectedVersion) {
    requireNonNull(id, "id");
    context.write(
        s -> {
          requireVersion(KIND, id, expectedVersion, current(s, id).version());
          if (s.provenance().isPresent()
              && !s.provenance()
                  .get()
                  .find(FactQuery.builder().source(id).limit(1).build())
                  .items()
                  .isEmpty()) {
            throw new StillReferencedException(KIND, id.toString(), "facts");
          }
          s.sources().delete(id, expectedVersion);
          return null;
        });
  }

  @Override
  public Page<Source> list(SourceQuery query) {
    requireNonNull(query, "query");
    return context.read(s -> s.sources().find(query));
  }

  @Override
  public List<Source> findByLink(URI link) {
    requireNonNull(link, "link");
    return context.read(
        s ->
            ServiceContext.all(
                SourceQuery.builder().link(link).limit(Paging.MAX_LIMIT).build(),
                s.sources()::find,
                SourceQuery::after));
  }

  private static Source current(StorageSession s, SourceId id) {
    return s.sources()
        .getForUpdate(id)
        .orElseThrow(() -> new NotFoundException(KIND, id.toString()));
  }
}
