package org.annalist.pipeline.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Enrichment;
import org.annalist.model.Enrichment.EventNote;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Place;
import org.annalist.model.Sentence;
import org.annalist.pipeline.actor.ActorResolution;

/**
 * The enrichment stage: tone, themes, quotations, amounts and names of an article whose actors,
 * events and places are known (see {@link Enrichment}). Built once from its data files by {@link
 * #load}; immutable and thread-safe, so one enricher serves every thread.
 */
public final class Enricher {
  private final ToneScorer tone;

  private Enricher(SentimentLexicon lexicon) {
    this.tone = new ToneScorer(lexicon);
  }

  /** Loads the word lists the enricher needs. */
  public static Enricher load() {
    return new Enricher(SentimentLexicon.load());
  }

  /** The enrichment of an annotated article with its actors, places and located events. */
  public Enrichment enrich(
      AnnotatedDoc doc, ActorResolution actors, List<Place> places, List<Event> events) {
    List<ToneScorer.Counts> counts = new ArrayList<>(doc.sentences().size());
    for (Sentence s : doc.sentences()) {
      counts.add(tone.count(s));
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      all.add(i);
    }
    Enrichment.Tone articleTone = ToneScorer.sum(counts, all).tone();
    List<EventNote> notes = new ArrayList<>();
    for (Event e : events) {
      Set<Integer> sentences = new TreeSet<>();
      for (EventMention m : e.mentions()) {
        sentences.add(m.sentence());
      }
      Set<String> contexts = new LinkedHashSet<>();
      if (e.plover() != null && e.plover().context() != null) {
        contexts.add(e.plover().context());
      }
      notes.add(
          new EventNote(
              e.id(),
              articleTone.tone(),
              ToneScorer.sum(counts, sentences).tone().tone(),
              List.copyOf(contexts),
              List.of()));
    }
    return new Enrichment(
        articleTone,
        List.of(),
        List.of(),
        List.of(),
        notes,
        NameIndex.of(doc, actors.actors(), places));
  }
}
