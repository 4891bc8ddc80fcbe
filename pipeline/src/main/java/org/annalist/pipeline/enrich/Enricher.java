package org.annalist.pipeline.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Enrichment;
import org.annalist.model.Enrichment.Amount;
import org.annalist.model.Enrichment.EventNote;
import org.annalist.model.Enrichment.Quotation;
import org.annalist.model.Enrichment.ThemeMatch;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Place;
import org.annalist.model.PloverCodebook;
import org.annalist.model.Sentence;
import org.annalist.pipeline.actor.ActorResolution;

/**
 * The enrichment stage: tone, themes, quotations, amounts and names of an article whose actors,
 * events and places are known (see {@link Enrichment}). Built once from its data files by {@link
 * #load}; immutable and thread-safe, so one enricher serves every thread.
 */
public final class Enricher {
  private final ToneScorer tone;
  private final ThemeMatcher themes;
  private final QuotationFinder quotations;
  private final AmountFinder amounts;

  private Enricher(
      SentimentLexicon lexicon,
      ThemeTaxonomy taxonomy,
      QuotationFinder quotations,
      AmountFinder amounts) {
    this.tone = new ToneScorer(lexicon);
    this.themes = new ThemeMatcher(taxonomy);
    this.quotations = quotations;
    this.amounts = amounts;
  }

  /** Loads the word lists and the theme taxonomy, whose contexts are {@code plover}'s. */
  public static Enricher load(PloverCodebook plover) {
    return new Enricher(
        SentimentLexicon.load(),
        ThemeTaxonomy.load(plover.contexts()),
        QuotationFinder.load(),
        AmountFinder.load());
  }

  /** The quotations of an annotated article alone, for measuring them. */
  public List<Quotation> quotations(AnnotatedDoc doc, ActorResolution actors) {
    return quotations.find(doc, actors);
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
    List<ThemeMatch> themeMatches = themes.match(doc, actors.actors());
    List<Amount> amountList = AmountLinks.located(amounts.find(doc), events, places);
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
      for (ThemeMatch t : themeMatches) {
        if (t.context() != null
            && t.mentions().stream().anyMatch(c -> sentences.contains(c.sentence()))) {
          contexts.add(t.context());
        }
      }
      notes.add(
          new EventNote(
              e.id(),
              articleTone.tone(),
              ToneScorer.sum(counts, sentences).tone().tone(),
              List.copyOf(contexts),
              AmountLinks.of(e, events, amountList)));
    }
    return new Enrichment(
        articleTone,
        themeMatches,
        quotations.find(doc, actors),
        amountList,
        notes,
        NameIndex.of(doc, actors.actors(), places));
  }
}
