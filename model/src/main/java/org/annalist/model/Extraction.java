package org.annalist.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Annalist extracts from one article.
 *
 * @param doc the cleaned and annotated article
 * @param actors the actors, with codes and mentions
 * @param places the places named, resolved to countries and regions
 * @param events the events, each with all of its mentions
 * @param flags warnings about the article, e.g. {@code date-unknown}
 * @param focus the countries the article is about (ISO 3166-1 alpha-3), most first
 * @param enrichment tone, themes, quotations, amounts and names of the article
 */
public record Extraction(
    AnnotatedDoc doc,
    List<Actor> actors,
    List<Place> places,
    List<Event> events,
    List<String> flags,
    List<String> focus,
    Enrichment enrichment) {
  public Extraction {
    Objects.requireNonNull(doc, "doc");
    actors = List.copyOf(actors);
    places = List.copyOf(places);
    events = List.copyOf(events);
    flags = List.copyOf(flags);
    focus = List.copyOf(focus);
    Objects.requireNonNull(enrichment, "enrichment");
  }

  /** An extraction without enrichment. */
  public Extraction(
      AnnotatedDoc doc,
      List<Actor> actors,
      List<Place> places,
      List<Event> events,
      List<String> flags,
      List<String> focus) {
    this(doc, actors, places, events, flags, focus, Enrichment.empty());
  }

  /** The same extraction with {@code enrichment}. */
  public Extraction withEnrichment(Enrichment enrichment) {
    return new Extraction(doc, actors, places, events, flags, focus, enrichment);
  }

  /** The same extraction without the events whose confidence is below {@code min}. */
  public Extraction withMinConfidence(double min) {
    List<Event> kept = events.stream().filter(e -> e.confidence() >= min).toList();
    return kept.size() == events.size()
        ? this
        : new Extraction(
            doc,
            actors,
            places,
            kept,
            flags,
            focus,
            enrichment.forEvents(
                kept.stream().map(Event::id).collect(java.util.stream.Collectors.toSet())));
  }
}
