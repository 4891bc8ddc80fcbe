package org.annalist.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Names from the fixture articles belong in data files and fixtures, never in Java sources: a
 * result that depends on a name written into the code would not generalise.
 */
class SourceHygieneTest {
  private static final List<String> FIXTURE_NAMES =
      List.of(
          "Stoltenberg",
          "Zurabishvili",
          "Zourabichvili",
          "Kobakhidze",
          "Abkhazia",
          "Ossetia",
          "Georgia",
          "Tbilisi",
          "Moldova",
          "Transnistria",
          "Guterres",
          "Mikati",
          "Lebanon",
          "Kemp",
          "Atlanta",
          "Armenia",
          // Places whose readings the geoparser must tell apart from context alone.
          "Paris",
          "Jordan",
          "Chad",
          "Niger",
          "Alexandria",
          "Washington",
          "Birmingham",
          "Victoria",
          "Anderson County",
          "Boone County",
          "Freeman Drive");

  @Test
  void noFixtureNameInMainJavaSources() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p :
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> f.toString().contains("/src/main/java/"))
              .toList()) {
        String source = Files.readString(p);
        for (String name : FIXTURE_NAMES) {
          if (Pattern.compile("\\b" + name + "\\b").matcher(source).find()) {
            hits.add(root.relativize(p) + ": " + name);
          }
        }
      }
    }
    assertThat(hits).isEmpty();
  }

  @Test
  void theCheckSeesTheSources() throws IOException {
    Path self = Path.of("src/main/java/org/annalist/pipeline/Extractor.java");
    assertThat(Files.readString(self)).contains("class Extractor");
    assertThat(Pattern.compile("\\bGeorgia\\b").matcher("visit to Georgia.").find()).isTrue();
    assertThat(Pattern.compile("\\bGeorgia\\b").matcher("Georgian script").find()).isFalse();
  }
}
