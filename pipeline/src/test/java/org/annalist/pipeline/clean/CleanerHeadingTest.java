package org.annalist.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.Block;
import org.annalist.model.CleanText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which lines become headings. */
class CleanerHeadingTest {
  private static final Cleaner CLEANER = new Cleaner(CleanerConfig.defaults());
  private static final String PARAGRAPH =
      "The harbour authority said on Tuesday that the new quay would open in the spring.";
  private static final String OTHER =
      "Workers have been building it for three years, and the first ships are due in April.";

  private static List<String> headings(CleanText clean) {
    return clean.headings().stream().map(b -> b.span().of(clean.text())).toList();
  }

  private static List<Block.Type> types(CleanText clean) {
    return clean.blocks().stream().map(Block::type).toList();
  }

  @Test
  void shortLineBetweenBlankLinesIsAHeading() {
    CleanText clean = CLEANER.clean(PARAGRAPH + "\n\nA Quay for the Town\n\n" + OTHER);
    assertThat(headings(clean)).containsExactly("A Quay for the Town");
    assertThat(types(clean))
        .containsExactly(Block.Type.PARAGRAPH, Block.Type.HEADING, Block.Type.PARAGRAPH);
  }

  @Test
  void titleLineAtTheStartIsAHeading() {
    CleanText clean = CLEANER.clean("New Quay Opens in Spring\n\n" + PARAGRAPH);
    assertThat(headings(clean)).containsExactly("New Quay Opens in Spring");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The quay opened.",
        "Will it open?",
        "It opened!",
        "What comes next:",
        "The first part;",
        "He said \"soon\"",
        "He said 'soon'",
        "He said \u201Csoon\u201D",
        "It is\u2026",
        "In the spring, and",
        "The quay was built by the",
        "(It opened on time.)"
      })
  void shortSentencesAreParagraphs(String line) {
    CleanText clean = CLEANER.clean(PARAGRAPH + "\n\n" + line + "\n\n" + OTHER);
    assertThat(clean.headings()).isEmpty();
    assertThat(clean.blocks()).hasSize(3);
  }

  @Test
  void headingEndingInABracketIsAHeading() {
    CleanText clean = CLEANER.clean(PARAGRAPH + "\n\nThe Vote (Part Two)\n\n" + OTHER);
    assertThat(headings(clean)).containsExactly("The Vote (Part Two)");
  }

  @Test
  void theOnlyLineOfATextIsNoHeading() {
    CleanText clean = CLEANER.clean("Deepening NATO-Georgia Relations");
    assertThat(types(clean)).containsExactly(Block.Type.PARAGRAPH);
  }

  @Test
  void aTextOfShortLinesOnlyHasNoHeadings() {
    CleanText clean = CLEANER.clean("Port Strike\n\nDay Two\n\nNo Talks Yet");
    assertThat(clean.headings()).isEmpty();
    assertThat(clean.blocks()).hasSize(3);
  }

  @Test
  void residueDoesNotCountAsTheParagraphThatHeadingsNeed() {
    CleanText clean = CLEANER.clean("Port Strike\n\nAdvertisement\n\nDay Two");
    assertThat(clean.headings()).isEmpty();
    assertThat(clean.text()).isEqualTo("Port Strike\n\nDay Two");
  }

  @Test
  void wordAndCharLimits() {
    String twelve = "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve";
    String thirteen = twelve + " Thirteen";
    String longWords = "Extraordinarily ".repeat(6) + "Long Heading Words";
    CleanText clean =
        CLEANER.clean(
            String.join("\n\n", PARAGRAPH, twelve, OTHER, thirteen, PARAGRAPH, longWords, OTHER));
    assertThat(longWords.length()).isGreaterThan(100);
    assertThat(headings(clean)).containsExactly(twelve);
  }

  @Test
  void limitsComeFromTheConfig() {
    Cleaner strict = new Cleaner(CleanerConfig.defaults().withMaxHeadingWords(3));
    CleanText clean =
        strict.clean(PARAGRAPH + "\n\nThe New Quay\n\nThe Quay in Spring\n\n" + OTHER);
    assertThat(headings(clean)).containsExactly("The New Quay");
    Cleaner narrow = new Cleaner(CleanerConfig.defaults().withMaxHeadingChars(10));
    assertThat(headings(narrow.clean(PARAGRAPH + "\n\nThe New Quay\n\n" + OTHER))).isEmpty();
  }

  @Test
  void headingFollowedByItsParagraphAfterOneLineBreak() {
    CleanText clean = CLEANER.clean("Looking Forward\n" + PARAGRAPH + "\n\n" + OTHER);
    assertThat(headings(clean)).containsExactly("Looking Forward");
    assertThat(clean.blocks().get(1).span().of(clean.text())).isEqualTo(PARAGRAPH);
  }

  @Test
  void headingBetweenParagraphsAfterSingleLineBreaks() {
    CleanText clean = CLEANER.clean(PARAGRAPH + "\nLooking Forward\n" + OTHER);
    assertThat(headings(clean)).containsExactly("Looking Forward");
    assertThat(types(clean))
        .containsExactly(Block.Type.PARAGRAPH, Block.Type.HEADING, Block.Type.PARAGRAPH);
  }

  @Test
  void headingAndSubheadingBeforeAParagraph() {
    CleanText clean = CLEANER.clean("Port Strike\nDay Two of the Walkout\n" + PARAGRAPH);
    assertThat(headings(clean)).containsExactly("Port Strike", "Day Two of the Walkout");
  }

  @Test
  void headingAfterAResidueLineInsideAParagraph() {
    CleanText clean = CLEANER.clean("Looking Forward\nAdvertisement\n" + PARAGRAPH);
    assertThat(headings(clean)).containsExactly("Looking Forward");
    assertThat(clean.removed()).hasSize(1);
  }

  @Test
  void hardWrappedTextHasNoHeadings() {
    String wrapped =
        "The minister met the union leaders and the President of\n"
            + "France on Tuesday to discuss the strike at the port and\n"
            + "the losses that exporters have reported since it began.\n"
            + "Both sides said the meeting had been useful and that they\n"
            + "Would meet again on Friday, when the union will present\n"
            + "its demands in writing.";
    CleanText clean = CLEANER.clean(wrapped + "\n\n" + OTHER);
    assertThat(clean.headings()).isEmpty();
    assertThat(clean.blocks()).hasSize(2);
  }

  @Test
  void shortFirstLineOfWrappedTextStays() {
    // The first line is short because a dateline before it was cut off; the next line goes on
    // mid-sentence.
    String wrapped =
        "The harbour authority of Port Elsewhere\n"
            + "(HAPE) said on Monday it would raise its fees for container\n"
            + "ships by a tenth from May, the second rise in two years.";
    CleanText clean = CLEANER.clean(wrapped + "\n\n" + OTHER);
    assertThat(clean.headings()).isEmpty();
  }

  @Test
  void wrappedLineEndingInAPrepositionIsNoHeading() {
    CleanText clean = CLEANER.clean(PARAGRAPH + "\n\nThe new quay is rated highly by\n\n" + OTHER);
    assertThat(clean.headings()).isEmpty();
  }

  @Test
  void lowerCaseContinuationStaysInTheParagraph() {
    CleanText clean = CLEANER.clean("Talks between the two sides\nresumed on Friday.\n\n" + OTHER);
    assertThat(clean.headings()).isEmpty();
    assertThat(clean.blocks().get(0).span().of(clean.text()))
        .isEqualTo("Talks between the two sides resumed on Friday.");
  }

  @Test
  void caselessScriptsHaveHeadingsToo() {
    String georgian = "\u10D0\u10EE\u10D0\u10DA\u10D8 \u10D4\u10E2\u10D0\u10DE\u10D8";
    CleanText clean = CLEANER.clean(PARAGRAPH + "\n\n" + georgian + "\n\n" + OTHER);
    assertThat(headings(clean)).containsExactly(georgian);
  }

  @Test
  void inHeadingTellsHeadingsFromParagraphs() {
    CleanText clean = CLEANER.clean(PARAGRAPH + "\n\nLooking Forward\n\n" + OTHER);
    Block heading = clean.headings().get(0);
    assertThat(clean.inHeading(heading.span())).isTrue();
    assertThat(clean.inHeading(clean.blocks().get(0).span())).isFalse();
  }
}
