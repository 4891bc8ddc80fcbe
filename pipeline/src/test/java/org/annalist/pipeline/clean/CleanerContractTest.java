package org.annalist.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.model.Block;
import org.annalist.model.CleanText;
import org.annalist.model.Noise;
import org.junit.jupiter.api.Test;

/** What holds for every input: offsets, determinism, empty, huge and concurrent use. */
class CleanerContractTest {
  private static final Cleaner CLEANER = new Cleaner(CleanerConfig.defaults());

  /** An invented article with every kind of mess the cleaner handles. */
  static final String MESSY =
      "\uFEFFHarbour Workers Strike in Port Elsewhere\r\n"
          + "\r\n"
          + "  PORT ELSEWHERE,\u00A0March 3 \u2014 Dock workers walked out on Monday,\t\tsaying the"
          + " port\u2019s owners had ignored \u201Csafety first\u201D promises.\r\n"
          + "The union\u200B said talks would resume.\r\n"
          + "\r\n"
          + "Advertisement\r\n"
          + "\r\n"
          + "Share this article\r\n"
          + "What the Union Wants\r\n"
          + "A spokeswoman said the union wanted two more inspectors on every shift. \u2018We are"
          + " not asking for much,\u2019 she said.\r\n"
          + "\r\n"
          + "Photo: Invented Agency\r\n"
          + "\r\n"
          + "(Reporting by Jane Roe; Editing by John Doe)\r\n";

  @Test
  void cleansTheMessyArticle() {
    CleanText clean = CLEANER.clean(MESSY);
    assertThat(clean.text())
        .isEqualTo(
            "Harbour Workers Strike in Port Elsewhere\n\n"
                + "PORT ELSEWHERE, March 3 \u2014 Dock workers walked out on Monday, saying the"
                + " port's owners had ignored \"safety first\" promises. The union said talks would"
                + " resume.\n\n"
                + "What the Union Wants\n\n"
                + "A spokeswoman said the union wanted two more inspectors on every shift. 'We are"
                + " not asking for much,' she said.");
    assertThat(clean.blocks())
        .extracting(Block::type)
        .containsExactly(
            Block.Type.HEADING, Block.Type.PARAGRAPH, Block.Type.HEADING, Block.Type.PARAGRAPH);
    assertThat(clean.removed())
        .extracting(Noise::reason)
        .containsExactly("advertisement", "share", "caption", "wire-trailer");
    CleanTextChecks.assertConsistent(MESSY, clean, 2000);
  }

  @Test
  void emptyInput() {
    CleanText clean = CLEANER.clean("");
    assertThat(clean.text()).isEmpty();
    assertThat(clean.blocks()).isEmpty();
    assertThat(clean.removed()).isEmpty();
    assertThat(clean.map().toRaw(0)).isZero();
  }

  @Test
  void blankInput() {
    String raw = " \r\n\t\u00A0\n\u200B\n";
    CleanText clean = CLEANER.clean(raw);
    assertThat(clean.text()).isEmpty();
    assertThat(clean.blocks()).isEmpty();
    assertThat(clean.map().toRaw(0)).isEqualTo(raw.length());
  }

  @Test
  void residueOnlyInput() {
    CleanText clean = CLEANER.clean("Advertisement\n\nShare this article\n");
    assertThat(clean.text()).isEmpty();
    assertThat(clean.removed()).hasSize(2);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> CLEANER.clean(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Cleaner(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void isDeterministic() {
    CleanText first = CLEANER.clean(MESSY);
    assertSame(first, CLEANER.clean(MESSY));
    assertSame(first, new Cleaner(CleanerConfig.defaults()).clean(MESSY));
  }

  @Test
  void randomTextsKeepTheInvariants() {
    String[] pieces = {
      "Dock",
      "workers",
      "Talks",
      "resumed.",
      "Advertisement",
      "Share this article",
      "said",
      "\u201Csoon\u201D",
      "port\u2019s",
      " ",
      "  ",
      "\t",
      "\u00A0",
      "\u200B",
      "\n",
      "\n",
      "\r\n",
      "\n\n",
      "\r\n\r\n",
      "\u2029",
      "\u10E1\u10D0\u10E5",
      "\u0642\u0627\u0644",
      "cafe\u0301",
      "\u212B",
      "\uD83D\uDEA2",
      "Looking Forward",
      "\u0007"
    };
    Random random = new Random(20240318);
    for (int round = 0; round < 300; round++) {
      StringBuilder raw = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        raw.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(3) == 0) {
          raw.append(' ');
        }
      }
      String text = raw.toString();
      CleanText clean = CLEANER.clean(text);
      CleanTextChecks.assertConsistent(text, clean, 50);
    }
  }

  @Test
  void hugeInputIsLinear() {
    StringBuilder raw = new StringBuilder();
    int i = 0;
    while (raw.length() < 2_000_000) {
      raw.append("Section ").append(i).append("\n\n");
      raw.append(
              "Dock workers walked out on Monday,\u00A0saying the port\u2019s owners had ignored")
          .append(" \u201Csafety first\u201D promises made ")
          .append(i)
          .append(" years ago.\nThe union said talks would resume.\n\nAdvertisement\n\n");
      i++;
    }
    String text = raw.toString();
    int sections = i;
    CleanText clean = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CLEANER.clean(text));
    assertThat(clean.headings()).hasSize(sections);
    assertThat(clean.removed()).hasSize(sections);
    CleanTextChecks.assertLayout(clean);
    CleanTextChecks.assertSpansMapBack(text, clean, 5);
  }

  @Test
  void hugeSingleLine() {
    String text = "Dock workers walked out again today and ".repeat(50_000);
    CleanText clean = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CLEANER.clean(text));
    assertThat(clean.text()).isEqualTo(text.strip());
    assertThat(clean.blocks())
        .singleElement()
        .extracting(Block::type)
        .isEqualTo(Block.Type.PARAGRAPH);
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      inputs.add(MESSY.replace("Monday", "day " + i));
    }
    List<CleanText> expected = inputs.stream().map(CLEANER::clean).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<CleanText>> results = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (String input : inputs) {
          results.add(pool.submit(() -> CLEANER.clean(input)));
        }
      }
      for (int k = 0; k < results.size(); k++) {
        assertSame(expected.get(k % inputs.size()), results.get(k).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void assertSame(CleanText expected, CleanText actual) {
    assertThat(actual.text()).isEqualTo(expected.text());
    assertThat(actual.blocks()).isEqualTo(expected.blocks());
    assertThat(actual.removed()).isEqualTo(expected.removed());
    for (int i = 0; i <= expected.text().length(); i++) {
      assertThat(actual.map().toRaw(i)).isEqualTo(expected.map().toRaw(i));
    }
  }
}
