package org.coopkit.examples;

import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.storage.memory.MemoryStorage;

/**
 * Task: create a project with its components. A project is made by its builder and stored by the
 * project service, which checks every rule at once and names each broken one.
 */
public final class CreateProjectWithComponents {
  private CreateProjectWithComponents() {}

  /** Creates a two-component project and reads it back by its code. */
  public static Project run(Coopkit coopkit) {
    Project project =
        Project.builder()
            .id(coopkit.ids().newProjectId())
            .code("cyber-south")
            .title("CyberSouth")
            .acronym("CyberSouth")
            .status(ProjectStatus.IMPLEMENTATION)
            // known only to the month: stored as such, never as an invented day
            .dates(ProjectDates.planned(PartialDate.ofMonth(2017, 7), PartialDate.ofMonth(2024, 6)))
            .addCountry(CountryCode.of("DZ"))
            .addCountry(CountryCode.of("JO"))
            .addCountry(CountryCode.of("LB"))
            .addCountry(CountryCode.of("MA"))
            .addCountry(CountryCode.of("TN"))
            .addComponent(
                Component.builder()
                    .id(coopkit.ids().newComponentId())
                    .code("1")
                    .title("Legislation in line with international standards")
                    .addExpectedResult(
                        LocalizedText.of("Draft laws reviewed against the Convention"))
                    .build())
            .addComponent(
                Component.builder()
                    .id(coopkit.ids().newComponentId())
                    .code("2")
                    .title("Judicial training on cybercrime and electronic evidence")
                    .build())
            .build();
    coopkit.projects().create(project);
    return coopkit.projects().findByCode("cyber-south").orElseThrow();
  }

  /**
   * Prints the stored project's components.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build()) {
      Project project = run(coopkit);
      System.out.println(project.title().english() + ", version " + project.version());
      project
          .components()
          .forEach(c -> System.out.println("  " + c.code() + ". " + c.title().english()));
    }
  }
}
