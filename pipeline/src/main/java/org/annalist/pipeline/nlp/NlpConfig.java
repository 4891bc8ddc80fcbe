package org.annalist.pipeline.nlp;

import java.util.Properties;

/**
 * Settings of the CoreNLP annotator.
 *
 * <p>The defaults are chosen for speed without losing what the coder needs: the coarse NER (the
 * fine-grained KBP types read a country named like a US state as the state and cost two thirds of
 * the time), no numeric classifiers, SUTime run once after the pipeline so dates are still
 * normalised, and the neural dependency parser.
 *
 * <p>NER runs two of CoreNLP's three default models: {@code english.all.3class} (PERSON,
 * ORGANIZATION, LOCATION) and {@code english.muc.7class}, of whose labels only DATE, TIME, MONEY
 * and PERCENT are kept (a later model labels only types an earlier one lacks). The third, {@code
 * english.conll.4class}, would add only MISC (nationalities, events, works), which the coder does
 * not read, for a fifth of the tagging time; tone and amounts used it only to skip words inside
 * such names.
 *
 * @param dependencies whether to run the dependency parser (the event coder needs it)
 * @param dates whether to run SUTime for normalised dates
 */
public record NlpConfig(boolean dependencies, boolean dates) {
  /** The NER models, in the order CoreNLP combines them. */
  public static final String NER_MODELS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
          + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";

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
    p.setProperty("ner.model", NER_MODELS);
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
