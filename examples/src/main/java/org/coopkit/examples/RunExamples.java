package org.coopkit.examples;

import java.util.Locale;
import org.coopkit.Coopkit;
import org.coopkit.storage.memory.MemoryStorage;

/**
 * The README's run command: stores the Cybercrime EAP II project and prints its page.
 */
public final class RunExamples {
  private RunExamples() {}

  public static void main(String[] args) {
    try (Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build()) {
      SeedProject.store(coopkit);
      System.out.println(new ProjectPage(coopkit, Locale.ENGLISH).render(SeedProject.CODE));
      System.out.println(new DashboardPage(coopkit).render(SeedProject.CODE));
    }
  }
}
