package org.coopkit.cli;

import java.util.concurrent.Callable;
import org.coopkit.Coopkit;
import org.coopkit.examples.RunExamples;
import org.coopkit.examples.SeedProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code coopkit demo}: the examples' project, loaded once, as a page and a dashboard. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Loads the example project (Cybercrime EAP II, from the examples' coopkit/1 document)",
      "unless it is there already, and prints its page and dashboard."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CoopkitCli cli = CoopkitCli.of(spec);
    String page;
    try (Coopkit coopkit = cli.store.open()) {
      boolean there = coopkit.projects().findByCode(SeedProject.CODE).isPresent();
      cli.err()
          .println(
              there
                  ? "coopkit: the example project is stored already; showing it"
                  : "coopkit: loading the example project");
      page = RunExamples.run(coopkit);
    }
    cli.out().print(page);
    return ExitCode.OK;
  }
}
