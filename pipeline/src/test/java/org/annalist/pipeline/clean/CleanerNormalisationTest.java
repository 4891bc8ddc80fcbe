package org.annalist.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.CleanText;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** Whitespace, quotes, invisible chars, line endings and Unicode normal form. */
class CleanerNormalisationTest {
  private static final Cleaner CLEANER = new Cleaner(CleanerConfig.defaults());

  private static CleanText clean(String raw) {
    CleanText clean = CLEANER.clean(raw);
    CleanTextChecks.assertConsistent(raw, clean, 200);
    return clean;
  }

  @Test
  void foldsCurlyQuotesAndPrimesCharForChar() {
    String raw =
        "\u201CWe will not go back,\u201D she said. It\u2019s the workers\u2032 right,"
            + " a 5\u2033 gap.";
    CleanText clean = clean(raw);
    assertThat(clean.text())
        .isEqualTo("\"We will not go back,\" she said. It's the workers' right, a 5\" gap.");
    assertThat(clean.text()).hasSameSizeAs(raw);
    for (int i = 0; i < raw.length(); i++) {
      assertThat(clean.map().toRaw(i)).isEqualTo(i);
    }
  }

  @Test
  void keepsCurlyQuotesWhenFoldingIsOff() {
    String raw = "\u201CWe will not go back,\u201D she said.";
    CleanText clean = new Cleaner(CleanerConfig.defaults().withFoldQuotes(false)).clean(raw);
    assertThat(clean.text()).isEqualTo(raw);
  }

  @Test
  void collapsesSpacesTabsAndNoBreakSpaces() {
    String raw = "  Dock\u00A0workers \t walked\u2009\u2009out\u202Fon Monday.\u3000 ";
    CleanText clean = clean(raw);
    assertThat(clean.text()).isEqualTo("Dock workers walked out on Monday.");
    int space = clean.text().indexOf(' ');
    assertThat(raw.charAt(clean.map().toRaw(space))).isEqualTo('\u00A0');
  }

  @Test
  void readsCrLfAndLoneCrLineEndings() {
    String crlf = "First paragraph here.\r\n\r\nSecond paragraph\r\ngoes on here.\r\n";
    assertThat(clean(crlf).text())
        .isEqualTo("First paragraph here.\n\nSecond paragraph goes on here.");
    String cr = "First paragraph here.\r\rSecond paragraph\rgoes on here.";
    assertThat(clean(cr).text())
        .isEqualTo("First paragraph here.\n\nSecond paragraph goes on here.");
  }

  @Test
  void blankLinesWithWhitespaceSeparateParagraphs() {
    CleanText clean = clean("First paragraph here.\n \t\u00A0\n\n\nSecond paragraph here.");
    assertThat(clean.text()).isEqualTo("First paragraph here.\n\nSecond paragraph here.");
    assertThat(clean.blocks()).hasSize(2);
  }

  @Test
  void unicodeLineAndParagraphSeparators() {
    CleanText clean = clean("One line\u2028goes on here.\u2029Next paragraph here.");
    assertThat(clean.text()).isEqualTo("One line goes on here.\n\nNext paragraph here.");
  }

  @Test
  void removesZeroWidthAndControlChars() {
    String raw = "\uFEFFDock\u200Bworkers\u0007 walked\u00AD out\u200E on\u2060 Monday.";
    CleanText clean = clean(raw);
    assertThat(clean.text()).isEqualTo("Dockworkers walked out on Monday.");
  }

  @Test
  void keepsZeroWidthJoinersThatSpellingNeeds() {
    String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \u0628\u0631\u0648\u0645.";
    assertThat(clean(persian).text()).isEqualTo(persian);
  }

  @Test
  void composesToNfcWhereTheLengthStays() {
    String raw = "The \u212Bngstr\u00F6m unit and the \u2126 sign.";
    CleanText clean = clean(raw);
    assertThat(clean.text()).isEqualTo("The \u00C5ngstr\u00F6m unit and the \u03A9 sign.");
  }

  @Test
  void keepsDecomposedAccentsThatNfcWouldShorten() {
    String raw = "Salome Zourabichvili visited the cafe\u0301 in Tbilisi.";
    CleanText clean = clean(raw);
    assertThat(clean.text()).isEqualTo(raw);
  }

  @Test
  void nonLatinTextPassesThroughIntact() {
    String georgian =
        "\u10E1\u10D0\u10E5\u10D0\u10E0\u10D7\u10D5\u10D4\u10DA\u10DD\u10E1 "
            + "\u10DE\u10E0\u10D4\u10D6\u10D8\u10D3\u10D4\u10DC\u10E2\u10DB\u10D0 "
            + "\u10D2\u10D0\u10DC\u10D0\u10EA\u10EE\u10D0\u10D3\u10D0.";
    String arabic =
        "\u0642\u0627\u0644 \u0631\u0626\u064A\u0633 \u0627\u0644\u0648\u0632\u0631\u0627\u0621"
            + " \u0625\u0646 \u0627\u0644\u0645\u062D\u0627\u062F\u062B\u0627\u062A"
            + " \u0633\u062A\u0633\u062A\u0645\u0631.";
    String raw = georgian + "\n\n" + arabic + "\u200F\n";
    CleanText clean = clean(raw);
    assertThat(clean.text()).isEqualTo(georgian + "\n\n" + arabic);
    Span arabicSpan = clean.blocks().get(1).span();
    assertThat(clean.map().toRaw(arabicSpan).of(raw)).isEqualTo(arabic);
  }

  @Test
  void keepsSupplementaryChars() {
    String raw = "The crest \uD835\uDC00 and \uD83D\uDEA2 arrived.";
    assertThat(clean(raw).text()).isEqualTo(raw);
  }
}
