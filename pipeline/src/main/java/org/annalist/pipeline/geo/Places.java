package org.annalist.pipeline.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.model.Actor;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Mention;
import org.annalist.model.Place;
import org.annalist.model.Span;

/**
 * The places of an article, one per gazetteer entry with all of its mentions, and the place of each
 * event: where it happened or was said (GDELT's ActionGeo), not every place the sentence names.
 */
public final class Places {
  private final List<Place> places;
  private final List<Span> placeSpans;
  private final List<String> placeIdsBySpan;
  private final List<Integer> sentences;
  private final List<GazetteerEntry> entries;
  private final List<Boolean> metonyms;
  private final List<Boolean> adjectives;
  private final String focusPlace;

  private Places(
      List<Place> places,
      List<Span> spans,
      List<String> ids,
      List<Integer> sentences,
      List<GazetteerEntry> entries,
      List<Boolean> metonyms,
      List<Boolean> adjectives,
      String focusPlace) {
    this.places = places;
    this.placeSpans = spans;
    this.placeIdsBySpan = ids;
    this.sentences = sentences;
    this.entries = entries;
    this.metonyms = metonyms;
    this.adjectives = adjectives;
    this.focusPlace = focusPlace;
  }

  /**
   * Groups the toponyms of a geoparse into places. A toponym that stands for an actor ("Moscow
   * said": a capital that acts) is mentioned with {@code via} metonym and is no event's place; a
   * name the gazetteer does not know is kept as an unresolved place.
   */
  public static Places of(AnnotatedDoc doc, Geoparser.Result geo, List<Actor> actors) {
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    Map<String, Geoparser.Toponym> first = new LinkedHashMap<>();
    List<Span> spans = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<Integer> sentences = new ArrayList<>();
    List<GazetteerEntry> entries = new ArrayList<>();
    List<Boolean> metonyms = new ArrayList<>();
    List<Boolean> adjectives = new ArrayList<>();
    for (Geoparser.Toponym t : geo.toponyms()) {
      boolean metonym = actsAsActor(t.span(), actors);
      String key = key(t);
      first.putIfAbsent(key, t);
      String via = metonym ? "metonym" : t.via().equals("demonym") ? "adjective" : "name";
      mentions
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Mention(t.text(), t.span(), t.sentence(), via));
      spans.add(t.span());
      keys.add(key);
      sentences.add(t.sentence());
      entries.add(t.entry());
      metonyms.add(metonym);
      adjectives.add(t.via().equals("demonym"));
    }
    Map<String, String> ids = new LinkedHashMap<>();
    List<Place> out = new ArrayList<>();
    for (var e : first.entrySet()) {
      String id = "p" + (out.size() + 1);
      ids.put(e.getKey(), id);
      out.add(place(id, e.getValue(), mentions.get(e.getKey())));
    }
    List<String> idsBySpan = keys.stream().map(ids::get).toList();
    String focusPlace = null;
    if (!geo.focus().isEmpty()) {
      String iso3 = geo.focus().get(0);
      for (int i = 0; i < entries.size(); i++) {
        GazetteerEntry e = entries.get(i);
        if (e != null && e.type() == GeoType.COUNTRY && e.iso3().equals(iso3)) {
          focusPlace = idsBySpan.get(i);
          break;
        }
      }
    }
    return new Places(out, spans, idsBySpan, sentences, entries, metonyms, adjectives, focusPlace);
  }

  private static String key(Geoparser.Toponym t) {
    GazetteerEntry e = t.entry();
    if (e == null) {
      return "?" + t.text().toLowerCase(Locale.ROOT);
    }
    if (t.within()) {
      return "~" + t.text().toLowerCase(Locale.ROOT);
    }
    return e.type() + ":" + e.geonameId() + ":" + e.iso2() + ":" + e.admin1() + ":" + e.name();
  }

  private static boolean actsAsActor(Span span, List<Actor> actors) {
    for (Actor a : actors) {
      for (Mention m : a.mentions()) {
        if (m.via().equals("metonym") && m.span().overlaps(span)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Place place(String id, Geoparser.Toponym t, List<Mention> mentions) {
    GazetteerEntry e = t.entry();
    if (e == null) {
      return new Place(id, t.text(), "unresolved", null, null, null, mentions);
    }
    if (t.within()) {
      // A street or a building: its own name, located at the place it lies in.
      return new Place(
          id,
          t.text(),
          "feature",
          e.iso3().isEmpty() ? null : e.iso3(),
          e.fips().isEmpty() ? null : e.fips(),
          e.gdeltAdm1().isEmpty() ? null : e.gdeltAdm1(),
          mentions,
          null,
          null,
          e.lat(),
          e.lon());
    }
    return new Place(
        id,
        e.name(),
        e.type().name().toLowerCase(Locale.ROOT),
        e.iso3().isEmpty() ? null : e.iso3(),
        e.fips().isEmpty() ? null : e.fips(),
        e.gdeltAdm1().isEmpty() ? null : e.gdeltAdm1(),
        mentions,
        e.geonameId() == 0 ? null : e.geonameId(),
        e.featureCode(),
        e.lat(),
        e.lon());
  }

  /** The places, each with all of its mentions, in order of first mention. */
  public List<Place> places() {
    return List.copyOf(places);
  }

  /**
   * The events, each with its place. A statement (CAMEO roots 01-05 and 10-13, visits aside) is
   * placed in the country the article is about, when there is one. Any other event, and a statement
   * in an article without a focus, is placed at the most specific resolved place named in the
   * sentence of its first mention that is not its source (a city before a region before a country;
   * the nearest to the action on a tie); else in the country the article is about; else nowhere.
   */
  public List<Event> locate(List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event ev : events) {
      String code = ev.code().code();
      boolean said =
          VERBAL_ROOTS.contains(ev.code().root())
              && !code.startsWith("042")
              && !code.startsWith("043")
              && !code.startsWith("044");
      // What is said happens where the story is; places it names are what it is about. A visit
      // happens in the host's country: the target of 042, the source of 043 and 044.
      String host =
          code.startsWith("042")
              ? ev.targetCode()
              : code.startsWith("043") || code.startsWith("044") ? ev.sourceCode() : null;
      String place = host == null ? null : countryPlace(ev.mentions().get(0), host);
      if (place == null) {
        place = said && focusPlace != null ? focusPlace : placeOf(ev.mentions().get(0));
      }
      out.add(ev.withPlace(place));
    }
    return out;
  }

  /** Roots of events that are statements: made where the story is, about the places they name. */
  private static final java.util.Set<String> VERBAL_ROOTS =
      java.util.Set.of("01", "02", "03", "04", "05", "10", "11", "12", "13");

  /**
   * The most specific place of the actor's country ({@code actorCode}'s first three letters) named
   * in the mention's sentence, else that country's place anywhere in the article; or null.
   */
  private String countryPlace(EventMention m, String actorCode) {
    if (actorCode == null || actorCode.length() < 3) {
      return null;
    }
    String iso3 = actorCode.substring(0, 3);
    String anywhere = null;
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0; i < placeSpans.size(); i++) {
      GazetteerEntry e = entries.get(i);
      if (e == null || metonyms.get(i) || !e.iso3().equals(iso3)) {
        continue;
      }
      if (e.type() == GeoType.COUNTRY && anywhere == null) {
        anywhere = placeIdsBySpan.get(i);
      }
      int rank = e.type() == GeoType.CITY ? 0 : e.type() == GeoType.COUNTRY ? 2 : 1;
      if (sentences.get(i) == m.sentence() && rank < bestRank) {
        best = placeIdsBySpan.get(i);
        bestRank = rank;
      }
    }
    return best != null ? best : anywhere;
  }

  private String placeOf(EventMention m) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < placeSpans.size(); i++) {
      GazetteerEntry e = entries.get(i);
      Span span = placeSpans.get(i);
      if (sentences.get(i) != m.sentence()
          || e == null
          || metonyms.get(i)
          || (m.source() != null && m.source().overlaps(span))) {
        continue;
      }
      // A region's, a city's or a continent's adjective ("English", "Londoners", "European")
      // places an event only when the sentence names no place.
      int rank =
          adjectives.get(i) && e.type() != GeoType.COUNTRY
              ? 4
              : switch (e.type()) {
                case CITY -> 0;
                case REGION, TERRITORY, COUNTY -> 1;
                case COUNTRY -> 2;
                case MACRO -> 3;
              };
      int distance =
          Math.min(
              Math.abs(span.start() - m.action().end()), Math.abs(m.action().start() - span.end()));
      if (rank < bestRank || rank == bestRank && distance < bestDistance) {
        best = placeIdsBySpan.get(i);
        bestRank = rank;
        bestDistance = distance;
      }
    }
    return best != null ? best : focusPlace;
  }
}
