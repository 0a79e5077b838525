package org.coopkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One run of the program in this JVM: its exit status and what it wrote. */
record Run(int status, String out, String err) {
  /** Runs the program on the embedded database in {@code dataDir}, with no environment. */
  static Run embedded(Path dataDir, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data-dir");
    all.add(dataDir.toString());
    return of(Map.of(), all.toArray(String[]::new));
  }

  /** Runs the program with the given environment variables. */
  static Run of(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int status = CoopkitCli.run(args, out, new PrintWriter(err, true), environment::get);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  /** Both streams, for checks that something appears in neither. */
  String all() {
    return out + err;
  }
}
