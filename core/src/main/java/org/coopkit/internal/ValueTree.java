package org.coopkit.internal;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.coopkit.history.FieldChange;
import org.coopkit.model.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate flattened to its leaf values, each under its path and as text, found by reflection
 * over the model's public accessors: so that a field added to the model is in the history without
 * anyone listing it here.
 *
 * <p>The walk: a record goes into its components (a record of one component, such as a typed id or
 * an e-mail address, stands for that component's value at its own path); another class of the model
 * into its public, non-static accessors without parameters, in name order ({@code toBuilder},
 * {@code toString} and {@code hashCode} aside); a list or set into its elements, named by their id
 * when they have an {@code id()}, else by index; a map into its values, named by key; an {@link
 * Optional} into its value. Of a class, only the accessors named as one of its fields are read: its
 * state, not what it derives from it (a text's {@code english()}, an event's {@code isJoint()}).
 * Strings, numbers, booleans, enums, dates and times, UUIDs and classes from outside coopkit are
 * leaves, shown by {@code toString()} (an enum by its name). A value under an accessor or of a type
 * marked {@link PersonalData} is personal, and so is everything below it.
 */
final class ValueTree {
  /** Fields every change sets, which the change itself records: its version and time. */
  private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "updatedAt");

  private static final int MAX_DEPTH = 16;

  /**
   * What the walk needs to know of each class, found once: reflection answers none of it cheaply (a
   * record's components and a class's enclosing class are made anew on every call, and an accessor
   * found through them parses its annotations anew).
   */
  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  /** A leaf: its text and whether it is personal. */
  record Leaf(String text, boolean personal) {}

  /** How the walk treats values of one class. */
  private enum Kind {
    LEAF,
    OPTIONAL,
    MAP,
    COLLECTION,
    /** A record of one component, standing for that component's value at its own path. */
    WRAPPER,
    /** A class read through its accessors. */
    COMPOSITE
  }

  /** One accessor of a class's state, and whether what it returns is personal. */
  private record Accessor(Method method, boolean personal) {}

  /**
   * A class as the walk sees it: its kind, whether it is marked personal, the accessors of its
   * state (a wrapper's one component, a composite's fields in name order), its {@code id()}
   * accessor, if it has one, and the one component of a record that has one, shown for the record.
   */
  private record Shape(
      Kind kind,
      boolean personal,
      List<Accessor> accessors,
      @Nullable Method id,
      @Nullable Method wrapped) {

    static Shape of(Class<?> type) {
      boolean personal = type.isAnnotationPresent(PersonalData.class);
      Kind kind = kindOf(type);
      List<Accessor> accessors = List.of();
      Method id = null;
      if (kind == Kind.WRAPPER || kind == Kind.COMPOSITE) {
        accessors =
            ValueTree.accessors(type).stream().map(m -> new Accessor(m, isPersonal(m))).toList();
        id =
            accessors.stream()
                .map(Accessor::method)
                .filter(m -> m.getName().equals("id"))
                .findFirst()
                .orElse(null);
      }
      Method wrapped =
          type.isRecord() && type.getRecordComponents().length == 1
              ? type.getRecordComponents()[0].getAccessor()
              : null;
      return new Shape(kind, personal, accessors, id, wrapped);
    }

    private static Kind kindOf(Class<?> type) {
      if (isLeaf(type)) {
        return Kind.LEAF;
      }
      if (type == Optional.class) {
        return Kind.OPTIONAL;
      }
      if (Map.class.isAssignableFrom(type)) {
        return Kind.MAP;
      }
      if (Collection.class.isAssignableFrom(type)) {
        return Kind.COLLECTION;
      }
      return type.isRecord() && type.getRecordComponents().length == 1
          ? Kind.WRAPPER
          : Kind.COMPOSITE;
    }
  }

  private ValueTree() {}

  /** The leaves of {@code aggregate}, by path, its bookkeeping fields left out. */
  static Map<String, Leaf> flatten(@Nullable Object aggregate) {
    Map<String, Leaf> leaves = new TreeMap<>();
    if (aggregate != null) {
      for (Accessor accessor : shape(aggregate.getClass()).accessors()) {
        String name = accessor.method().getName();
        if (!BOOKKEEPING.contains(name)) {
          walk(invoke(accessor.method(), aggregate), name, accessor.personal(), leaves, 1);
        }
      }
    }
    return leaves;
  }

  /** The fields that differ between {@code before} and {@code after}, in path order. */
  static List<FieldChange> diff(@Nullable Object before, @Nullable Object after) {
    Map<String, Leaf> old = flatten(before);
    Map<String, Leaf> now = flatten(after);
    TreeSet<String> paths = new TreeSet<>(old.keySet());
    paths.addAll(now.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String path : paths) {
      Leaf o = old.get(path);
      Leaf n = now.get(path);
      String oldText = o == null ? null : o.text();
      String newText = n == null ? null : n.text();
      if (!Objects.equals(oldText, newText)) {
        boolean personal = (o != null && o.personal()) || (n != null && n.personal());
        changes.add(new FieldChange(path, oldText, newText, personal));
      }
    }
    return changes;
  }

  private static Shape shape(Class<?> type) {
    return SHAPES.computeIfAbsent(type, Shape::of);
  }

  private static void walk(
      @Nullable Object value, String path, boolean personal, Map<String, Leaf> leaves, int depth) {
    if (value == null) {
      return;
    }
    Shape shape = shape(value.getClass());
    boolean mine = personal || shape.personal();
    if (depth > MAX_DEPTH || shape.kind() == Kind.LEAF) {
      leaves.put(path, new Leaf(text(value), mine));
      return;
    }
    switch (shape.kind()) {
      case OPTIONAL -> walk(((Optional<?>) value).orElse(null), path, mine, leaves, depth + 1);
      case MAP -> {
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          walk(entry.getValue(), path + "[" + entry.getKey() + "]", mine, leaves, depth + 1);
        }
      }
      case COLLECTION -> {
        int index = 0;
        for (Object element : (Collection<?>) value) {
          walk(element, path + "[" + elementKey(element, index) + "]", mine, leaves, depth + 1);
          index++;
        }
      }
      case WRAPPER -> {
        Accessor only = shape.accessors().get(0);
        walk(invoke(only.method(), value), path, mine || only.personal(), leaves, depth + 1);
      }
      default -> {
        for (Accessor accessor : shape.accessors()) {
          walk(
              invoke(accessor.method(), value),
              path + "." + accessor.method().getName(),
              mine || accessor.personal(),
              leaves,
              depth + 1);
        }
      }
    }
  }

  /** How a list element is named in a path: by its id if it has one, else by its index. */
  private static String elementKey(@Nullable Object element, int index) {
    if (element != null) {
      Method id = shape(element.getClass()).id();
      if (id != null) {
        Object value = invoke(id, element);
        if (value != null) {
          return text(value);
        }
      }
    }
    return Integer.toString(index);
  }

  private static boolean isLeaf(Class<?> type) {
    return type.isPrimitive()
        || type.isEnum()
        || (type.getEnclosingClass() != null && type.getEnclosingClass().isEnum())
        || CharSequence.class.isAssignableFrom(type)
        || Number.class.isAssignableFrom(type)
        || type == Boolean.class
        || type == Character.class
        || type == UUID.class
        || TemporalAccessor.class.isAssignableFrom(type)
        || !(type.getName().startsWith("org.coopkit.")
            || Collection.class.isAssignableFrom(type)
            || Map.class.isAssignableFrom(type)
            || type == Optional.class);
  }

  private static String text(Object value) {
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    Method wrapped = shape(value.getClass()).wrapped();
    if (wrapped != null) {
      Object inner = invoke(wrapped, value);
      return inner == null ? "" : text(inner);
    }
    return value.toString();
  }

  private static boolean isPersonal(Method accessor) {
    return accessor.isAnnotationPresent(PersonalData.class)
        || accessor.getReturnType().isAnnotationPresent(PersonalData.class);
  }

  /** The public accessors of a model class: public, not static, no parameters, a result. */
  private static List<Method> accessors(Class<?> t) {
    if (t.isRecord()) {
      return Arrays.stream(t.getRecordComponents()).map(RecordComponent::getAccessor).toList();
    }
    List<Method> all = publicAccessors(t);
    // The state, not what is derived from it: accessors named as a field of the class.
    List<Method> state = all.stream().filter(m -> hasField(t, m.getName())).toList();
    return state.isEmpty() ? all : state;
  }

  private static boolean hasField(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getName().equals(name) && !Modifier.isStatic(field.getModifiers())) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Method> publicAccessors(Class<?> t) {
    return Arrays.stream(t.getMethods())
        .filter(m -> m.getDeclaringClass() != Object.class)
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0 && m.getReturnType() != void.class)
        .filter(m -> !m.isBridge() && !m.isSynthetic())
        .filter(
            m ->
                !m.getName().equals("toBuilder")
                    && !m.getName().equals("toString")
                    && !m.getName().equals("hashCode")
                    && !m.getName().equals("getClass"))
        .filter(m -> !m.getReturnType().getSimpleName().equals("Builder"))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  private static @Nullable Object invoke(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + accessor, e);
    } catch (InvocationTargetException e) {
      // An accessor that refuses to answer (a derived value undefined here) has no value.
      return null;
    }
  }
}
