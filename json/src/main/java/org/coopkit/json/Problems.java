package org.coopkit.json;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/** The problems of one import: the first {@code max} kept, all counted. */
final class Problems {
  private final int max;
  private final List<ImportProblem> kept = new ArrayList<>();
  private long count;

  Problems(int max) {
    this.max = max;
  }

  void add(ImportProblem problem) {
    count++;
    if (kept.size() < max) {
      kept.add(problem);
    }
  }

  void addAll(List<ImportProblem> problems) {
    problems.forEach(this::add);
  }

  long count() {
    return count;
  }

  /** Whether as many problems were found as are kept. */
  boolean full() {
    return count >= max;
  }

  ImmutableList<ImportProblem> kept() {
    return ImmutableList.copyOf(kept);
  }
}
