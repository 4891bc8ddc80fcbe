package org.annalist.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.CleanText;
import org.annalist.model.Noise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Scraper residue is removed line by line; sentences that look like it stay. */
class CleanerNoiseTest {
  private static final Cleaner CLEANER = new Cleaner(CleanerConfig.defaults());
  private static final String BEFORE = "The dock workers' union called a strike on Monday morning.";
  private static final String AFTER = "Talks with the port owners are planned for later this week.";

  private static CleanText cleanAround(String line) {
    return CLEANER.clean(BEFORE + "\n\n" + line + "\n\n" + AFTER);
  }

  @ParameterizedTest(name = "[{index}] {1}: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Advertisment                                                   | advertisement
          Advertisement                                                  | advertisement
          ADVERTISEMENT                                                  | advertisement
          Advertisement - scroll to continue                             | advertisement
          Advertisement - Scroll to continue reading                     | advertisement
          Sponsored                                                      | advertisement
          Sponsored content                                              | advertisement
          Story continues below advertisement                            | advertisement
          Share this article                                             | share
          Share on Facebook                                              | share
          Share via Email                                                | share
          Share                                                          | share
          Facebook Twitter LinkedIn Email                                | share
          Copy link                                                      | share
          Subscribe to our newsletter                                    | subscribe
          Subscribe now!                                                 | subscribe
          Sign up for our daily briefing                                 | subscribe
          Sign up for free                                               | subscribe
          Already a subscriber?                                          | subscribe
          Follow us on Twitter                                           | follow
          Follow us on Facebook and Instagram                            | follow
          Follow The Harbour Gazette on Google News                      | follow
          Read more                                                      | read-more
          Read more: Dock strike enters its second week                  | read-more
          Also read: Port talks collapse                                 | read-more
          Related:                                                       | read-more
          Related: Union vote set for Friday                             | read-more
          See also: A timeline of the dispute                            | read-more
          Click here to read the full report                             | read-more
          Continue reading                                               | read-more
          5 min read                                                     | read-more
          Image caption                                                  | caption
          Image caption, Workers gathered at the gate on Monday          | caption
          Photo: Invented Agency                                         | caption
          Photo credit: Jane Roe                                         | caption
          Photo by Jane Roe/Invented Agency                              | caption
          REUTERS/Jane Roe                                               | credit
          Getty Images                                                   | credit
          Reuter                                                         | credit
          (Reporting by Jane Roe; Editing by John Doe)                   | wire-trailer
          Reporting by Jane Roe; Editing by John Doe                     | wire-trailer
          (Additional reporting by Sam Poe in Tbilisi)                   | wire-trailer
          We use cookies to improve your experience on our site.         | cookie
          Accept all cookies                                             | cookie
          Cookie policy                                                  | cookie
          By using this site you agree to our use of cookies.            | cookie
          © 2024 Invented Media. All rights reserved.                    | copyright
          Copyright 2024 Invented Media                                  | copyright
          All rights reserved.                                           | copyright
          This material may not be published, broadcast or rewritten.    | copyright
          Comments                                                       | comments
          12 comments                                                    | comments
          Leave a comment                                                | comments
          Skip to main content                                           | navigation
          Back to top                                                    | navigation
          * * *                                                          | separator
          ---                                                            | separator
          """)
  void removesResidueLine(String line, String reason) {
    CleanText clean = cleanAround(line);
    assertThat(clean.removed()).hasSize(1);
    Noise noise = clean.removed().get(0);
    assertThat(noise.reason()).isEqualTo(reason);
    assertThat(noise.text()).isEqualTo(line);
    assertThat(noise.raw().start()).isEqualTo(BEFORE.length() + 2);
    assertThat(clean.text()).isEqualTo(BEFORE + "\n\n" + AFTER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Read more about it in the report, the minister said.",
        "Share prices fell sharply on Monday as investors weighed the cost of the strike to"
            + " exporters.",
        "Sharing the burden of the repairs was the main topic.",
        "Follow-up talks are planned for Friday.",
        "Sign up for military service remains compulsory for men over eighteen.",
        "Subscribers to the union fund received their payments on Tuesday.",
        "Advertisements for the new terminal appeared across the city.",
        "Ads for the jobs appeared in three newspapers.",
        "Related talks in the capital ended without an agreement.",
        "Photographs from the scene showed a burning warehouse.",
        "Copyright law was also discussed at the meeting.",
        "The agency said all rights reserved for the state would remain untouched.",
        "Reuters reported that the talks had stalled.",
        "Comments from the minister angered the union.",
        "Close to 300 workers joined the strike.",
        "(Reporting from the port, the union said its members would stay out.)",
        "Sponsored by the city, the new ferry service starts in May and will carry up to four"
            + " hundred passengers a day across the bay, the mayor said on Tuesday at a crowded"
            + " news conference."
      })
  void keepsSentencesThatLookLikeResidue(String sentence) {
    CleanText clean = cleanAround(sentence);
    assertThat(clean.removed()).isEmpty();
    assertThat(clean.text()).isEqualTo(BEFORE + "\n\n" + sentence + "\n\n" + AFTER);
  }

  @Test
  void keepsResidueWordsInsideAParagraphLine() {
    String raw =
        "The minister said the figures were worse than expected.\n"
            + "Read more about it in the report published on Friday, she added.\n"
            + "Share prices fell.";
    CleanText clean = CLEANER.clean(raw);
    assertThat(clean.removed()).isEmpty();
    assertThat(clean.text()).contains("Read more about it in the report");
  }

  @Test
  void keepsWrappedLinesThatStartLikeResidue() {
    String raw =
        "The conference on port finance, held in Tbilisi last week, was\n"
            + "sponsored by an invented bank and the harbour authority, which\n"
            + "paid for the delegates' travel.";
    CleanText clean = CLEANER.clean(raw);
    assertThat(clean.removed()).isEmpty();
    assertThat(clean.text()).contains("was sponsored by", "which paid for");
  }

  @Test
  void removesWholeLinesOnlyEvenInsideAParagraph() {
    String raw =
        "The strike began on Monday and spread\n"
            + "Advertisement\n"
            + "to two other ports by the evening.";
    CleanText clean = CLEANER.clean(raw);
    assertThat(clean.removed()).extracting(Noise::text).containsExactly("Advertisement");
    assertThat(clean.text())
        .isEqualTo("The strike began on Monday and spread to two other ports by the evening.");
    CleanTextChecks.assertConsistent(raw, clean, 100);
  }

  @Test
  void matchesAfterWhitespaceAndQuoteNormalisation() {
    CleanText clean = cleanAround(" \u00A0Editor\u2019s   picks\t");
    assertThat(clean.removed())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.reason()).isEqualTo("read-more");
              assertThat(n.text()).isEqualTo("Editor\u2019s   picks");
            });
  }

  @Test
  void longLinesAreNeverTested() {
    String longAd = "Advertisement " + "x".repeat(400);
    CleanText clean =
        new Cleaner(
                CleanerConfig.defaults()
                    .withNoiseRules(java.util.List.of(new NoiseRule("advertisement", "advert.*"))))
            .clean(longAd);
    assertThat(clean.removed()).isEmpty();
  }

  @Test
  void removesNothingWithoutRules() {
    Cleaner plain = new Cleaner(CleanerConfig.defaults().withNoiseRules(java.util.List.of()));
    CleanText clean = plain.clean(BEFORE + "\n\nAdvertisement\n\n" + AFTER);
    assertThat(clean.removed()).isEmpty();
    assertThat(clean.text()).contains("Advertisement");
  }

  @Test
  void reportsResidueInRawOrderWithRawSpans() {
    String raw =
        "Share this article\r\n\r\n"
            + BEFORE
            + "\r\n\r\nAdvertisement\r\n\r\n"
            + AFTER
            + "\r\n\r\n(Reporting by Jane Roe; Editing by John Doe)\r\n";
    CleanText clean = CLEANER.clean(raw);
    assertThat(clean.removed())
        .extracting(Noise::reason)
        .containsExactly("share", "advertisement", "wire-trailer");
    assertThat(clean.text()).isEqualTo(BEFORE + "\n\n" + AFTER);
    CleanTextChecks.assertConsistent(raw, clean, 200);
  }
}
