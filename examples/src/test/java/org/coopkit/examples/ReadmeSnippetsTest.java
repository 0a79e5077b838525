package org.coopkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's plain-Java snippets compile as written against the current API: each is the body of
 * a method, given the variables its prose names, with coopkit's packages imported.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

  private static final String IMPORTS =
      String.join(
          "\n",
          "import java.io.*;",
          "import java.math.BigDecimal;",
          "import java.nio.file.*;",
          "import java.time.*;",
          "import java.util.*;",
          "import org.coopkit.*;",
          "import org.coopkit.csv.*;",
          "import org.coopkit.iati.*;",
          "import org.coopkit.ical.*;",
          "import org.coopkit.model.*;",
          "import org.coopkit.model.event.*;",
          "import org.coopkit.model.organisation.*;",
          "import org.coopkit.model.project.*;",
          "import org.coopkit.model.result.*;",
          "import org.coopkit.model.result.Period;",
          "import org.coopkit.report.ProgressReport;",
          "import org.coopkit.query.*;",
          "import org.coopkit.storage.memory.*;");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "## A taste",
        "## Several calls in one transaction",
        "## Imports and syncs: natural keys",
        "## Results",
        "## Calendars: iCalendar feeds",
        "## Spreadsheets: CSV",
        "### Importing a spreadsheet",
        "## Publishing to IATI"
      })
  void theSnippetUnderThisHeadingCompiles(String heading, @TempDir Path out) throws IOException {
    String snippet = firstJavaBlockAfter(heading);
    String source =
        IMPORTS
            + "\nclass Snippet {\n"
            + "  @SuppressWarnings(\"unused\")\n"
            + "  static void run(Coopkit coopkit, Project predecessor, ProjectId successorId,"
            + " Event kickOff, Project fromFeed, Project project) throws Exception {\n"
            + snippet
            + "\n  }\n}\n";
    // "A taste" makes its own coopkit and project: the parameters of those names would clash.
    if (heading.equals("## A taste")) {
      source =
          source
              .replace("static void run(Coopkit coopkit, ", "static void run(")
              .replace(", Project project)", ")");
    }

    StringWriter diagnostics = new StringWriter();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    boolean compiled =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                List.of(
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    out.toString(),
                    "-proc:none"),
                null,
                List.of(new Source(source)))
            .call();

    assertThat(compiled).as("%s%n%s", diagnostics, source).isTrue();
  }

  private static String firstJavaBlockAfter(String heading) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int at = readme.indexOf("\n" + heading + "\n");
    assertThat(at).as("README has the heading %s", heading).isNotNegative();
    Matcher block = JAVA_BLOCK.matcher(readme);
    assertThat(block.find(at)).as("a java block after %s", heading).isTrue();
    return block.group(1);
  }

  /** A source file held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String text) {
      super(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
