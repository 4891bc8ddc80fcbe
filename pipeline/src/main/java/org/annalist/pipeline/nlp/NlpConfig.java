package org.annalist.pipeline.nlp;

import java.util.Properties;

/**
 * Settings of the CoreNLP annotator.
 *
 * <p>The defaults are chosen for speed without losing what the coder needs: the coarse four-class
 * NER (the fine-grained KBP types read a country named like a US state as the state and cost two
 * thirds of the time), no numeric classifiers, SUTime run once after the pipeline so dates are
 * still normalised, and the neural dependency parser.
 *
 * @param dependencies whether to run the dependency parser (the event coder needs it)
 * @param dates whether to run SUTime for normalised dates
 */
public record NlpConfig(boolean dependencies, boolean dates) {

  public static NlpConfig defaults() {
    return new NlpConfig(true, true);
  }

  /** The CoreNLP properties for this configuration: every annotator, as plain CoreNLP runs them. */
  public Properties coreNlpProperties() {
    Properties p = taggerProperties();
    p.setProperty(
        "annotators", "tokenize,ssplit,pos,lemma,ner" + (dependencies ? ",depparse" : ""));
    return p;
  }

  /** The properties of the first pass: tokens, sentences, parts of speech, lemmas, entities. */
  public Properties taggerProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("tokenize.language", "en");
    return p;
  }

  /** The properties of the second pass: the dependency parser alone, over tagged sentences. */
  public Properties parserProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "depparse");
    p.setProperty("enforceRequirements", "false");
    return p;
  }
}
