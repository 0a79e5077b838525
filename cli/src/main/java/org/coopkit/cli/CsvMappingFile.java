package org.coopkit.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.coopkit.csv.CsvField;
import org.coopkit.csv.CsvMapping;

/**
 * A {@link CsvMapping} written as a properties file (UTF-8), for {@code coopkit import FILE.csv
 * --mapping MAPPING}:
 *
 * <pre>
 * separator = ;
 * language = fr
 * date-formats = dd/MM/yyyy | MM/yyyy
 * column.TITLE = Titre
 * default.PROJECTS = cybercrime-eap-ii
 * value.TYPE.Conférence = conference
 * </pre>
 *
 * Field names are those of {@code EventField} or {@code ContactField}, in any case; a value map's
 * key with a space is written with a backslash before it ({@code value.TYPE.Table\ ronde}), as
 * properties files want. An unknown key is refused, naming it.
 */
final class CsvMappingFile {
  private CsvMappingFile() {}

  static <F extends Enum<F> & CsvField> CsvMapping<F> read(
      Path file, CsvMapping.Builder<F> mapping, Class<F> fields) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      for (String key : new TreeSet<>(properties.stringPropertyNames())) {
        apply(mapping, fields, key, properties.getProperty(key).strip());
      }
      return mapping.build();
    } catch (IllegalArgumentException | org.coopkit.error.CoopkitException e) {
      throw new CommandFailure(
          ExitCode.USAGE, "The mapping " + file + " is wrong: " + e.getMessage());
    }
  }

  private static <F extends Enum<F> & CsvField> void apply(
      CsvMapping.Builder<F> mapping, Class<F> fields, String key, String value) {
    switch (key) {
      case "separator" -> {
        if (value.length() != 1) {
          throw new IllegalArgumentException("separator must be one character, but was " + value);
        }
        mapping.separator(value.charAt(0));
      }
      case "language" -> mapping.language(value);
      case "date-formats" -> {
        List<String> patterns = new ArrayList<>();
        for (String pattern : value.split("\\|")) {
          if (!pattern.isBlank()) {
            patterns.add(pattern.strip());
          }
        }
        mapping.dateFormats(patterns.toArray(String[]::new));
      }
      default -> {
        String[] parts = key.split("\\.", 3);
        if (parts.length >= 2 && parts[0].equals("column") && parts.length == 2) {
          mapping.column(field(fields, parts[1], key), value);
        } else if (parts.length == 2 && parts[0].equals("default")) {
          mapping.defaultValue(field(fields, parts[1], key), value);
        } else if (parts.length == 3 && parts[0].equals("value")) {
          mapping.value(field(fields, parts[1], key), parts[2], value);
        } else {
          throw new IllegalArgumentException(
              "unknown key "
                  + key
                  + "; the keys are separator, language, date-formats, column.FIELD,"
                  + " default.FIELD and value.FIELD.TEXT");
        }
      }
    }
  }

  private static <F extends Enum<F>> F field(Class<F> fields, String name, String key) {
    try {
      return Enum.valueOf(fields, name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (F f : fields.getEnumConstants()) {
        names.add(f.name());
      }
      throw new IllegalArgumentException(
          "no field " + name + " in " + key + "; the fields are " + String.join(", ", names), e);
    }
  }
}
