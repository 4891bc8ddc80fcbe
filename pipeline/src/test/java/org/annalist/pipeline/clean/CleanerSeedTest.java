package org.annalist.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.annalist.model.Block;
import org.annalist.model.CleanText;
import org.annalist.model.Noise;
import org.annalist.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article the project started from: two advertisement lines, three headings. */
class CleanerSeedTest {
  private static String raw;
  private static CleanText clean;

  @BeforeAll
  static void cleanSeed() throws IOException {
    try (InputStream in =
        CleanerSeedTest.class.getResourceAsStream("/seed/stoltenberg-georgia-2024-03-18.txt")) {
      String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // The reader strips the " date YYYY-MM-DD " prefix before the cleaner sees the body.
      raw = file.replaceFirst("^ date \\d{4}-\\d{2}-\\d{2} ", "");
    }
    clean = new Cleaner(CleanerConfig.defaults()).clean(raw);
  }

  @Test
  void bodyStartsAfterTheDatePrefix() {
    assertThat(raw).startsWith("NATO Secretary General Jens Stoltenberg's recent visit");
    assertThat(clean.text()).startsWith("NATO Secretary General Jens Stoltenberg's recent visit");
  }

  @Test
  void removesExactlyTheTwoAdvertisementLines() {
    assertThat(clean.removed())
        .extracting(Noise::text)
        .containsExactly("Advertisment", "Advertisment");
    assertThat(clean.removed()).extracting(Noise::reason).containsOnly("advertisement");
    for (Noise n : clean.removed()) {
      assertThat(n.raw().of(raw)).isEqualTo("Advertisment");
    }
    assertThat(clean.text()).doesNotContain("Advertisment");
  }

  @Test
  void marksExactlyTheThreeHeadings() {
    assertThat(clean.headings())
        .extracting(b -> b.span().of(clean.text()))
        .containsExactly(
            "Deepening NATO-Georgia Relations",
            "Symbolic and Substantive Support",
            "Looking Forward");
  }

  @Test
  void keepsFourParagraphsBetweenTheHeadings() {
    assertThat(clean.blocks())
        .extracting(Block::type)
        .containsExactly(
            Block.Type.PARAGRAPH,
            Block.Type.HEADING,
            Block.Type.PARAGRAPH,
            Block.Type.HEADING,
            Block.Type.PARAGRAPH,
            Block.Type.HEADING,
            Block.Type.PARAGRAPH);
    Block last = clean.blocks().get(6);
    assertThat(last.span().of(clean.text()))
        .startsWith("The outcomes of Stoltenberg's meetings")
        .endsWith("enhancing regional security and stability.");
  }

  @Test
  void headingsMapBackToTheirRawLines() {
    for (Block h : clean.headings()) {
      String text = h.span().of(clean.text());
      assertThat(clean.map().toRaw(h.span()).of(raw)).isEqualTo(text);
    }
  }

  @Test
  void sentenceSpansMapBackToTheRawText() {
    String sentence =
        "Stoltenberg's call to Russia to cease its activities in these occupied territories";
    int at = clean.text().indexOf(sentence);
    assertThat(at).isPositive();
    assertThat(clean.map().toRaw(new Span(at, at + sentence.length())).of(raw)).isEqualTo(sentence);
  }

  @Test
  void satisfiesTheOffsetInvariants() {
    CleanTextChecks.assertConsistent(raw, clean, 500);
  }

  @Test
  void theWholeFileWithItsPrefixCleansTheSameWay() throws IOException {
    try (InputStream in =
        CleanerSeedTest.class.getResourceAsStream("/seed/stoltenberg-georgia-2024-03-18.txt")) {
      String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      CleanText withPrefix = new Cleaner(CleanerConfig.defaults()).clean(file);
      assertThat(withPrefix.headings()).hasSize(3);
      assertThat(withPrefix.removed()).hasSize(2);
    }
  }
}
