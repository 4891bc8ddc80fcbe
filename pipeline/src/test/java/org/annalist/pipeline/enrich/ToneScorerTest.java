package org.annalist.pipeline.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annalist.model.Dependency;
import org.annalist.model.Enrichment.Tone;
import org.junit.jupiter.api.Test;

class ToneScorerTest {
  private static final SentimentLexicon LEXICON = SentimentLexicon.load();
  private final ToneScorer scorer = new ToneScorer(LEXICON);

  @Test
  void theShippedListLoads() {
    assertThat(LEXICON.size()).isEqualTo(3382);
    assertThat(LEXICON.valence("support")).isEqualTo(2);
    assertThat(LEXICON.valence("killed")).isEqualTo(-3);
    assertThat(LEXICON.valence("cover-up")).isEqualTo(-3);
    assertThat(LEXICON.longestPhrase()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aBadLineNamesFileAndLine() {
    String data = "# comment\ngood\t2\nbad\tvery\n";
    assertThatThrownBy(() -> parse(data))
        .hasMessageContaining("words.tsv:3")
        .hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> parse("Upper\t1\n")).hasMessageContaining("words.tsv:1");
    assertThatThrownBy(() -> parse("x\t9\n")).hasMessageContaining("outside [-5, 5]");
    assertThatThrownBy(() -> parse("x\t1\nx\t2\n")).hasMessageContaining("words.tsv:2");
  }

  private static SentimentLexicon parse(String data) throws IOException {
    return SentimentLexicon.parse(
        new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), "words.tsv");
  }

  @Test
  void countsWordsValenceVerbsAndPronouns() {
    // "We support the peace deal , but the war killed 12 ." : 10 words (the comma and the full
    // stop are no words); support +, peace +, war -, killed -; active: support, killed; pronoun:
    // We.
    var s =
        Sentences.of(
            0,
            0,
            "We/PRP support/VBP the/DT peace/NN deal/NN ,/, but/CC the/DT war/NN killed/VBD/kill"
                + " 12/CD ./.");
    ToneScorer.Counts c = scorer.count(s);
    assertThat(c).isEqualTo(new ToneScorer.Counts(10, 2, 2, 2, 1));
    Tone t = c.tone();
    assertThat(t.wordCount()).isEqualTo(10);
    assertThat(t.positive()).isEqualTo(20.0);
    assertThat(t.negative()).isEqualTo(20.0);
    assertThat(t.tone()).isEqualTo(0.0);
    assertThat(t.polarity()).isEqualTo(40.0);
    assertThat(t.activity()).isEqualTo(20.0);
    assertThat(t.selfGroup()).isEqualTo(10.0);
  }

  @Test
  void negationTurnsValenceAroundButNotOnlyDoesNot() {
    var negated = Sentences.of(0, 0, "talks/NNS were/VBD not/RB successful/JJ");
    assertThat(scorer.count(negated).negative()).isEqualTo(1);
    assertThat(scorer.count(negated).positive()).isZero();
    var notOnly = Sentences.of(0, 0, "not/RB only/RB successful/JJ");
    assertThat(scorer.count(notOnly).positive()).isEqualTo(1);
  }

  @Test
  void namesAndFunctionWordsCarryNoValence() {
    var s = Sentences.of(0, 0, "like/IN Hope/NNP/hope/PERSON said/VBD");
    assertThat(scorer.count(s).positive()).isZero();
  }

  @Test
  void auxiliariesAndCopulasAreNotActive() {
    var s =
        Sentences.of(
            0,
            0,
            "troops/NNS have/VBP/have withdrawn/VBN/withdraw",
            new Dependency(2, 1, "aux"),
            new Dependency(2, 0, "nsubj"));
    assertThat(scorer.count(s).active()).isEqualTo(1);
  }

  @Test
  void phrasesCountOnce() {
    var s = Sentences.of(0, 0, "they/PRP were/VBD fed/VBN up/RP");
    ToneScorer.Counts c = scorer.count(s);
    assertThat(c.negative()).isEqualTo(1);
    assertThat(ToneScorer.sum(List.of(c, c), List.of(0, 1)).negative()).isEqualTo(2);
  }
}
