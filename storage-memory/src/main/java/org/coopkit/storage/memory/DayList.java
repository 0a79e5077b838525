package org.coopkit.storage.memory;

import java.util.Arrays;
import java.util.UUID;
import org.coopkit.model.event.Event;

/**
 * Events sorted by first day, then id (unsigned, as {@link org.coopkit.model.event.EventId}
 * compares), each with its first and last day as epoch days: one value's events in an {@link
 * EventIndex}.
 *
 * <p>Why not a {@code TreeMap}: a tree entry costs about 40 bytes and a key object more, per event
 * and per indexed value; at a million events with some seventeen values each that was most of the
 * store's overhead. Here an entry is a {@code long} and a reference in arrays: 12 bytes. The arrays
 * are cut into blocks of at most {@value #BLOCK}, so that an insert shifts at most a block, never
 * the whole list. And the days sit next to the reference, so that a walk rejects the events outside
 * a period from the block's own array, without reading the event (in a large store, a cache miss
 * each).
 *
 * <p>Not thread-safe; {@link MemoryStorage}'s lock guards it. {@link #add} and {@link #remove} are
 * idempotent, as {@link Table} requires.
 */
final class DayList {
  /**
   * The most entries a block holds: an insert shifts up to this many, a block search skips them.
   */
  static final int BLOCK = 128;

  private static final int FIRST_CAPACITY = 4;

  /** Where a run that is used up points, so that its block is never null. */
  private static final Block NONE = new Block(0);

  /** A run of consecutive entries: parallel arrays, {@code size} of them used. */
  private static final class Block {
    long[] days;
    Event[] events;
    int size;

    Block(int capacity) {
      days = new long[capacity];
      events = new Event[capacity];
    }
  }

  private Block[] blocks = new Block[1];
  private int blockCount;
  private int size;

  /** The first and last day of an event, packed as one entry stores them. */
  static long days(long firstDay, long lastDay) {
    return (firstDay << 32) | (lastDay & 0xFFFF_FFFFL);
  }

  /** The first day of packed {@code days}, as an epoch day. */
  static int first(long days) {
    return (int) (days >> 32);
  }

  /** The last day of packed {@code days}, as an epoch day. */
  static int last(long days) {
    return (int) days;
  }

  /** How many events the list holds. */
  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Adds {@code event} with its packed {@code days}; replaces the entry of the same day and id. */
  void add(long days, Event event) {
    UUID id = event.id().value();
    int day = first(days);
    long high = id.getMostSignificantBits();
    long low = id.getLeastSignificantBits();
    if (blockCount == 0) {
      insertBlock(0, new Block(FIRST_CAPACITY));
      put(blocks[0], 0, days, event);
      size++;
      return;
    }
    int b = blockOf(day, high, low, false);
    int i;
    if (b == blockCount) {
      b = blockCount - 1;
      i = blocks[b].size;
    } else {
      Block block = blocks[b];
      i = indexIn(block, day, high, low, false);
      if (compare(block.days[i], block.events[i], day, high, low) == 0) {
        block.days[i] = days;
        block.events[i] = event;
        return;
      }
      // Between two blocks: fill the earlier one if it has room, rather than split the later.
      if (i == 0 && b > 0 && blocks[b - 1].size < BLOCK) {
        b--;
        i = blocks[b].size;
      }
    }
    insertAt(b, i, days, event);
    size++;
  }

  /** Removes the entry of {@code event} (same first day and id); does nothing if there is none. */
  void remove(long days, Event event) {
    UUID id = event.id().value();
    int day = first(days);
    long high = id.getMostSignificantBits();
    long low = id.getLeastSignificantBits();
    int b = blockOf(day, high, low, false);
    if (b == blockCount) {
      return;
    }
    Block block = blocks[b];
    int i = indexIn(block, day, high, low, false);
    if (compare(block.days[i], block.events[i], day, high, low) != 0) {
      return;
    }
    System.arraycopy(block.days, i + 1, block.days, i, block.size - i - 1);
    System.arraycopy(block.events, i + 1, block.events, i, block.size - i - 1);
    block.size--;
    block.events[block.size] = null;
    size--;
    compact(b);
  }

  /**
   * A walk upwards from the first entry at or after (strictly after, if {@code strict}) the
   * position {@code day}, {@code high}, {@code low}, that ends before the first entry starting
   * after {@code lastDay}.
   */
  Run ascending(int day, long high, long low, boolean strict, int lastDay) {
    int b = blockOf(day, high, low, strict);
    int i = b == blockCount ? 0 : indexIn(blocks[b], day, high, low, strict);
    return new Run(b, i, true, lastDay);
  }

  /**
   * A walk downwards from the last entry at or before (strictly before, if {@code strict}) the
   * position {@code day}, {@code high}, {@code low}, that ends after the last entry starting before
   * {@code firstDay}.
   */
  Run descending(int day, long high, long low, boolean strict, int firstDay) {
    // The last entry before a position is the one before the first entry at or after it.
    int b = blockOf(day, high, low, !strict);
    int i = b == blockCount ? 0 : indexIn(blocks[b], day, high, low, !strict);
    if (i > 0) {
      return new Run(b, i - 1, false, firstDay);
    }
    return new Run(b - 1, b > 0 ? blocks[b - 1].size - 1 : 0, false, firstDay);
  }

  /**
   * One walk over a stretch of the list in one direction; {@link #days} and {@link #event} read the
   * current entry while {@link #valid}.
   */
  final class Run {
    private final boolean ascending;
    private final int endDay;
    private int b;
    private int i;
    private Block block = NONE;
    private boolean valid;

    private Run(int b, int i, boolean ascending, int endDay) {
      this.ascending = ascending;
      this.endDay = endDay;
      this.b = b;
      this.i = i;
      settle();
    }

    boolean valid() {
      return valid;
    }

    long days() {
      return block.days[i];
    }

    Event event() {
      return block.events[i];
    }

    void next() {
      if (ascending) {
        if (++i == block.size) {
          b++;
          i = 0;
        }
      } else if (--i < 0) {
        b--;
        i = b >= 0 ? blocks[b].size - 1 : 0;
      }
      settle();
    }

    private void settle() {
      valid = b >= 0 && b < blockCount;
      if (valid) {
        block = blocks[b];
        int day = first(block.days[i]);
        valid = ascending ? day <= endDay : day >= endDay;
      }
      if (!valid) {
        block = NONE;
      }
    }
  }

  /**
   * Compares an entry with a position: by first day, then by id as unsigned 128 bits. Reads the
   * event only when the days tie.
   */
  static int compare(long days, Event event, int day, long high, long low) {
    int c = Integer.compare(first(days), day);
    if (c != 0) {
      return c;
    }
    UUID id = event.id().value();
    c = Long.compareUnsigned(id.getMostSignificantBits(), high);
    return c != 0 ? c : Long.compareUnsigned(id.getLeastSignificantBits(), low);
  }

  /**
   * The first block whose last entry lies at or after the position (strictly after, if {@code
   * strict}); {@code blockCount} if none does.
   */
  private int blockOf(int day, long high, long low, boolean strict) {
    int from = 0;
    int to = blockCount;
    while (from < to) {
      int mid = (from + to) >>> 1;
      Block block = blocks[mid];
      int last = block.size - 1;
      int c = compare(block.days[last], block.events[last], day, high, low);
      if (c < 0 || (strict && c == 0)) {
        from = mid + 1;
      } else {
        to = mid;
      }
    }
    return from;
  }

  /** The first index of {@code block} at or after the position (strictly after, if strict). */
  private static int indexIn(Block block, int day, long high, long low, boolean strict) {
    int from = 0;
    int to = block.size;
    while (from < to) {
      int mid = (from + to) >>> 1;
      int c = compare(block.days[mid], block.events[mid], day, high, low);
      if (c < 0 || (strict && c == 0)) {
        from = mid + 1;
      } else {
        to = mid;
      }
    }
    return from;
  }

  private void insertAt(int b, int i, long days, Event event) {
    Block block = blocks[b];
    if (block.size == block.days.length && block.size < BLOCK) {
      int capacity = Math.min(BLOCK, block.size * 2);
      block.days = Arrays.copyOf(block.days, capacity);
      block.events = Arrays.copyOf(block.events, capacity);
    }
    if (block.size == BLOCK) {
      if (b == blockCount - 1 && i == block.size) {
        // Appending in order (a load sorted by day, or ids made in time order): start a new block
        // and leave this one full, rather than split it into two half-empty ones.
        Block next = new Block(FIRST_CAPACITY);
        insertBlock(b + 1, next);
        put(next, 0, days, event);
        return;
      }
      Block right = split(b);
      if (i > block.size) {
        put(right, i - block.size, days, event);
        return;
      }
    }
    put(block, i, days, event);
  }

  private static void put(Block block, int i, long days, Event event) {
    System.arraycopy(block.days, i, block.days, i + 1, block.size - i);
    System.arraycopy(block.events, i, block.events, i + 1, block.size - i);
    block.days[i] = days;
    block.events[i] = event;
    block.size++;
  }

  /** Moves the upper half of the full block {@code b} into a new block after it. */
  private Block split(int b) {
    Block block = blocks[b];
    int half = block.size / 2;
    int moved = block.size - half;
    Block right = new Block(BLOCK);
    System.arraycopy(block.days, half, right.days, 0, moved);
    System.arraycopy(block.events, half, right.events, 0, moved);
    Arrays.fill(block.events, half, block.size, null);
    right.size = moved;
    block.size = half;
    insertBlock(b + 1, right);
    return right;
  }

  private void insertBlock(int b, Block block) {
    if (blockCount == blocks.length) {
      blocks = Arrays.copyOf(blocks, blockCount * 2);
    }
    System.arraycopy(blocks, b, blocks, b + 1, blockCount - b);
    blocks[b] = block;
    blockCount++;
  }

  private void removeBlock(int b) {
    System.arraycopy(blocks, b + 1, blocks, b, blockCount - b - 1);
    blocks[--blockCount] = null;
  }

  /**
   * After a removal from block {@code b}: drops it if empty, joins it with its successor if both
   * are small, and shrinks its arrays if they are mostly empty, so that deleting events gives the
   * memory back instead of leaving blocks of one entry each.
   */
  private void compact(int b) {
    Block block = blocks[b];
    if (block.size == 0) {
      removeBlock(b);
      return;
    }
    if (b + 1 < blockCount && block.size + blocks[b + 1].size <= BLOCK / 2) {
      Block next = blocks[b + 1];
      int joined = block.size + next.size;
      if (block.days.length < joined) {
        block.days = Arrays.copyOf(block.days, joined);
        block.events = Arrays.copyOf(block.events, joined);
      }
      System.arraycopy(next.days, 0, block.days, block.size, next.size);
      System.arraycopy(next.events, 0, block.events, block.size, next.size);
      block.size = joined;
      removeBlock(b + 1);
    } else if (block.size < block.days.length / 4 && block.days.length > FIRST_CAPACITY) {
      int capacity = Math.max(FIRST_CAPACITY, block.days.length / 2);
      block.days = Arrays.copyOf(block.days, capacity);
      block.events = Arrays.copyOf(block.events, capacity);
    }
  }
}
