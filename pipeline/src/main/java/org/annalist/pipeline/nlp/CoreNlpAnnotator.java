package org.annalist.pipeline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Article;
import org.annalist.model.CleanText;
import org.annalist.model.Dependency;
import org.annalist.model.EntityMention;
import org.annalist.model.EntityType;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.TimeMention;
import org.annalist.model.Token;

/**
 * Annotates cleaned text with Stanford CoreNLP: tokens, lemmas, parts of speech, coarse named
 * entities, Universal Dependencies (enhanced++) and dates normalised against the article date.
 *
 * <p>Lifecycle: constructing an annotator loads the models (seconds, hundreds of MB); build one per
 * process and share it. {@link #annotate} is thread-safe.
 */
public final class CoreNlpAnnotator {
  private final StanfordCoreNLP pipeline;
  private final TimeAnnotator time;
  private final NlpConfig config;

  public CoreNlpAnnotator(NlpConfig config) {
    this.config = config;
    this.pipeline = new StanfordCoreNLP(config.coreNlpProperties());
    if (config.dates()) {
      Properties tp = new Properties();
      tp.setProperty("sutime.includeRange", "true");
      this.time = new TimeAnnotator("sutime", tp);
    } else {
      this.time = null;
    }
  }

  public NlpConfig config() {
    return config;
  }

  /** Runs CoreNLP over {@code text} as plain CoreNLP would; the result is CoreNLP's own. */
  public Annotation annotateRaw(String text, LocalDate date) {
    Annotation a = new Annotation(text);
    if (date != null) {
      a.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    pipeline.annotate(a);
    if (time != null) {
      time.annotate(a);
    }
    return a;
  }

  /** Annotates an article's cleaned text, written in {@code language}. */
  public AnnotatedDoc annotate(Article article, CleanText clean, String language) {
    Annotation a = annotateRaw(clean.text(), article.date());
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<CoreMap> sents = a.get(CoreAnnotations.SentencesAnnotation.class);
    for (int si = 0; si < sents.size(); si++) {
      CoreMap s = sents.get(si);
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int ti = 0; ti < labels.size(); ti++) {
        CoreLabel l = labels.get(ti);
        String ner = l.ner() == null ? "O" : l.ner();
        tokens.add(
            new Token(
                ti,
                l.originalText() != null ? l.originalText() : l.word(),
                l.lemma() == null ? l.word() : l.lemma(),
                l.tag() == null ? "" : l.tag(),
                ner,
                new Span(l.beginPosition(), l.endPosition())));
      }
      Span span =
          new Span(
              s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      sentences.add(new Sentence(si, span, clean.inHeading(span), tokens, dependencies(s)));
      entities.addAll(entityMentions(si, tokens));
    }
    return new AnnotatedDoc(
        article, clean, language, sentences, entities, timeMentions(a, sentences));
  }

  private static List<Dependency> dependencies(CoreMap s) {
    SemanticGraph g =
        s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    List<Dependency> out = new ArrayList<>();
    if (g == null) {
      return out;
    }
    for (IndexedWord root : g.getRoots()) {
      if (root.copyCount() == 0) {
        out.add(new Dependency(-1, root.index() - 1, "root"));
      }
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      if (e.getGovernor().copyCount() != 0 || e.getDependent().copyCount() != 0) {
        continue;
      }
      out.add(
          new Dependency(
              e.getGovernor().index() - 1,
              e.getDependent().index() - 1,
              e.getRelation().toString()));
    }
    return out;
  }

  /** Groups maximal runs of tokens with the same entity tag into mentions. */
  private static List<EntityMention> entityMentions(int sentence, List<Token> tokens) {
    List<EntityMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      EntityType type = EntityType.fromTag(tokens.get(i).ner());
      if (type == null) {
        i++;
        continue;
      }
      String tag = tokens.get(i).ner();
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).ner().equals(tag)) {
        j++;
      }
      Span span = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
      StringBuilder text = new StringBuilder();
      for (int k = i; k < j; k++) {
        if (k > i) {
          text.append(tokens.get(k).span().start() > tokens.get(k - 1).span().end() ? " " : "");
        }
        text.append(tokens.get(k).word());
      }
      out.add(new EntityMention(text.toString(), type, span, sentence, i, j));
      i = j;
    }
    return out;
  }

  private static List<TimeMention> timeMentions(Annotation a, List<Sentence> sentences) {
    List<TimeMention> out = new ArrayList<>();
    List<CoreMap> timexes = a.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return out;
    }
    for (CoreMap t : timexes) {
      Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
      Integer b = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer e = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (timex == null || b == null || e == null) {
        continue;
      }
      Span span = new Span(b, e);
      int sentence = -1;
      for (Sentence s : sentences) {
        if (s.span().contains(span)) {
          sentence = s.index();
          break;
        }
      }
      out.add(
          new TimeMention(
              t.get(CoreAnnotations.TextAnnotation.class),
              span,
              sentence,
              timex.timexType() == null ? "DATE" : timex.timexType(),
              timex.value()));
    }
    return out;
  }
}
