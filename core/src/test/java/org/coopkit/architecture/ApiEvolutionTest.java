package org.coopkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.JApiClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.Participation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model can grow without breaking its users: adding an optional field to an aggregate or to a
 * value of one (a private field, an accessor, a builder setter) is a binary- and source-compatible
 * change, as japicmp judges it. The test makes that change to {@link Event}'s and {@link
 * Participation}'s own sources, compiles each against core's classes and compares the jars; a
 * control renames an accessor, which must be reported as a break, so that the comparison is known
 * to see one.
 */
class ApiEvolutionTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path CLASSES = Path.of("target/classes");

  @TempDir Path work;

  /** The aggregates and the values that will gain fields. */
  private static final List<Class<?>> GROWING =
      List.of(
          org.coopkit.model.project.Project.class,
          org.coopkit.model.project.Component.class,
          Event.class,
          Participation.class,
          org.coopkit.model.contact.Contact.class,
          org.coopkit.model.contact.RoleAssignment.class,
          org.coopkit.model.organisation.Organisation.class,
          org.coopkit.query.EventQuery.class,
          org.coopkit.query.ProjectQuery.class,
          org.coopkit.query.ContactQuery.class,
          org.coopkit.query.OrganisationQuery.class,
          org.coopkit.query.SourceQuery.class,
          org.coopkit.query.FactQuery.class,
          org.coopkit.query.LogframeQuery.class,
          org.coopkit.model.source.Source.class,
          org.coopkit.model.source.ReportedValue.class,
          org.coopkit.model.source.FactProvenance.class,
          org.coopkit.model.source.Adoption.class,
          org.coopkit.model.result.Logframe.class,
          org.coopkit.model.result.Result.class,
          org.coopkit.model.result.Indicator.class,
          org.coopkit.report.ProjectDashboard.class,
          org.coopkit.report.CountryProfile.class,
          org.coopkit.report.PortfolioMatrix.class,
          org.coopkit.report.EventTally.class,
          org.coopkit.report.Tally.class,
          org.coopkit.report.RawTally.class,
          org.coopkit.report.ReportFilter.class,
          org.coopkit.report.ReportScope.class,
          org.coopkit.report.EventScope.class,
          org.coopkit.report.ProgressReport.class,
          org.coopkit.report.IndicatorProgress.class,
          org.coopkit.report.OutcomeProgress.class);

  @Test
  void theValuesThatWillGrowAreFinalClassesWithoutAPublicConstructor() {
    for (Class<?> type : GROWING) {
      assertThat(type.isRecord()).as("%s is a record", type.getSimpleName()).isFalse();
      assertThat(java.lang.reflect.Modifier.isFinal(type.getModifiers()))
          .as("%s is final", type.getSimpleName())
          .isTrue();
      assertThat(type.getConstructors())
          .as("%s's public constructors", type.getSimpleName())
          .isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(classes = {Event.class, Participation.class})
  void addingAnOptionalFieldIsACompatibleChange(Class<?> type) throws IOException {
    // given
    Path before = jar(CLASSES, work.resolve("before.jar"));

    // when
    Path after = withChanged(type, s -> addOptionalField(s, type.getSimpleName()), "with-field");
    List<JApiClass> changes = compare(before, after);

    // then
    JApiClass changed = find(changes, type.getName());
    assertThat(changed.getMethods())
        .as("the comparison saw the new accessor")
        .anyMatch(m -> m.getName().equals("rapporteur"));
    assertThat(incompatible(changes)).as("incompatible changes").isEmpty();
  }

  @Test
  void renamingAnAccessorIsReportedAsABreak() throws IOException {
    // given
    Path before = jar(CLASSES, work.resolve("before.jar"));

    // when
    Path after = withChanged(Event.class, ApiEvolutionTest::renameDescription, "renamed");

    // then
    assertThat(incompatible(compare(before, after)))
        .as("incompatible changes")
        .contains(Event.class.getName());
  }

  /**
   * Adds {@code rapporteur} to the class {@code name}: a field, its accessor, and a builder setter;
   * unset, it is null. The class has one private constructor, which the builder's {@code build()}
   * calls with {@code return new Name(}.
   */
  private static String addOptionalField(String source, String name) {
    String s = source;
    // The class and its builder may implement capabilities such as Versioned: the new members go
    // after the opening brace either way.
    s =
        replaceFirst(
            s,
            "(public final class " + name + "\\b[^{]*)\\{\n",
            "$1"
                + """
            {
              private final @Nullable String rapporteur;

              /**
               * Who reports on it.
               *
               * @return who reports on it, or null
               */
              public @Nullable String rapporteur() {
                return rapporteur;
              }

            """);
    s = once(s, "  private " + name + "(", "  private " + name + "(@Nullable String rapporteur, ");
    s =
        replaceFirst(
            s, "(  private " + name + "\\([^{]*\\{\n)", "$1    this.rapporteur = rapporteur;\n");
    s =
        replaceFirst(
            s,
            "(  public static final class Builder\\b[^{]*)\\{\n",
            "$1"
                + """
        {
            private @Nullable String rapporteur;

            /**
             * Sets who reports on it.
             *
             * @param rapporteur who reports on it, or null
             * @return this builder
             */
            public Builder rapporteur(@Nullable String rapporteur) {
              this.rapporteur = rapporteur;
              return this;
            }

        """);
    return once(s, "return new " + name + "(", "return new " + name + "(rapporteur, ");
  }

  private static String renameDescription(String source) {
    return replaceFirst(source, "(public \\S+ \\S+ )description\\(\\) \\{", "$1summary() {");
  }

  private Path withChanged(Class<?> type, UnaryOperator<String> change, String name)
      throws IOException {
    String path = type.getName().replace('.', '/') + ".java";
    String changed = change.apply(Files.readString(SOURCES.resolve(path)));
    Path source = work.resolve(name + "-src").resolve(path);
    Files.createDirectories(source.getParent());
    Files.writeString(source, changed);
    Path classes = work.resolve(name + "-classes");
    copyTree(CLASSES, classes);
    compile(source, classes);
    return jar(classes, work.resolve(name + ".jar"));
  }

  private static void compile(Path source, Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    String classPath = classes + java.io.File.pathSeparator + System.getProperty("java.class.path");
    boolean compiled =
        javac
            .getTask(
                messages,
                null,
                null,
                List.of(
                    "-proc:none", "--release", "17", "-cp", classPath, "-d", classes.toString()),
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(source))
            .call();
    assertThat(compiled).as("the changed source compiles: %s", messages).isTrue();
  }

  private static List<JApiClass> compare(Path before, Path after) {
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    options.getClassPathEntries().addAll(classPathEntries());
    return new JarArchiveComparator(options)
        .compare(new JApiCmpArchive(before.toFile(), "0"), new JApiCmpArchive(after.toFile(), "1"));
  }

  /** The names of the classes with a binary- or source-incompatible change. */
  private static List<String> incompatible(List<JApiClass> changes) {
    List<String> names = new ArrayList<>();
    for (JApiClass c : changes) {
      boolean broken =
          !c.isBinaryCompatible()
              || !c.isSourceCompatible()
              || c.getMethods().stream()
                  .anyMatch(m -> !m.isBinaryCompatible() || !m.isSourceCompatible());
      if (broken) {
        names.add(c.getFullyQualifiedName());
      }
    }
    return names;
  }

  private static JApiClass find(List<JApiClass> changes, String name) {
    return changes.stream()
        .filter(c -> c.getFullyQualifiedName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not in the comparison"));
  }

  /** The libraries core's classes refer to, without core's own classes. */
  private static List<String> classPathEntries() {
    return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(entry -> entry.endsWith(".jar"))
        .toList();
  }

  private static String once(String text, String anchor, String replacement) {
    assertThat(text).as("the source has %s", anchor.strip()).contains(anchor);
    return text.replaceFirst(Pattern.quote(anchor), Matcher.quoteReplacement(replacement));
  }

  private static String replaceFirst(String text, String regex, String replacement) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("the source matches %s", regex).isTrue();
    return matcher.replaceFirst(replacement);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static Path jar(Path classes, Path jar) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream entries = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        entries.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        try (InputStream in = Files.newInputStream(file)) {
          in.transferTo(entries);
        }
        entries.closeEntry();
      }
    }
    return jar;
  }
}
