package org.annalist.pipeline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.annalist.model.EntityType;
import org.annalist.pipeline.eval.NerTagger;

/**
 * Tags pre-tokenised sentences with the same NER settings the pipeline uses, for evaluation on
 * CoNLL files: tokens are taken as given (whitespace tokenisation, one sentence per line).
 *
 * <p>Loads CoreNLP's models on construction; thread-safe afterwards.
 */
public final class CoreNlpNerTagger implements NerTagger {
  private final StanfordCoreNLP pipeline;

  public CoreNlpNerTagger(NlpConfig config) {
    Properties p = config.coreNlpProperties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.whitespace", "true");
    p.setProperty("ssplit.eolonly", "true");
    p.remove("ssplit.newlineIsSentenceBreak");
    // CoreNLP's three default models: the CoNLL one adds MISC, which evaluation data labels.
    p.remove("ner.model");
    this.pipeline = new StanfordCoreNLP(p);
  }

  @Override
  public List<List<String>> tag(List<List<String>> sentences) {
    StringBuilder text = new StringBuilder();
    for (List<String> s : sentences) {
      text.append(String.join(" ", s)).append('\n');
    }
    Annotation a = new Annotation(text.toString());
    pipeline.annotate(a);
    List<CoreMap> out = a.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<String>> tags = new ArrayList<>(sentences.size());
    int si = 0;
    for (List<String> s : sentences) {
      List<String> labels = new ArrayList<>(s.size());
      if (s.isEmpty()) {
        tags.add(labels);
        continue;
      }
      List<CoreLabel> tokens = out.get(si++).get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() != s.size()) {
        throw new IllegalStateException(
            "tokenisation changed a sentence of " + s.size() + " tokens into " + tokens.size());
      }
      for (CoreLabel t : tokens) {
        labels.add(label(t.ner()));
      }
      tags.add(labels);
    }
    return tags;
  }

  private static String label(String ner) {
    EntityType type = ner == null ? null : EntityType.fromTag(ner);
    if (type == null) {
      return "O";
    }
    return switch (type) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case MISC -> "MISC";
    };
  }
}
