package org.annalist.pipeline.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates a {@link NerTagger} against a CoNLL-2003 file: reads the gold sentences, sends their
 * tokens to the tagger in batches, decodes its labels into entities and scores them with {@link
 * NerScorer}.
 *
 * <p>A tagger that breaks its contract (wrong number of sentences or labels, an unknown label)
 * stops the evaluation with an {@link IllegalStateException} naming the sentence's line.
 */
public final class NerEvaluation {
  /** Sentences per call to the tagger unless told otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  private NerEvaluation() {}

  /** Evaluates the tagger on a file, {@value #DEFAULT_BATCH_SIZE} sentences per call. */
  public static NerScores run(Path conll, NerTagger tagger) throws IOException {
    return run(conll, tagger, DEFAULT_BATCH_SIZE);
  }

  /** Evaluates the tagger on a file, at most {@code batchSize} sentences per call. */
  public static NerScores run(Path conll, NerTagger tagger, int batchSize) throws IOException {
    Objects.requireNonNull(tagger, "tagger");
    checkBatchSize(batchSize);
    return evaluate(ConllReader.read(conll), tagger, batchSize);
  }

  /**
   * Evaluates the tagger on sentences already read; the tagger is not called when there are none.
   */
  public static NerScores evaluate(List<ConllSentence> sentences, NerTagger tagger, int batchSize) {
    Objects.requireNonNull(sentences, "sentences");
    Objects.requireNonNull(tagger, "tagger");
    checkBatchSize(batchSize);
    NerScorer scorer = new NerScorer();
    for (int from = 0; from < sentences.size(); from += batchSize) {
      List<ConllSentence> batch =
          sentences.subList(from, Math.min(sentences.size(), from + batchSize));
      List<List<String>> input = new ArrayList<>(batch.size());
      for (ConllSentence sentence : batch) {
        input.add(sentence.tokens());
      }
      List<List<String>> output = tagger.tag(List.copyOf(input));
      if (output == null || output.size() != batch.size()) {
        throw new IllegalStateException(
            "tagger returned "
                + (output == null ? "null" : output.size() + " sentences")
                + " for a batch of "
                + batch.size()
                + " starting at line "
                + batch.get(0).line());
      }
      for (int i = 0; i < batch.size(); i++) {
        ConllSentence sentence = batch.get(i);
        scorer.add(sentence.entities(), predicted(sentence, output.get(i)));
      }
    }
    return scorer.scores();
  }

  /** The entities a tagger's labels for one sentence encode. */
  static List<EntitySpan> predicted(ConllSentence sentence, List<String> labels) {
    int size = sentence.tokens().size();
    if (labels == null || labels.size() != size) {
      throw new IllegalStateException(
          "tagger returned "
              + (labels == null ? "null" : labels.size() + " labels")
              + " for the "
              + size
              + " tokens of the sentence at line "
              + sentence.line());
    }
    List<IobLabel> parsed = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String label = labels.get(i);
      IobLabel iob = label == null ? null : IobLabel.parse(label, true);
      if (iob == null) {
        throw new IllegalStateException(
            "tagger label "
                + (label == null ? "null" : "\"" + label + "\"")
                + " for \""
                + sentence.tokens().get(i)
                + "\" on line "
                + (sentence.line() + i)
                + " is not O or PER, ORG, LOC, MISC with an optional B- or I- prefix");
      }
      parsed.add(iob);
    }
    return IobLabel.decode(parsed);
  }

  private static void checkBatchSize(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
  }
}
