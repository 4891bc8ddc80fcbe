package org.annalist.pipeline;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Article;
import org.annalist.model.CleanText;
import org.annalist.model.Enrichment;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.pipeline.actor.ActorResolution;
import org.annalist.pipeline.actor.ActorResolver;
import org.annalist.pipeline.event.EventCoder;
import org.annalist.pipeline.event.EventSentences;
import org.annalist.pipeline.geo.Geoparser;
import org.annalist.pipeline.geo.Places;
import org.annalist.pipeline.lang.Detection;
import org.annalist.pipeline.lang.LanguagePolicy;
import org.annalist.pipeline.nlp.CoreNlpAnnotator;
import org.annalist.pipeline.nlp.SentenceSelector;

/**
 * Runs the whole pipeline on one article: clean, detect the language, annotate, resolve actors,
 * code events, locate them, enrich the article (tone, themes, quotations, amounts, names). Cheap to
 * build from {@link PipelineResources}; thread-safe, so one extractor may serve many threads.
 * Records the time spent in each stage.
 */
public final class Extractor {
  /** The stages, in order, for timing. */
  public enum Stage {
    CLEAN,
    LANGUAGE,
    NLP,
    ACTORS,
    EVENTS,
    PLACES,
    ENRICH
  }

  private static final LanguagePolicy ENGLISH = LanguagePolicy.english();

  private final PipelineResources resources;
  private final ActorResolver actors;
  private final EventCoder coder;
  private final SentenceSelector parse;
  private final Map<Stage, java.util.concurrent.atomic.LongAdder> nanos =
      new EnumMap<>(Stage.class);

  Extractor(
      PipelineResources resources, boolean requireSource, boolean requireTarget, boolean parseAll) {
    this.resources = resources;
    this.actors = new ActorResolver(resources.actors());
    this.coder =
        new EventCoder(
            resources.events(),
            resources.codes(),
            resources.plover(),
            requireSource,
            requireTarget);
    this.parse =
        parseAll
            ? SentenceSelector.ALL
            : new EventSentences(actors, resources.events(), requireSource && requireTarget);
    for (Stage s : Stage.values()) {
      nanos.put(s, new java.util.concurrent.atomic.LongAdder());
    }
  }

  /**
   * Extracts the actors and events of an article: {@link #annotate} then {@link #code}.
   *
   * @throws RejectedArticleException when the article cannot be coded (not English, no text)
   */
  public Extraction extract(Article article) throws RejectedArticleException {
    return code(annotate(article));
  }

  /**
   * Cleans an article, checks its language and annotates it with CoreNLP: the expensive part, whose
   * result can be stored and coded again later. Unless this extractor parses every sentence, only
   * the sentences that can hold an event ({@link EventSentences}) are parsed.
   *
   * @throws RejectedArticleException when the article cannot be coded (not English, no text)
   */
  public AnnotatedDoc annotate(Article article) throws RejectedArticleException {
    long t = System.nanoTime();
    CleanText clean = resources.cleaner().clean(article.text());
    t = lap(Stage.CLEAN, t);
    if (clean.text().isBlank()) {
      throw new RejectedArticleException("no text left after cleaning");
    }
    Detection lang = resources.languages().detect(clean.text());
    t = lap(Stage.LANGUAGE, t);
    Optional<String> rejection = ENGLISH.rejection(lang);
    if (rejection.isPresent()) {
      throw new RejectedArticleException(rejection.get());
    }
    AnnotatedDoc doc = resources.annotator().annotate(article, clean, lang.language(), parse);
    lap(Stage.NLP, t);
    return doc;
  }

  /**
   * Annotates an article whose sentences come parsed, as Penn Treebank trees, one per sentence,
   * instead of parsing it: its text becomes the trees' words ({@link CoreNlpAnnotator#treeText}),
   * and the trees give the parts of speech and the dependencies. The language is taken to be
   * English.
   *
   * @throws RejectedArticleException when a tree cannot be read or holds no word
   */
  public AnnotatedDoc annotateParsed(Article article, List<String> pennTrees)
      throws RejectedArticleException {
    long t = System.nanoTime();
    List<Tree> trees = new ArrayList<>(pennTrees.size());
    for (String s : pennTrees) {
      Tree tree;
      try {
        tree = Tree.valueOf(s);
      } catch (RuntimeException e) {
        tree = null;
      }
      if (tree == null || tree.getLeaves().isEmpty()) {
        throw new RejectedArticleException("unreadable Penn Treebank parse");
      }
      trees.add(tree);
    }
    return annotateGiven(
        article.withText(CoreNlpAnnotator.treeText(trees)),
        t,
        (parsed, clean) -> resources.annotator().annotateTrees(parsed, clean, "en", trees));
  }

  /**
   * Annotates an article whose sentences come parsed as CoNLL-U dependencies (a blank line between
   * sentences; comment lines and multi-word token lines are skipped) instead of parsing it: its
   * text becomes the words, separated by blanks; the language-specific tags (else the universal
   * ones) are the parts of speech, and the basic dependencies are enhanced as CoreNLP enhances its
   * own. The language is taken to be English.
   *
   * @throws RejectedArticleException when a line is not a CoNLL-U word line or a head is wrong
   */
  public AnnotatedDoc annotateConllu(Article article, String conllu)
      throws RejectedArticleException {
    long t = System.nanoTime();
    List<List<CoreNlpAnnotator.ParsedWord>> sentences = new ArrayList<>();
    List<CoreNlpAnnotator.ParsedWord> current = new ArrayList<>();
    for (String line : conllu.split("\n")) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          sentences.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      if (c.length < 8 || !c[0].matches("\\d+(-\\d+|\\.\\d+)?") || !c[6].matches("\\d+|_")) {
        throw new RejectedArticleException("not a CoNLL-U word line: " + abbreviate(line));
      }
      if (!c[0].matches("\\d+")) {
        continue; // a multi-word token or an empty node
      }
      String tag = c[4].equals("_") ? c[3] : c[4];
      int head = c[6].equals("_") ? -1 : Integer.parseInt(c[6]);
      current.add(new CoreNlpAnnotator.ParsedWord(c[1], tag, head, c[7]));
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    if (sentences.isEmpty()) {
      throw new RejectedArticleException("no CoNLL-U word line");
    }
    String text =
        CoreNlpAnnotator.givenText(
            sentences.stream()
                .map(s -> s.stream().map(CoreNlpAnnotator.ParsedWord::word).toList())
                .toList());
    return annotateGiven(
        article.withText(text),
        t,
        (parsed, clean) ->
            resources.annotator().annotateDependencies(parsed, clean, "en", sentences));
  }

  /** How sentences that come parsed are annotated, given the article holding their words. */
  private interface GivenAnnotation {
    AnnotatedDoc annotate(Article parsed, CleanText clean);
  }

  /**
   * Annotates an article whose text is the words of sentences that come parsed (nothing to clean),
   * timing the work from {@code since}; a parse that does not fit its words rejects it.
   */
  private AnnotatedDoc annotateGiven(Article parsed, long since, GivenAnnotation annotation)
      throws RejectedArticleException {
    CleanText clean = CleanText.unchanged(parsed.text());
    long t = lap(Stage.CLEAN, since);
    AnnotatedDoc doc;
    try {
      doc = annotation.annotate(parsed, clean);
    } catch (IllegalArgumentException e) {
      throw new RejectedArticleException(e.getMessage());
    }
    lap(Stage.NLP, t);
    return doc;
  }

  private static String abbreviate(String line) {
    String l = line.replace('\t', ' ');
    return l.length() <= 60 ? l : l.substring(0, 57) + "...";
  }

  /** Resolves the actors of an annotated article (and the places the actor dictionary names). */
  public ActorResolution actors(AnnotatedDoc doc) {
    return actors.resolve(doc);
  }

  /**
   * Resolves actors, codes events, geoparses and enriches an annotated article, without running
   * CoreNLP.
   */
  public Extraction code(AnnotatedDoc doc) {
    long t = System.nanoTime();
    ActorResolution resolution = actors.resolve(doc);
    t = lap(Stage.ACTORS, t);
    List<Event> events = coder.code(doc, resolution);
    t = lap(Stage.EVENTS, t);
    Geoparser.Result geo =
        resources.geoparser().parse(doc, resolution.actors(), resolution.places());
    Places located = Places.of(doc, geo, resolution.actors());
    events = located.locate(events);
    t = lap(Stage.PLACES, t);
    Enrichment enrichment = resources.enricher().enrich(doc, resolution, located.places(), events);
    lap(Stage.ENRICH, t);
    List<String> flags = new ArrayList<>();
    if (doc.article().date() == null) {
      flags.add("date-unknown");
    }
    if (!doc.language().equals("en")) {
      flags.add("language-uncertain");
    }
    return new Extraction(
        doc, resolution.actors(), located.places(), events, flags, geo.focus(), enrichment);
  }

  private long lap(Stage stage, long since) {
    long now = System.nanoTime();
    nanos.get(stage).add(now - since);
    return now;
  }

  /** Total nanoseconds spent in each stage by this extractor so far. */
  public Map<Stage, Long> stageNanos() {
    Map<Stage, Long> out = new EnumMap<>(Stage.class);
    nanos.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
