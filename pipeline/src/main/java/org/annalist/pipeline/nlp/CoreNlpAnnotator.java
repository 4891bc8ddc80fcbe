package org.annalist.pipeline.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
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
 * <p>Parsing is most of the cost, so a {@link SentenceSelector} may choose the sentences worth it
 * (those that can hold an event); the others are tagged only.
 *
 * <p>Lifecycle: constructing an annotator loads the models (seconds, hundreds of MB); build one per
 * process and share it. {@link #annotate} is thread-safe.
 */
public final class CoreNlpAnnotator {
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;
  private final TimeAnnotator time;
  private final NlpConfig config;
  private final LongAdder tagNanos = new LongAdder();
  private final LongAdder parseNanos = new LongAdder();
  private final LongAdder dateNanos = new LongAdder();
  private final LongAdder sentences = new LongAdder();
  private final LongAdder parsedSentences = new LongAdder();
  private volatile StanfordCoreNLP treeTagger;

  public CoreNlpAnnotator(NlpConfig config) {
    this.config = config;
    this.tagger = new StanfordCoreNLP(config.taggerProperties());
    this.parser = config.dependencies() ? new StanfordCoreNLP(config.parserProperties()) : null;
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

  /**
   * Runs CoreNLP over {@code text} as plain CoreNLP would, parsing every sentence; the result is
   * CoreNLP's own.
   */
  public Annotation annotateRaw(String text, LocalDate date) {
    Annotation a = tag(tagger, text, date);
    if (parser != null) {
      parser.annotate(a);
    }
    if (time != null) {
      time.annotate(a);
    }
    return a;
  }

  /** Annotates an article's cleaned text, written in {@code language}, parsing every sentence. */
  public AnnotatedDoc annotate(Article article, CleanText clean, String language) {
    return annotate(article, clean, language, SentenceSelector.ALL);
  }

  /**
   * Annotates an article's cleaned text, written in {@code language}: tokens, lemmas, parts of
   * speech and entities for every sentence; dependencies and normalised dates for the sentences
   * {@code selector} chooses from the tagged text. The other sentences keep no dependency edge
   * ({@link Sentence#parsed()} is false) and no date expression.
   */
  public AnnotatedDoc annotate(
      Article article, CleanText clean, String language, SentenceSelector selector) {
    long t0 = System.nanoTime();
    Annotation a = tag(tagger, clean.text(), article.date());
    List<CoreMap> sents = a.get(CoreAnnotations.SentencesAnnotation.class);
    BitSet chosen;
    if (selector == SentenceSelector.ALL) {
      chosen = new BitSet();
      chosen.set(0, sents.size());
    } else {
      chosen = selector.select(convert(a, article, clean, language, List.of()));
    }
    Annotation part = a;
    if (chosen.cardinality() < sents.size()) {
      List<CoreMap> some = new ArrayList<>(chosen.cardinality());
      chosen.stream().filter(i -> i < sents.size()).forEach(i -> some.add(sents.get(i)));
      part = subset(clean.text(), some, article.date());
    }
    long t1 = System.nanoTime();
    tagNanos.add(t1 - t0);
    sentences.add(sents.size());
    parsedSentences.add(part.get(CoreAnnotations.SentencesAnnotation.class).size());
    if (parser != null && !part.get(CoreAnnotations.SentencesAnnotation.class).isEmpty()) {
      parser.annotate(part);
    }
    long t2 = System.nanoTime();
    parseNanos.add(t2 - t1);
    List<TimeMention> times = times(part, a, clean.text(), article.date());
    dateNanos.add(System.nanoTime() - t2);
    return convert(a, article, clean, language, times);
  }

  /** The dates SUTime reads in the sentences of {@code part} (of {@code doc}) that may hold one. */
  private List<TimeMention> times(Annotation part, Annotation doc, String text, LocalDate date) {
    if (time == null) {
      return List.of();
    }
    // SUTime is as slow as the parser: it reads the parsed sentences the tagger found a date or
    // time in.
    List<CoreMap> dated = new ArrayList<>();
    for (CoreMap s : part.get(CoreAnnotations.SentencesAnnotation.class)) {
      if (s.get(CoreAnnotations.TokensAnnotation.class).stream()
          .anyMatch(CoreNlpAnnotator::mayBeTime)) {
        dated.add(s);
      }
    }
    if (dated.isEmpty()) {
      return List.of();
    }
    Annotation when = subset(text, dated, date);
    time.annotate(when);
    return timeMentions(when, doc);
  }

  /**
   * The text of sentences given as Penn Treebank parses, for {@link #annotateTrees}: each tree's
   * words separated by a space (bracket tokens such as {@code -LRB-} as the brackets they stand
   * for), one tree per line.
   */
  public static String treeText(List<Tree> trees) {
    return givenText(
        trees.stream()
            .map(t -> t.getLeaves().stream().map(leaf -> unescape(leaf.value())).toList())
            .toList());
  }

  /**
   * The text of sentences given as their words, for {@link #annotateTrees} and {@link
   * #annotateDependencies}: each sentence's words separated by a space, one sentence per line.
   */
  public static String givenText(List<List<String>> sentences) {
    return sentences.stream()
        .map(words -> String.join(" ", words))
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private static String unescape(String word) {
    return switch (word) {
      case "-LRB-" -> "(";
      case "-RRB-" -> ")";
      case "-LSB-" -> "[";
      case "-RSB-" -> "]";
      case "-LCB-" -> "{";
      case "-RCB-" -> "}";
      case "``", "\'\'" -> "\"";
      default -> word;
    };
  }

  /**
   * Annotates sentences given as Penn Treebank parses instead of parsing them: {@code clean} is
   * their {@link #treeText}. Tokens and parts of speech are the trees', dependencies are converted
   * from the trees (Universal Dependencies, enhanced++), and lemmas, entities and dates are read as
   * {@link #annotate} reads them.
   *
   * @throws IllegalArgumentException when the text does not hold the trees' words
   */
  public AnnotatedDoc annotateTrees(
      Article article, CleanText clean, String language, List<Tree> trees) {
    Annotation a = tagGiven(clean, article.date(), trees.size());
    List<CoreMap> sents = a.get(CoreAnnotations.SentencesAnnotation.class);
    for (int i = 0; i < sents.size(); i++) {
      retag(sents.get(i), i, trees.get(i).taggedYield().stream().map(TaggedWord::tag).toList());
      sents
          .get(i)
          .set(
              SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
              SemanticGraphFactory.makeFromTree(
                  trees.get(i).deepCopy(),
                  SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                  GrammaticalStructure.Extras.NONE));
    }
    return convert(a, article, clean, language, times(a, a, clean.text(), article.date()));
  }

  /**
   * A word of a sentence given parsed as dependencies: its form, part of speech, the 1-based index
   * of its head (0 for the root, -1 when none is given) and the relation to it.
   */
  public record ParsedWord(String word, String tag, int head, String relation) {}

  /**
   * Annotates sentences given as basic Universal Dependencies instead of parsing them: {@code
   * clean} holds each sentence's words separated by blanks, one sentence per line. Tokens and parts
   * of speech are the given ones; the dependencies are enhanced (enhanced++) as CoreNLP enhances
   * its parser's; lemmas, entities and dates are read as {@link #annotate} reads them.
   *
   * @throws IllegalArgumentException when the text does not hold the words, or a head is outside
   *     its sentence
   */
  public AnnotatedDoc annotateDependencies(
      Article article, CleanText clean, String language, List<List<ParsedWord>> parsed) {
    Annotation a = tagGiven(clean, article.date(), parsed.size());
    List<CoreMap> sents = a.get(CoreAnnotations.SentencesAnnotation.class);
    for (int i = 0; i < sents.size(); i++) {
      List<ParsedWord> words = parsed.get(i);
      List<CoreLabel> labels = retag(sents.get(i), i, words.stream().map(ParsedWord::tag).toList());
      SemanticGraph g = new SemanticGraph();
      List<IndexedWord> nodes = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        IndexedWord w = new IndexedWord(l);
        nodes.add(w);
        g.addVertex(w);
      }
      for (int k = 0; k < words.size(); k++) {
        ParsedWord w = words.get(k);
        if (w.head() == 0) {
          g.addRoot(nodes.get(k));
        } else if (w.head() > 0) {
          if (w.head() > nodes.size()) {
            throw new IllegalArgumentException(
                "sentence " + (i + 1) + ": word " + (k + 1) + " has head " + w.head());
          }
          g.addEdge(
              nodes.get(w.head() - 1),
              nodes.get(k),
              GrammaticalRelation.valueOf(Language.UniversalEnglish, w.relation()),
              1.0,
              false);
        }
      }
      UniversalEnglishGrammaticalStructure.addEnhancements(
          g, UniversalEnglishGrammaticalStructure.ENHANCED_PLUS_PLUS_OPTIONS);
      sents
          .get(i)
          .set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, g);
    }
    return convert(a, article, clean, language, times(a, a, clean.text(), article.date()));
  }

  /**
   * Tags a text of given words, one sentence per line, with lemmas and entities, checking that it
   * holds {@code sentences} sentences.
   */
  private Annotation tagGiven(CleanText clean, LocalDate date, int sentences) {
    Annotation a = tag(treeTagger(), clean.text(), date);
    int found = a.get(CoreAnnotations.SentencesAnnotation.class).size();
    if (found != sentences) {
      throw new IllegalArgumentException(
          "the text has " + found + " sentences, not the " + sentences + " given");
    }
    return a;
  }

  /**
   * Gives the words of sentence {@code index} the parts of speech of its parse, and the lemmas of
   * those, checking that the parse has as many words.
   */
  private static List<CoreLabel> retag(CoreMap sentence, int index, List<String> tags) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (labels.size() != tags.size()) {
      throw new IllegalArgumentException(
          "sentence " + (index + 1) + " has " + labels.size() + " words, its parse " + tags.size());
    }
    for (int k = 0; k < labels.size(); k++) {
      CoreLabel l = labels.get(k);
      l.setTag(tags.get(k));
      l.setLemma(Morphology.lemmaStatic(l.word(), l.tag()));
    }
    return labels;
  }

  private StanfordCoreNLP treeTagger() {
    StanfordCoreNLP t = treeTagger;
    if (t == null) {
      synchronized (this) {
        t = treeTagger;
        if (t == null) {
          Properties p = config.taggerProperties();
          p.setProperty("tokenize.whitespace", "true");
          p.setProperty("ssplit.eolonly", "true");
          t = new StanfordCoreNLP(p);
          treeTagger = t;
        }
      }
    }
    return t;
  }

  /**
   * What {@link #annotate} has done so far, summed over threads: nanoseconds spent tagging (with
   * choosing the sentences to parse), parsing and reading dates, and sentences seen and parsed.
   */
  public record Work(
      long tagNanos, long parseNanos, long dateNanos, long sentences, long parsedSentences) {}

  public Work work() {
    return new Work(
        tagNanos.sum(), parseNanos.sum(), dateNanos.sum(), sentences.sum(), parsedSentences.sum());
  }

  /**
   * Words of date expressions the entity tagger leaves untagged ("next week", "this evening"), with
   * which SUTime still reads a sentence.
   */
  private static final Set<String> TIME_WORDS =
      Set.of(
          "today",
          "tonight",
          "yesterday",
          "tomorrow",
          "morning",
          "afternoon",
          "evening",
          "night",
          "day",
          "week",
          "weekend",
          "fortnight",
          "month",
          "year",
          "decade",
          "century",
          "quarter",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "ago",
          "now",
          "recently",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday");

  /** A number that may be a year. */
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("1[89]\\d\\d|20\\d\\d");

  /** Whether a tagged token may belong to a date or time expression. */
  private static boolean mayBeTime(CoreLabel l) {
    return "DATE".equals(l.ner())
        || "TIME".equals(l.ner())
        || "CD".equals(l.tag()) && YEAR.matcher(l.word()).matches()
        || l.lemma() != null && TIME_WORDS.contains(l.lemma().toLowerCase(Locale.ROOT));
  }

  /** An annotation of {@code text} holding some of its tagged sentences, for a later annotator. */
  private static Annotation subset(String text, List<CoreMap> sentences, LocalDate date) {
    Annotation a = new Annotation(text);
    a.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    if (date != null) {
      a.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    return a;
  }

  private static Annotation tag(StanfordCoreNLP pipeline, String text, LocalDate date) {
    Annotation a = new Annotation(text);
    if (date != null) {
      a.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    pipeline.annotate(a);
    return a;
  }

  private static AnnotatedDoc convert(
      Annotation a, Article article, CleanText clean, String language, List<TimeMention> times) {
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
    return new AnnotatedDoc(article, clean, language, sentences, entities, times);
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

  /**
   * The date expressions SUTime found in {@code part}, each with the index of its sentence in the
   * whole {@code doc}.
   */
  private static List<TimeMention> timeMentions(Annotation part, Annotation doc) {
    List<TimeMention> out = new ArrayList<>();
    List<Span> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(
          new Span(
              s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
    }
    List<CoreMap> timexes = part.get(TimeAnnotations.TimexAnnotations.class);
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
      for (int i = 0; i < sentences.size(); i++) {
        if (sentences.get(i).contains(span)) {
          sentence = i;
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
