package org.annalist.pipeline.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.annalist.model.Dependency;
import org.annalist.model.Enrichment.Quotation;
import org.annalist.model.Enrichment.QuotationKind;
import org.annalist.model.Span;
import org.annalist.pipeline.actor.ActorResolution;
import org.junit.jupiter.api.Test;

class QuotationFinderTest {
  private static final ActorResolution NO_ACTORS =
      new ActorResolution(List.of(), List.of(), null, Map.of(), Map.of());

  @Test
  void quotationMarksPairWithinAParagraph() {
    String text = "\"One two,\" he said. \"Open\n\nstill \"closed\" here";
    assertThat(QuotationFinder.quotedSpans(text))
        .containsExactly(new Span(0, 10), new Span(33, 41));
  }

  @Test
  void directQuotationWithItsSpeaker() {
    // "We will stay ," the minister said .
    var s =
        Sentences.of(
            0,
            0,
            "\"/`` We/PRP will/MD stay/VB ,/, \"/'' the/DT minister/NN said/VBD/say ./.",
            new Dependency(8, 3, "ccomp"),
            new Dependency(8, 7, "nsubj"),
            new Dependency(7, 6, "det"));
    List<Quotation> found = QuotationFinder.load().find(Sentences.doc(s), NO_ACTORS);
    assertThat(found).hasSize(1);
    Quotation q = found.get(0);
    assertThat(q.kind()).isEqualTo(QuotationKind.DIRECT);
    assertThat(q.text()).isEqualTo("We will stay");
    assertThat(q.speakerText()).isEqualTo("the minister");
    assertThat(q.verb().text()).isEqualTo("said");
  }

  @Test
  void reportedSpeechAndAccordingTo() {
    // officials said prices rose .  According to the bank , prices fell sharply .
    var reported =
        Sentences.of(
            0,
            0,
            "officials/NNS/official said/VBD/say prices/NNS/price rose/VBD/rise ./.",
            new Dependency(1, 0, "nsubj"),
            new Dependency(1, 3, "ccomp"),
            new Dependency(3, 2, "nsubj"));
    var according =
        Sentences.of(
            1,
            31,
            "According/VBG/accord to/IN the/DT bank/NN ,/, prices/NNS/price fell/VBD/fall"
                + " sharply/RB ./.",
            new Dependency(3, 0, "case"),
            new Dependency(0, 1, "fixed"),
            new Dependency(3, 2, "det"),
            new Dependency(6, 3, "obl:according_to"),
            new Dependency(6, 5, "nsubj"),
            new Dependency(6, 7, "advmod"));
    List<Quotation> found =
        QuotationFinder.load().find(Sentences.doc(reported, according), NO_ACTORS);
    assertThat(found)
        .extracting(q -> q.id() + " " + q.kind() + " " + q.speakerText() + ": " + q.text())
        .containsExactly(
            "q1 INDIRECT officials: prices rose", "q2 ACCORDING the bank: prices fell sharply");
  }

  @Test
  void shortQuotesWithoutASpeechVerbAreScareQuotes() {
    var s = Sentences.of(0, 0, "a/DT \"/`` paper/NN shield/NN \"/''");
    assertThat(QuotationFinder.load().find(Sentences.doc(s), NO_ACTORS)).isEmpty();
  }

  @Test
  void badLinesNameFileAndLine() {
    assertThatThrownBy(() -> parse("# c\nsay\tsay\nSay\tsay\n"))
        .hasMessageContaining("verbs.tsv:3");
    assertThatThrownBy(() -> parse("say\tshout\n")).hasMessageContaining("say, write or assert");
    assertThatThrownBy(() -> parse("say\tsay\nsay\tsay\n")).hasMessageContaining("twice");
  }

  private static QuotationFinder parse(String data) throws Exception {
    return QuotationFinder.parse(
        new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), "verbs.tsv");
  }
}
