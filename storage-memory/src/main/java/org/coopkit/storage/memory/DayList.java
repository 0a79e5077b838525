package org.coopkit.storage.memory;

import java.util.Arrays;
import java.util.UUID;
import org.coopkit.model.event.Event;
import org.jspecify.annotations.Nullable;

/**
 * Events sorted by first day, then id (unsigned, as {@link org.coopkit.model.event.EventId}
 * compares), each with its first and last day as epoch days: one value's events in an {@link
 * EventIndex}.
 *
 * <p>Why not a {@code TreeMap}: a tree entry costs about 40 bytes and a key object more, per event
 * and per indexed value; at a million events with some seventeen values each that was most of the
 * store's overhead. Here an entry is a {@code long} and a reference in arrays: 12 bytes. The arrays
 * are cut into blocks of at most {@value #BLOCK}, so that an insert shifts at most a block, never
 * the whole list; a directory keeps each block's last entry's days, so that finding a block reads
 * one small array rather than every block on the way.
 *
 * <p>Why the days are in the list: in a large store nearly every event a query reads is a cache
 * miss, several in fact (the event, its dates, their parts), and they were the cost of a query. So
 * a walk decides what it can from the list itself: where a period starts and ends, and which events
 * it skips because they end before it. Only events on the same day need their ids compared; a list
 * that is merged with others often on equal days (the span tiers, see {@link Postings}) may keep
 * the ids beside the days as well, for 16 bytes more an entry.
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

  /** A run of consecutive entries: parallel arrays, {@code size} of them used. */
  private static final class Block {
    long[] days;
    Event[] events;
    long @Nullable [] highs;
    long @Nullable [] lows;
    int size;

    Block(int capacity, boolean ids) {
      days = new long[capacity];
      events = new Event[capacity];
      highs = ids ? new long[capacity] : null;
      lows = ids ? new long[capacity] : null;
    }

    int capacity() {
      return days.length;
    }

    void resize(int capacity) {
      days = Arrays.copyOf(days, capacity);
      events = Arrays.copyOf(events, capacity);
      if (highs != null && lows != null) {
        highs = Arrays.copyOf(highs, capacity);
        lows = Arrays.copyOf(lows, capacity);
      }
    }

    /** Copies {@code count} entries from {@code source} at {@code from} to {@code to} here. */
    void copy(Block source, int from, int to, int count) {
      System.arraycopy(source.days, from, days, to, count);
      System.arraycopy(source.events, from, events, to, count);
      if (highs != null && lows != null && source.highs != null && source.lows != null) {
        System.arraycopy(source.highs, from, highs, to, count);
        System.arraycopy(source.lows, from, lows, to, count);
      }
    }

    void set(int i, long dayPair, Event event, long high, long low) {
      days[i] = dayPair;
      events[i] = event;
      if (highs != null && lows != null) {
        highs[i] = high;
        lows[i] = low;
      }
    }

    long high(int i) {
      long[] h = highs;
      return h != null ? h[i] : events[i].id().value().getMostSignificantBits();
    }

    long low(int i) {
      long[] l = lows;
      return l != null ? l[i] : events[i].id().value().getLeastSignificantBits();
    }

    /**
     * Whether entry {@code i} lies before the position, or at it when {@code strict}: the test of a
     * search for the first entry at (or, strictly, after) the position.
     */
    boolean before(int i, int day, long high, long low, boolean strict) {
      int first = first(days[i]);
      if (first != day) {
        return first < day;
      }
      // The lowest and highest ids bound a day: no need to read the entry's id for them.
      if (!strict && high == 0 && low == 0) {
        return false;
      }
      if (strict && high == -1 && low == -1) {
        return true;
      }
      int c = compareIds(high(i), low(i), high, low);
      return c < 0 || (strict && c == 0);
    }
  }

  /** Where a run that is used up points, so that its block is never null. */
  private static final Block NONE = new Block(0, false);

  private final boolean ids;
  private Block[] blocks = new Block[1];

  /** The packed days of each block's last entry, in step with {@link #blocks}. */
  private long[] lastDays = new long[1];

  private int blockCount;
  private int size;

  /**
   * @param ids whether to keep each entry's id beside its days, for lists often merged with others
   *     on the same days
   */
  DayList(boolean ids) {
    this.ids = ids;
  }

  /**
   * The first and last day of an event, packed as one entry stores them. Epoch days fit an {@code
   * int} many times over: {@link org.coopkit.model.PartialDate} keeps years within 1900–2200.
   */
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

  static int compareIds(long high, long low, long otherHigh, long otherLow) {
    int c = Long.compareUnsigned(high, otherHigh);
    return c != 0 ? c : Long.compareUnsigned(low, otherLow);
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
      insertBlock(0, new Block(FIRST_CAPACITY, ids));
      put(0, 0, days, event, high, low);
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
      if (block.before(i, day, high, low, true)) {
        // At or after the position, and not strictly after it: the same day and id.
        block.set(i, days, event, high, low);
        refresh(b);
        return;
      }
      // Between two blocks: fill the earlier one if it has room, rather than split the later.
      if (i == 0 && b > 0 && blocks[b - 1].size < BLOCK) {
        b--;
        i = blocks[b].size;
      }
    }
    insertAt(b, i, days, event, high, low);
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
    if (!block.before(i, day, high, low, true)) {
      return;
    }
    block.copy(block, i + 1, i, block.size - i - 1);
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

    /** Compares the current entries of this run and {@code other}, both valid, in list order. */
    int compareTo(Run other) {
      int c = Integer.compare(first(days()), first(other.days()));
      if (c != 0 || event() == other.event()) {
        return c;
      }
      return compareIds(
          block.high(i), block.low(i), other.block.high(other.i), other.block.low(other.i));
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
   * The first block whose last entry lies at or after the position (strictly after, if {@code
   * strict}); {@code blockCount} if none does. Reads the directory, and a block only on a tie of
   * days.
   */
  private int blockOf(int day, long high, long low, boolean strict) {
    int from = 0;
    int to = blockCount;
    while (from < to) {
      int mid = (from + to) >>> 1;
      int last = first(lastDays[mid]);
      boolean before =
          last != day
              ? last < day
              : blocks[mid].before(blocks[mid].size - 1, day, high, low, strict);
      if (before) {
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
      if (block.before(mid, day, high, low, strict)) {
        from = mid + 1;
      } else {
        to = mid;
      }
    }
    return from;
  }

  private void insertAt(int b, int i, long days, Event event, long high, long low) {
    Block block = blocks[b];
    if (block.size == block.capacity() && block.size < BLOCK) {
      block.resize(Math.min(BLOCK, block.size * 2));
    }
    if (block.size == BLOCK) {
      if (b == blockCount - 1 && i == block.size) {
        // Appending in order (a load sorted by day, or ids made in time order): start a new block
        // and leave this one full, rather than split it into two half-empty ones.
        insertBlock(b + 1, new Block(FIRST_CAPACITY, ids));
        put(b + 1, 0, days, event, high, low);
        return;
      }
      split(b);
      if (i > block.size) {
        put(b + 1, i - block.size, days, event, high, low);
        return;
      }
    }
    put(b, i, days, event, high, low);
  }

  private void put(int b, int i, long days, Event event, long high, long low) {
    Block block = blocks[b];
    block.copy(block, i, i + 1, block.size - i);
    block.set(i, days, event, high, low);
    block.size++;
    refresh(b);
  }

  /** Moves the upper half of the full block {@code b} into a new block after it. */
  private void split(int b) {
    Block block = blocks[b];
    int half = block.size / 2;
    int moved = block.size - half;
    Block right = new Block(BLOCK, ids);
    right.copy(block, half, 0, moved);
    Arrays.fill(block.events, half, block.size, null);
    right.size = moved;
    block.size = half;
    refresh(b);
    insertBlock(b + 1, right);
  }

  private void insertBlock(int b, Block block) {
    if (blockCount == blocks.length) {
      blocks = Arrays.copyOf(blocks, blockCount * 2);
      lastDays = Arrays.copyOf(lastDays, blockCount * 2);
    }
    System.arraycopy(blocks, b, blocks, b + 1, blockCount - b);
    System.arraycopy(lastDays, b, lastDays, b + 1, blockCount - b);
    blocks[b] = block;
    blockCount++;
    refresh(b);
  }

  private void removeBlock(int b) {
    System.arraycopy(blocks, b + 1, blocks, b, blockCount - b - 1);
    System.arraycopy(lastDays, b + 1, lastDays, b, blockCount - b - 1);
    blocks[--blockCount] = NONE;
  }

  /** Copies block {@code b}'s last entry's days into the directory. */
  private void refresh(int b) {
    Block block = blocks[b];
    if (block.size > 0) {
      lastDays[b] = block.days[block.size - 1];
    }
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
      if (block.capacity() < joined) {
        block.resize(joined);
      }
      block.copy(next, 0, block.size, next.size);
      block.size = joined;
      removeBlock(b + 1);
    } else if (block.size < block.capacity() / 4 && block.capacity() > FIRST_CAPACITY) {
      block.resize(Math.max(FIRST_CAPACITY, block.capacity() / 2));
    }
    refresh(b);
  }
}
