package org.coopkit.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.coopkit.history.Change;
import org.coopkit.history.ChangeKind;
import org.coopkit.history.FieldChange;
import org.coopkit.model.source.AggregateKind;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.query.FactQuery;
import org.coopkit.query.Page;
import org.coopkit.spi.AggregateStore;
import org.coopkit.spi.HistoryStore;
import org.coopkit.spi.ProvenanceStore;
import org.coopkit.spi.StorageSession;
import org.jspecify.annotations.Nullable;

/**
 * Records the changes of one read-write transaction as they are made, and writes them to the
 * history when the transaction's work is done, before it commits.
 *
 * <p>It stands between the services and the transaction's stores: {@link #session()} is the
 * transaction's session, with every {@link AggregateStore} wrapped so that each {@code insert},
 * {@code update} and {@code delete} is noted with the aggregate before and after it. Any store of
 * the session is wrapped, whatever its kind, so a write made anywhere in the services is recorded,
 * and a store or a store method added later is too. The state before an update is the one the
 * transaction last read or wrote (services read with {@code getForUpdate} before they write), or
 * else read again.
 *
 * <p>The session's {@link ProvenanceStore} is wrapped as well: each fact's provenance is recorded
 * as a change of kind {@value #FACT_KIND}, with the id {@link #factId(Fact)}. On a contact's fact
 * the reported values and the value and reason of the adoption may quote the person, so they are
 * recorded as personal fields, erased with the contact's.
 *
 * <p>An update that keeps the version (a unit of work storing, before it commits, the relations it
 * could not store earlier) completes the change that produced that version instead of making
 * another.
 */
final class ChangeRecorder {
  /** The aggregate kind of the changes of a fact's provenance: {@value}. */
  static final String FACT_KIND = "FactProvenance";

  private static final Map<Class<?>, String> KINDS = new ConcurrentHashMap<>();

  private final StorageSession target;
  private final StorageSession session;
  private final ChangeRecording recording;
  private final List<Pending> pending = new ArrayList<>();
  private final Map<String, Object> known = new HashMap<>();
  private final Set<String> erased = new LinkedHashSet<>();

  ChangeRecorder(StorageSession target, ChangeRecording recording) {
    this.target = target;
    this.recording = recording;
    this.session =
        (StorageSession)
            Proxy.newProxyInstance(
                StorageSession.class.getClassLoader(),
                new Class<?>[] {StorageSession.class},
                new SessionHandler());
  }

  /** The recorder behind a session that {@link #session()} made, or {@code null}. */
  static @Nullable ChangeRecorder of(StorageSession session) {
    if (Proxy.isProxyClass(session.getClass())
        && Proxy.getInvocationHandler(session) instanceof SessionHandler handler) {
      return handler.recorder();
    }
    return null;
  }

  /** The transaction's session, with its writes recorded. */
  StorageSession session() {
    return session;
  }

  /**
   * Marks an aggregate whose personal data are erased in this transaction: the values of its
   * personal fields are erased from its whole history when the changes are written.
   */
  void erasePersonalData(String kind, String id) {
    erased.add(key(kind, id));
  }

  /**
   * The id under which the history keeps a fact's provenance: the name-based UUID (RFC 4122,
   * version 3) of the fact's text {@code Contact/<id>/roles[...]} (see {@link Fact#toString()}), so
   * that it is stable, fits where an aggregate's id does, and is computed again from the fact.
   */
  static String factId(Fact fact) {
    return UUID.nameUUIDFromBytes(fact.toString().getBytes(StandardCharsets.UTF_8)).toString();
  }

  /**
   * Writes the recorded changes to the history, as the transaction's last write, and erases what
   * was marked; returns them as stored, or nothing if the storage keeps no history.
   */
  List<Change> flush() {
    Optional<HistoryStore> store = target.history();
    if (store.isEmpty() || (pending.isEmpty() && erased.isEmpty())) {
      return List.of();
    }
    HistoryStore history = store.get();
    for (String key : erased) {
      int split = key.indexOf('/');
      history.erasePersonalData(key.substring(0, split), key.substring(split + 1));
    }
    if (pending.isEmpty()) {
      return List.of();
    }
    List<Change> changes = new ArrayList<>(pending.size());
    for (Pending p : pending) {
      Change change =
          new Change(
              0,
              p.kind,
              p.id,
              p.version,
              p.change,
              p.at,
              p.actor,
              p.change == ChangeKind.DELETED ? List.of() : fields(p));
      changes.add(erased.contains(key(p.kind, p.id)) ? change.erased() : change);
    }
    return history.append(changes);
  }

  /** What changed; on a contact's fact, what may quote the person is personal. */
  private static List<FieldChange> fields(Pending p) {
    List<FieldChange> fields = ValueTree.diff(p.before, p.after);
    if (!p.quotesPerson) {
      return fields;
    }
    List<FieldChange> marked = new ArrayList<>(fields.size());
    for (FieldChange f : fields) {
      boolean quotes =
          f.path().startsWith("reported[")
              || f.path().equals("adoption.value")
              || f.path().equals("adoption.reason");
      marked.add(
          quotes && !f.personal()
              ? new FieldChange(f.path(), f.oldValue(), f.newValue(), true)
              : f);
    }
    return marked;
  }

  private void inserted(String kind, Object aggregate) {
    String id = idOf(aggregate);
    known.put(key(kind, id), aggregate);
    pending.add(
        new Pending(
            kind,
            id,
            versionOf(aggregate),
            ChangeKind.CREATED,
            recording.now(),
            recording.actor(),
            null,
            aggregate));
  }

  private void updated(String kind, @Nullable Object before, Object aggregate, long expected) {
    String id = idOf(aggregate);
    long version = versionOf(aggregate);
    known.put(key(kind, id), aggregate);
    if (version == expected) {
      for (int i = pending.size() - 1; i >= 0; i--) {
        Pending p = pending.get(i);
        if (p.kind.equals(kind) && p.id.equals(id) && p.version == version) {
          pending.set(i, p.withAfter(aggregate));
          return;
        }
      }
    }
    pending.add(
        new Pending(
            kind,
            id,
            version,
            ChangeKind.UPDATED,
            recording.now(),
            recording.actor(),
            before,
            aggregate));
  }

  private void deleted(String kind, String id, @Nullable Object before, long expected) {
    known.remove(key(kind, id));
    // The person's data go with the record: the history keeps none of them either.
    erased.add(key(kind, id));
    pending.add(
        new Pending(
            kind,
            id,
            expected,
            ChangeKind.DELETED,
            recording.now(),
            recording.actor(),
            before,
            null));
  }

  private static String key(String kind, String id) {
    return kind + "/" + id;
  }

  private static String idOf(Object aggregate) {
    return String.valueOf(call(aggregate, "id"));
  }

  private static long versionOf(Object aggregate) {
    return ((Number) call(aggregate, "version")).longValue();
  }

  private static Object call(Object target, String accessor) {
    try {
      return target.getClass().getMethod(accessor).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          target.getClass().getSimpleName() + " has no public " + accessor + "()", e);
    }
  }

  /** The aggregate kind a store interface keeps: the simple name of its aggregate type. */
  private static String kindOf(Class<?> storeType) {
    return KINDS.computeIfAbsent(
        storeType,
        t -> {
          Class<?> aggregate = aggregateType(t);
          return aggregate == null ? t.getSimpleName() : aggregate.getSimpleName();
        });
  }

  private static @Nullable Class<?> aggregateType(Class<?> type) {
    for (Type generic : type.getGenericInterfaces()) {
      if (generic instanceof ParameterizedType p && p.getRawType() == AggregateStore.class) {
        return p.getActualTypeArguments()[1] instanceof Class<?> c ? c : null;
      }
      Class<?> raw =
          generic instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) generic;
      Class<?> found = aggregateType(raw);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static @Nullable Object invoke(Method method, Object target, @Nullable Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Hands out the session's stores, each wrapped once. */
  private final class SessionHandler implements InvocationHandler {
    private final Map<Method, Object> stores = new HashMap<>();

    ChangeRecorder recorder() {
      return ChangeRecorder.this;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args)
        throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == (args == null ? null : args[0]);
          case "hashCode" -> System.identityHashCode(proxy);
          default -> "Recorded[" + target + "]";
        };
      }
      Object result = ChangeRecorder.invoke(method, target, args);
      if (method.getName().equals("provenance")
          && result instanceof Optional<?> found
          && found.orElse(null) instanceof ProvenanceStore provenance) {
        return Optional.of(
            (ProvenanceStore)
                stores.computeIfAbsent(method, m -> new RecordedProvenance(provenance)));
      }
      Class<?> type = method.getReturnType();
      if (result == null || !AggregateStore.class.isAssignableFrom(type) || !type.isInterface()) {
        return result;
      }
      Object store = result;
      return stores.computeIfAbsent(
          method,
          m ->
              Proxy.newProxyInstance(
                  type.getClassLoader(),
                  new Class<?>[] {type},
                  new StoreHandler(store, kindOf(type))));
    }
  }

  /** Notes each write of one store, and remembers what it reads. */
  private final class StoreHandler implements InvocationHandler {
    private final Object store;
    private final String kind;

    StoreHandler(Object store, String kind) {
      this.store = store;
      this.kind = kind;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args)
        throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == (args == null ? null : args[0]);
          case "hashCode" -> System.identityHashCode(proxy);
          default -> "Recorded[" + store + "]";
        };
      }
      String name = method.getName();
      int arity = method.getParameterCount();
      if (name.equals("insert") && arity == 1 && args != null && args[0] != null) {
        Object result = ChangeRecorder.invoke(method, store, args);
        inserted(kind, args[0]);
        return result;
      }
      if (name.equals("update") && arity == 2 && args != null && args[0] != null) {
        long expected = ((Number) args[1]).longValue();
        Object before = before(call(args[0], "id"), expected);
        Object result = ChangeRecorder.invoke(method, store, args);
        updated(kind, before, args[0], expected);
        return result;
      }
      if (name.equals("delete") && arity == 2 && args != null && args[0] != null) {
        long expected = ((Number) args[1]).longValue();
        String id = String.valueOf(args[0]);
        Object before = before(args[0], expected);
        Object result = ChangeRecorder.invoke(method, store, args);
        deleted(kind, id, before, expected);
        return result;
      }
      Object result = ChangeRecorder.invoke(method, store, args);
      if ((name.equals("get") || name.equals("getForUpdate") || name.equals("getByCode"))
          && result instanceof Optional<?> found
          && found.isPresent()) {
        Object aggregate = found.get();
        known.put(key(kind, idOf(aggregate)), aggregate);
      }
      return result;
    }

    /** The aggregate at {@code expected} as this transaction knows it, else as stored. */
    @SuppressWarnings("unchecked")
    private @Nullable Object before(Object id, long expected) {
      Object seen = known.get(key(kind, String.valueOf(id)));
      if (seen != null && versionOf(seen) == expected) {
        return seen;
      }
      Object stored = ((AggregateStore<Object, ?, ?>) store).get(id).orElse(null);
      return stored != null && versionOf(stored) == expected ? stored : null;
    }
  }

  /** Notes each write of the provenance store, and remembers what it reads. */
  private final class RecordedProvenance implements ProvenanceStore {
    private final ProvenanceStore store;

    RecordedProvenance(ProvenanceStore store) {
      this.store = store;
    }

    @Override
    public Optional<FactProvenance> get(Fact fact) {
      return seen(store.get(fact));
    }

    @Override
    public Optional<FactProvenance> getForUpdate(Fact fact) {
      return seen(store.getForUpdate(fact));
    }

    @Override
    public void insert(FactProvenance provenance) {
      store.insert(provenance);
      String id = factId(provenance.fact());
      known.put(key(FACT_KIND, id), provenance);
      note(provenance.fact(), id, provenance.version(), ChangeKind.CREATED, null, provenance);
    }

    @Override
    public void update(FactProvenance provenance, long expectedVersion) {
      FactProvenance before = before(provenance.fact(), expectedVersion);
      store.update(provenance, expectedVersion);
      String id = factId(provenance.fact());
      known.put(key(FACT_KIND, id), provenance);
      note(provenance.fact(), id, provenance.version(), ChangeKind.UPDATED, before, provenance);
    }

    @Override
    public void delete(Fact fact, long expectedVersion) {
      FactProvenance before = before(fact, expectedVersion);
      store.delete(fact, expectedVersion);
      String id = factId(fact);
      known.remove(key(FACT_KIND, id));
      // As with a deleted aggregate: what the provenance quoted of a person goes with it. Only a
      // contact's facts hold anything personal; erasing the others' would be a write for nothing.
      if (fact.kind() == AggregateKind.CONTACT) {
        erased.add(key(FACT_KIND, id));
      }
      note(fact, id, expectedVersion, ChangeKind.DELETED, before, null);
    }

    @Override
    public Page<FactProvenance> find(FactQuery query) {
      return store.find(query);
    }

    @Override
    public String toString() {
      return "Recorded[" + store + "]";
    }

    private Optional<FactProvenance> seen(Optional<FactProvenance> found) {
      found.ifPresent(p -> known.put(key(FACT_KIND, factId(p.fact())), p));
      return found;
    }

    private @Nullable FactProvenance before(Fact fact, long expected) {
      if (known.get(key(FACT_KIND, factId(fact))) instanceof FactProvenance seen
          && seen.version() == expected) {
        return seen;
      }
      FactProvenance stored = store.get(fact).orElse(null);
      return stored != null && stored.version() == expected ? stored : null;
    }

    private void note(
        Fact fact,
        String id,
        long version,
        ChangeKind change,
        @Nullable FactProvenance before,
        @Nullable FactProvenance after) {
      pending.add(
          new Pending(
              FACT_KIND,
              id,
              version,
              change,
              recording.now(),
              recording.actor(),
              before,
              after,
              fact.kind() == AggregateKind.CONTACT));
    }
  }

  /** A change noted, to be written when the work is done. */
  private record Pending(
      String kind,
      String id,
      long version,
      ChangeKind change,
      Instant at,
      String actor,
      @Nullable Object before,
      @Nullable Object after,
      boolean quotesPerson) {
    Pending(
        String kind,
        String id,
        long version,
        ChangeKind change,
        Instant at,
        String actor,
        @Nullable Object before,
        @Nullable Object after) {
      this(kind, id, version, change, at, actor, before, after, false);
    }

    Pending withAfter(Object newAfter) {
      return new Pending(kind, id, version, change, at, actor, before, newAfter, quotesPerson);
    }
  }
}
