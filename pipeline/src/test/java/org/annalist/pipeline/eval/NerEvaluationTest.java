package org.annalist.pipeline.eval;

import static org.annalist.pipeline.eval.ConllReaderTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NerEvaluationTest {
  /**
   * A deliberately imperfect tagger: each token gets a fixed coarse label whatever its context. On
   * the fixtures it takes "Mayor" into a name, glues "Varga Reed" into one person, reads "Coastline
   * FM" as a place, splits "European Fisheries Agency", misses "Polish" and tags "Tuesday" twice.
   */
  private static final Map<String, String> LEXICON =
      Map.ofEntries(
          Map.entry("Mayor", "PER"),
          Map.entry("Elena", "PER"),
          Map.entry("Varga", "PER"),
          Map.entry("Tomas", "PER"),
          Map.entry("Reed", "PER"),
          Map.entry("Harbour", "ORG"),
          Map.entry("Council", "ORG"),
          Map.entry("Northwind", "ORG"),
          Map.entry("Bank", "ORG"),
          Map.entry("Kestrel", "ORG"),
          Map.entry("Party", "ORG"),
          Map.entry("Fisheries", "ORG"),
          Map.entry("Agency", "ORG"),
          Map.entry("Port", "LOC"),
          Map.entry("Allen", "LOC"),
          Map.entry("Lisk", "LOC"),
          Map.entry("Island", "LOC"),
          Map.entry("Dunmore", "LOC"),
          Map.entry("Denmark", "LOC"),
          Map.entry("Coastline", "LOC"),
          Map.entry("FM", "LOC"),
          Map.entry("Tuesday", "MISC"),
          Map.entry("Danish", "MISC"),
          Map.entry("European", "MISC"));

  private static final NerTagger LOOKUP = sentences -> relabel(sentences, t -> t);

  private static List<List<String>> relabel(
      List<List<String>> sentences, UnaryOperator<String> spelling) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> tokens : sentences) {
      List<String> labels = new ArrayList<>();
      for (String token : tokens) {
        labels.add(spelling.apply(LEXICON.getOrDefault(token, "O")));
      }
      out.add(labels);
    }
    return out;
  }

  /** Hand count over the 12 fixture sentences; see the tagger's description. */
  private static void assertFixtureScores(NerScores scores) {
    assertThat(scores.type(NerType.PER)).isEqualTo(EntityScore.of(3, 2, 3));
    assertThat(scores.type(NerType.ORG)).isEqualTo(EntityScore.of(4, 1, 2));
    assertThat(scores.type(NerType.LOC)).isEqualTo(EntityScore.of(7, 1, 0));
    assertThat(scores.type(NerType.MISC)).isEqualTo(EntityScore.of(2, 3, 1));
    assertThat(scores.overall()).isEqualTo(EntityScore.of(16, 7, 6));

    assertThat(scores.type(NerType.PER).precision()).isCloseTo(3.0 / 5, within(1e-12));
    assertThat(scores.type(NerType.PER).recall()).isCloseTo(3.0 / 6, within(1e-12));
    assertThat(scores.type(NerType.PER).f1()).isCloseTo(6.0 / 11, within(1e-12));
    assertThat(scores.type(NerType.ORG).f1()).isCloseTo(8.0 / 11, within(1e-12));
    assertThat(scores.type(NerType.LOC).precision()).isCloseTo(7.0 / 8, within(1e-12));
    assertThat(scores.type(NerType.LOC).recall()).isEqualTo(1.0);
    assertThat(scores.type(NerType.LOC).f1()).isCloseTo(14.0 / 15, within(1e-12));
    assertThat(scores.type(NerType.MISC).f1()).isCloseTo(0.5, within(1e-12));
    assertThat(scores.overall().precision()).isCloseTo(16.0 / 23, within(1e-12));
    assertThat(scores.overall().recall()).isCloseTo(16.0 / 22, within(1e-12));
    assertThat(scores.overall().f1()).isCloseTo(32.0 / 45, within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(strings = {"conll-iob1.txt", "conll-iob2.txt"})
  void scoresAnImperfectTaggerOnBothSchemes(String name) throws IOException {
    assertFixtureScores(NerEvaluation.run(fixture(name), LOOKUP));
  }

  @Test
  void formattedReportEndsWithTheOverallF1() throws IOException {
    NerScores scores = NerEvaluation.run(fixture("conll-iob1.txt"), LOOKUP);

    assertThat(scores.format())
        .isEqualTo(
            String.join(
                "\n",
                "type     precision    recall        f1    gold  predicted",
                "PER         0.6000    0.5000    0.5455       6          5",
                "ORG         0.8000    0.6667    0.7273       6          5",
                "LOC         0.8750    1.0000    0.9333       7          8",
                "MISC        0.4000    0.6667    0.5000       3          5",
                "overall     0.6957    0.7273    0.7111      22         23",
                "f1=0.7111"));
  }

  @Test
  void longTypeNamesAndIob2OutputScoreLikeCoarseLabels() throws IOException {
    NerTagger longNames =
        sentences ->
            relabel(
                sentences,
                label ->
                    switch (label) {
                      case "PER" -> "PERSON";
                      case "ORG" -> "ORGANIZATION";
                      case "LOC" -> "LOCATION";
                      default -> label;
                    });
    NerTagger iob2 =
        sentences -> {
          List<List<String>> out = new ArrayList<>();
          for (List<String> labels : LOOKUP.tag(sentences)) {
            List<String> prefixed = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
              String label = labels.get(i);
              boolean inside = i > 0 && labels.get(i - 1).equals(label);
              prefixed.add(label.equals("O") ? "O" : (inside ? "I-" : "B-") + label);
            }
            out.add(prefixed);
          }
          return out;
        };

    assertFixtureScores(NerEvaluation.run(fixture("conll-iob2.txt"), longNames));
    assertFixtureScores(NerEvaluation.run(fixture("conll-iob2.txt"), iob2));
  }

  @Test
  void taggerWithBeginTagsCanSeparateTouchingEntities() throws IOException {
    Path file = fixture("conll-iob1.txt");
    List<ConllSentence> gold = ConllReader.read(file);
    NerTagger perfect =
        sentences -> {
          List<List<String>> out = new ArrayList<>();
          for (List<String> tokens : sentences) {
            ConllSentence sentence =
                gold.stream().filter(s -> s.tokens().equals(tokens)).findFirst().orElseThrow();
            List<String> labels = new ArrayList<>(tokens.stream().map(t -> "O").toList());
            for (EntitySpan entity : sentence.entities()) {
              labels.set(entity.start(), "B-" + entity.type());
              for (int i = entity.start() + 1; i < entity.end(); i++) {
                labels.set(i, "I-" + entity.type());
              }
            }
            out.add(labels);
          }
          return out;
        };

    NerScores scores = NerEvaluation.run(file, perfect);

    assertThat(scores.overall()).isEqualTo(EntityScore.of(22, 0, 0));
    assertThat(scores.format()).endsWith("\nf1=1.0000");
  }

  @Test
  void sendsSentencesInBatchesInFileOrder() throws IOException {
    List<Integer> batchSizes = new ArrayList<>();
    List<String> firstTokens = new ArrayList<>();
    NerTagger counting =
        sentences -> {
          batchSizes.add(sentences.size());
          sentences.forEach(s -> firstTokens.add(s.get(0)));
          return LOOKUP.tag(sentences);
        };

    assertFixtureScores(NerEvaluation.run(fixture("conll-iob1.txt"), counting, 5));
    assertThat(batchSizes).containsExactly(5, 5, 2);
    assertThat(firstTokens).startsWith("Mayor", "The", "Varga").endsWith("Tuesday").hasSize(12);

    batchSizes.clear();
    NerEvaluation.run(fixture("conll-iob1.txt"), counting);
    assertThat(batchSizes).containsExactly(12);
    assertThat(NerEvaluation.DEFAULT_BATCH_SIZE).isEqualTo(500);
  }

  @Test
  void emptyFileNeverCallsTheTaggerAndScoresZero(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.conll"), "-DOCSTART- -X- -X- O\n\n");
    NerTagger unused =
        sentences -> {
          throw new AssertionError("tagger called");
        };

    NerScores scores = NerEvaluation.run(empty, unused);

    assertThat(scores.overall()).isEqualTo(EntityScore.of(0, 0, 0));
    assertThat(scores.format())
        .endsWith("\noverall     0.0000    0.0000    0.0000       0          0\nf1=0.0000");
  }

  @Test
  void taggerInputCannotBeModified() {
    NerTagger meddling =
        sentences -> {
          sentences.get(0).set(0, "changed");
          return sentences;
        };

    assertThatThrownBy(() -> NerEvaluation.run(fixture("conll-iob1.txt"), meddling))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void wrongNumberOfSentencesOrLabelsIsReported() {
    NerTagger dropsSentence = sentences -> LOOKUP.tag(sentences).subList(1, sentences.size());
    NerTagger dropsLabel =
        sentences -> {
          List<List<String>> out = new ArrayList<>(LOOKUP.tag(sentences));
          out.set(1, out.get(1).subList(1, out.get(1).size()));
          return out;
        };

    assertThatThrownBy(() -> NerEvaluation.run(fixture("conll-iob1.txt"), dropsSentence))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("tagger returned 11 sentences for a batch of 12 starting at line 3");
    assertThatThrownBy(() -> NerEvaluation.run(fixture("conll-iob1.txt"), dropsLabel))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("tagger returned 12 labels for the 13 tokens of the sentence at line 13");
  }

  @Test
  void labelOutsideTheContractIsReportedWithItsLine() {
    NerTagger dates =
        sentences -> relabel(sentences, label -> label.equals("MISC") ? "DATE" : label);

    assertThatThrownBy(() -> NerEvaluation.run(fixture("conll-iob1.txt"), dates))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("tagger label \"DATE\" for \"Tuesday\" on line 10 is not O");
  }

  @Test
  void rejectsNonPositiveBatchSize() {
    assertThatThrownBy(() -> NerEvaluation.run(fixture("conll-iob1.txt"), LOOKUP, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch size must be positive: 0");
  }
}
