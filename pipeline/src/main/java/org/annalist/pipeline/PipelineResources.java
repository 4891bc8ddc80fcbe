package org.annalist.pipeline;

import java.util.List;
import org.annalist.model.CameoCodebook;
import org.annalist.model.PloverCodebook;
import org.annalist.pipeline.actor.ActorDictionary;
import org.annalist.pipeline.clean.Cleaner;
import org.annalist.pipeline.clean.CleanerConfig;
import org.annalist.pipeline.enrich.Enricher;
import org.annalist.pipeline.event.EventDictionary;
import org.annalist.pipeline.geo.Abbreviations;
import org.annalist.pipeline.geo.Gazetteer;
import org.annalist.pipeline.geo.Geoparser;
import org.annalist.pipeline.geo.MacroRegions;
import org.annalist.pipeline.lang.LanguageDetector;
import org.annalist.pipeline.nlp.CoreNlpAnnotator;
import org.annalist.pipeline.nlp.NlpConfig;

/**
 * The heavy, immutable resources of the pipeline, loaded once per process: CoreNLP models, the
 * language profiles, the code books and dictionaries. Every {@link Extractor} built from one
 * registry shares them read-only, across threads.
 *
 * <p>This is the one place that holds per-JVM resources: a CLI run, a server, a Spark executor or a
 * test JVM builds one registry and closes it when done. Construction takes seconds (CoreNLP loads
 * its models); {@link #loadTimeMillis()} says how long.
 */
public final class PipelineResources implements AutoCloseable {
  private final CoreNlpAnnotator annotator;
  private final LanguageDetector languages;
  private final CameoCodebook codes;
  private final PloverCodebook plover;
  private final ActorDictionary actors;
  private final EventDictionary events;
  private final Cleaner cleaner;
  private final Enricher enricher;
  private final long loadTimeMillis;
  private Geoparser geoparser;
  private List<org.annalist.pipeline.petrarch.Problem> petrarchSkipped = List.of();

  private PipelineResources(NlpConfig nlp) {
    long t0 = System.nanoTime();
    this.cleaner = new Cleaner(CleanerConfig.defaults());
    this.codes = CameoCodebook.load();
    this.plover = PloverCodebook.load(codes);
    this.actors = ActorDictionary.load();
    this.events = EventDictionary.load(codes);
    this.enricher = Enricher.load(plover);
    this.languages = new LanguageDetector();
    this.annotator = new CoreNlpAnnotator(nlp);
    this.loadTimeMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  /** The resources of {@code base} (CoreNLP, cleaner, enricher) with other dictionaries. */
  private PipelineResources(
      PipelineResources base,
      org.annalist.pipeline.petrarch.PetrarchDictionaries petrarch,
      boolean replace) {
    long t0 = System.nanoTime();
    this.cleaner = base.cleaner;
    this.plover = base.plover;
    this.actors = ActorDictionary.load().withPetrarch(petrarch, replace);
    List<org.annalist.pipeline.petrarch.Problem> skipped = new java.util.ArrayList<>();
    List<org.annalist.pipeline.event.EventPattern> patterns =
        org.annalist.pipeline.event.PetrarchPatterns.convert(
            petrarch.verbs(), petrarch.verbFile(), skipped);
    // The dictionary's own codes beyond CAMEO ("901") are coded as they are.
    this.codes =
        base.codes.withExtensions(
            org.annalist.pipeline.event.PetrarchPatterns.extensionCodes(
                patterns, base.codes, petrarch.verbFile()));
    this.events =
        EventDictionary.load(base.codes).with(patterns, replace).withDiscards(petrarch.discards());
    this.petrarchSkipped = List.copyOf(skipped);
    this.enricher = base.enricher;
    this.languages = base.languages;
    this.annotator = base.annotator;
    synchronized (base) {
      this.geoparser = base.geoparser;
    }
    this.loadTimeMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  /** Loads every resource with the given NLP settings. */
  public static PipelineResources load(NlpConfig nlp) {
    return new PipelineResources(nlp);
  }

  /**
   * Loads every resource, coding also with a team's PETRARCH dictionaries: their actors and agents
   * beside ours, or instead of ours with {@code replace}.
   */
  public static PipelineResources load(
      NlpConfig nlp,
      org.annalist.pipeline.petrarch.PetrarchDictionaries petrarch,
      boolean replace) {
    return new PipelineResources(nlp).withPetrarch(petrarch, replace);
  }

  /**
   * These resources (CoreNLP and the rest, shared, not loaded again) coding also with a team's
   * PETRARCH dictionaries: their actors, agents, verb patterns and discards beside ours, or instead
   * of ours with {@code replace}.
   */
  public PipelineResources withPetrarch(
      org.annalist.pipeline.petrarch.PetrarchDictionaries petrarch, boolean replace) {
    return new PipelineResources(this, java.util.Objects.requireNonNull(petrarch), replace);
  }

  /**
   * An extractor whose events need both a source and a target, parsing only the sentences that can
   * hold an event; cheap.
   */
  public Extractor extractor() {
    return new Extractor(this, true, true, false);
  }

  /**
   * An extractor; with {@code requireTarget} false it also codes events that name a source but no
   * target. It parses only the sentences that can hold an event.
   */
  public Extractor extractor(boolean requireTarget) {
    return new Extractor(this, true, requireTarget, false);
  }

  /**
   * An extractor; with {@code requireTarget} false it also codes events that name a source but no
   * target; with {@code parseAll} it parses every sentence, else only those that can hold an event
   * (quotations, amounts and tone negation in the others are then read from the words alone).
   */
  public Extractor extractor(boolean requireTarget, boolean parseAll) {
    return new Extractor(this, true, requireTarget, parseAll);
  }

  /**
   * An extractor; with {@code requireSource} false it also codes events that name a target but no
   * source ("three civilians were killed in a bombing"), with {@code requireTarget} false events
   * that name a source but no target; every event names at least one actor.
   */
  public Extractor extractor(boolean requireSource, boolean requireTarget, boolean parseAll) {
    return new Extractor(this, requireSource, requireTarget, parseAll);
  }

  /**
   * The geoparser with its gazetteer, loaded on first use (about two seconds and 60 MB of heap) and
   * shared from then on.
   */
  public synchronized Geoparser geoparser() {
    if (geoparser == null) {
      geoparser = new Geoparser(Gazetteer.load(), Abbreviations.load(), MacroRegions.load());
    }
    return geoparser;
  }

  public CoreNlpAnnotator annotator() {
    return annotator;
  }

  public LanguageDetector languages() {
    return languages;
  }

  public CameoCodebook codes() {
    return codes;
  }

  public PloverCodebook plover() {
    return plover;
  }

  public ActorDictionary actors() {
    return actors;
  }

  /** The PETRARCH verb patterns that could not be expressed as event patterns, with why. */
  public List<org.annalist.pipeline.petrarch.Problem> petrarchSkipped() {
    return petrarchSkipped;
  }

  public EventDictionary events() {
    return events;
  }

  public Cleaner cleaner() {
    return cleaner;
  }

  /** The enrichment stage: tone, themes, quotations, amounts and names. */
  public Enricher enricher() {
    return enricher;
  }

  public long loadTimeMillis() {
    return loadTimeMillis;
  }

  /** Releases the resources. CoreNLP holds no native resources; this drops references. */
  @Override
  public void close() {
    // Nothing native to release: the models are garbage once this registry is unreachable.
  }
}
