package org.coopkit.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.coopkit.history.Change;
import org.coopkit.history.ChangeKind;
import org.coopkit.spi.AggregateStore;
import org.coopkit.spi.HistoryStore;
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
 * <p>An update that keeps the version (a unit of work storing, before it commits, the relations it
 * could not store earlier) completes the change that produced that version instead of making
 * another.
 */
final class ChangeRecorder {
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
              p.change == ChangeKind.DELETED ? List.of() : ValueTree.diff(p.before, p.after));
      changes.add(erased.contains(key(p.kind, p.id)) ? change.erased() : change);
    }
    return history.append(changes);
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

  /** A change noted, to be written when the work is done. */
  private record Pending(
      String kind,
      String id,
      long version,
      ChangeKind change,
      Instant at,
      String actor,
      @Nullable Object before,
      @Nullable Object after) {
    Pending withAfter(Object newAfter) {
      return new Pending(kind, id, version, change, at, actor, before, newAfter);
    }
  }
}
