package org.annalist.pipeline.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares the canonical summary of each fixture's extraction with its golden file. To accept a
 * deliberate change, run with {@code -Dannalist.golden.update=true}: the golden files are rewritten
 * in the source tree and the change shows in the diff.
 */
@ExtendWith(PipelineExtension.class)
class GoldenSummaryIT {
  private static final Path SOURCE = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seed-nato-georgia",
        "twin-eu-moldova",
        "twin-un-lebanon",
        "georgia-us-state",
        "coref-titles",
        "stances",
        "frames",
        "precision",
        "pronouns",
        "review-fixes"
      })
  void matchesGoldenFile(String name, Extractor extractor) throws IOException {
    String actual = Fixtures.summary(Fixtures.extract(extractor, name + ".txt"));
    if (Boolean.getBoolean("annalist.golden.update")) {
      Files.writeString(SOURCE.resolve(name + ".expected"), actual, StandardCharsets.UTF_8);
      return;
    }
    try (InputStream in = getClass().getResourceAsStream("/golden/" + name + ".expected")) {
      assertThat(in)
          .as("golden file %s.expected (create it with -Dannalist.golden.update=true)", name)
          .isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
