package org.coopkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coopkit.Coopkit;
import org.coopkit.json.CoopkitJson;
import org.coopkit.json.ExportReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code coopkit export}: writes everything as a {@code coopkit/1} JSON document. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes every record as a coopkit/1 JSON document, which 'import' loads.")
final class ExportCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the document (default: standard output).")
  @Nullable Path output;

  @Option(names = "--pretty", description = "Indent the document for reading.")
  boolean pretty;

  @Override
  public Integer call() {
    CoopkitCli cli = CoopkitCli.of(spec);
    StoreOptions store = cli.store;
    CoopkitJson json = pretty ? CoopkitJson.create().withPrettyPrinting() : CoopkitJson.create();
    ExportReport report;
    try (Coopkit coopkit = store.open()) {
      Progress progress = new Progress(cli.err(), "exporting", -1);
      if (output == null) {
        cli.out().flush();
        report = json.export(coopkit, new StandardOutput(progress.counting(cli.stdout())));
      } else {
        Path temporary =
            Files.createTempFile(output.toAbsolutePath().getParent(), ".coopkit", ".json");
        try (OutputStream out = Files.newOutputStream(temporary)) {
          report = json.export(coopkit, progress.counting(out));
        } catch (RuntimeException | IOException e) {
          Files.deleteIfExists(temporary);
          throw e;
        }
        // Readers of the file never see half a document.
        Files.move(temporary, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      progress.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    cli.err()
        .printf(
            "coopkit: exported %d organisations, %d projects, %d events, %d contacts%n",
            report.organisations(), report.projects(), report.events(), report.contacts());
    return ExitCode.OK;
  }

  /** Standard output that the export may close without closing the program's stream. */
  private static final class StandardOutput extends java.io.FilterOutputStream {
    StandardOutput(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
      out.write(buffer, offset, length);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
