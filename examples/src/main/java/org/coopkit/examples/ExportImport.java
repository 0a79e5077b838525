package org.coopkit.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.coopkit.Coopkit;
import org.coopkit.json.CoopkitJson;
import org.coopkit.json.ImportReport;
import org.coopkit.storage.memory.MemoryStorage;

/**
 * Moving a whole data set between two stores as a {@code coopkit/1} JSON document: export streams
 * every aggregate page by page; import checks every record and stores all or nothing.
 */
public final class ExportImport {
  private ExportImport() {}

  /** Copies {@code from} into a fresh in-memory store and returns the import's report. */
  public static ImportReport copy(Coopkit from, Coopkit to) {
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    CoopkitJson json = CoopkitJson.create();
    json.export(from, document);
    return json.importInto(to, new ByteArrayInputStream(document.toByteArray()));
  }

  public static void main(String[] args) {
    Coopkit from = Coopkit.builder().storage(MemoryStorage.create()).build();
    SeedProject.store(from);
    Coopkit to = Coopkit.builder().storage(MemoryStorage.create()).build();
    System.out.println(copy(from, to));
  }
}
