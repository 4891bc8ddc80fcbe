package org.annalist.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Actor;
import org.annalist.model.ActorType;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Article;
import org.annalist.model.CameoCode;
import org.annalist.model.CleanText;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Extraction;
import org.annalist.model.Mention;
import org.annalist.model.Modality;
import org.annalist.model.OffsetMap;
import org.annalist.model.Place;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.pipeline.RejectedArticleException;

/**
 * Extractions made without CoreNLP, for store tests: each sentence ("Xland visited Yland.") that
 * names two of the actors below in the order source, verb, target yields one visit event (042) at
 * the target's capital. Fast enough to ingest hundreds of articles a second.
 */
final class Synthetic {
  record Party(String name, String code, String country, String fips, String capital) {}

  static final List<Party> PARTIES =
      List.of(
          new Party("Norland", "NRL", "NRL", "NL", "Northport"),
          new Party("Sudmark", "SDM", "SDM", "SM", "Southgate"),
          new Party("Ostria", "OSTGOV", "OST", "OS", "Eastwick"),
          new Party("the Western Alliance", "IGOWSTWAL", null, null, null));

  private Synthetic() {}

  /** An article dated {@code date} whose body is {@code text}. */
  static Article article(String id, String text, LocalDate date, String url) {
    return new Article(
        id,
        url,
        "Test Wire",
        "Title " + id,
        date,
        date == null ? null : Article.DateOrigin.SOURCE,
        text,
        "text",
        "test/" + id);
  }

  /** The processor the ingest tests use: rejects texts that start with "Le " as not English. */
  static Extraction process(Article a) throws RejectedArticleException {
    if (a.text().startsWith("Le ")) {
      throw new RejectedArticleException("not English: detected fr");
    }
    return extract(a);
  }

  static Extraction extract(Article a) {
    String text = a.text().strip();
    OffsetMap.Builder map = new OffsetMap.Builder();
    int lead = a.text().indexOf(text);
    for (int i = 0; i < text.length(); i++) {
      map.add(lead + i);
    }
    CleanText clean = new CleanText(text, List.of(), List.of(), map.build(a.text().length()));
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '.') {
        int end = Math.min(text.length(), i + 1);
        if (!text.substring(start, end).isBlank()) {
          int s = start;
          while (Character.isWhitespace(text.charAt(s))) {
            s++;
          }
          sentences.add(
              new Sentence(sentences.size(), new Span(s, end), false, List.of(), List.of()));
        }
        start = end;
      }
    }
    AnnotatedDoc doc = new AnnotatedDoc(a, clean, "en", sentences, List.of(), List.of());
    List<Actor> actors = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (int p = 0; p < PARTIES.size(); p++) {
      Party party = PARTIES.get(p);
      List<Mention> ms = mentions(text, party.name(), sentences);
      if (!ms.isEmpty()) {
        actors.add(
            new Actor(
                "a" + (p + 1),
                party.code(),
                party.name(),
                party.country() == null ? ActorType.IGO : ActorType.STATE,
                party.country(),
                null,
                "test",
                ms));
        if (party.capital() != null) {
          places.add(
              new Place(
                  "p" + (p + 1),
                  party.capital(),
                  "city",
                  party.country(),
                  party.fips(),
                  party.fips() + "01",
                  ms,
                  1000L + p,
                  "PPLC",
                  10.0 + p,
                  20.5 + p));
        }
      }
    }
    CameoCode visit = new CameoCode("042", "Make a visit", 1.9);
    for (Sentence s : sentences) {
      String st = s.span().of(text);
      int v = st.indexOf(" visited ");
      if (v < 0) {
        continue;
      }
      Party src = null;
      Party tgt = null;
      int srcAt = -1;
      int tgtAt = -1;
      for (Party p : PARTIES) {
        int at = st.indexOf(p.name());
        if (at >= 0 && at < v && src == null) {
          src = p;
          srcAt = at;
        } else if (at > v && tgt == null) {
          tgt = p;
          tgtAt = at;
        }
      }
      if (src == null || tgt == null) {
        continue;
      }
      int base = s.span().start();
      EventMention m =
          new EventMention(
              s.index(),
              s.span(),
              new Span(base + v + 1, base + v + 8),
              new Span(base + srcAt, base + srcAt + src.name().length()),
              new Span(base + tgtAt, base + tgtAt + tgt.name().length()),
              "test.tsv:1");
      String srcId = "a" + (PARTIES.indexOf(src) + 1);
      String tgtId = "a" + (PARTIES.indexOf(tgt) + 1);
      String placeId = tgt.capital() == null ? null : "p" + (PARTIES.indexOf(tgt) + 1);
      Event existing =
          events.stream()
              .filter(e -> e.source().equals(srcId) && e.target().equals(tgtId))
              .findFirst()
              .orElse(null);
      if (existing != null) {
        List<EventMention> all = new ArrayList<>(existing.mentions());
        all.add(m);
        events.set(
            events.indexOf(existing),
            new Event(
                existing.id(),
                visit,
                null,
                srcId,
                src.code(),
                tgtId,
                tgt.code(),
                Modality.ASSERTED,
                a.date(),
                null,
                null,
                "test visit",
                0.8,
                all,
                placeId));
      } else {
        events.add(
            new Event(
                "e" + (events.size() + 1),
                visit,
                null,
                srcId,
                src.code(),
                tgtId,
                tgt.code(),
                Modality.ASSERTED,
                a.date(),
                null,
                null,
                "test visit",
                0.8,
                List.of(m),
                placeId));
      }
    }
    List<String> focus = actors.stream().map(Actor::country).filter(c -> c != null).toList();
    return new Extraction(doc, actors, places, events, List.of(), focus);
  }

  private static List<Mention> mentions(String text, String name, List<Sentence> sentences) {
    List<Mention> out = new ArrayList<>();
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int sentence = 0;
      for (Sentence s : sentences) {
        if (s.span().start() <= at && at < s.span().end()) {
          sentence = s.index();
        }
      }
      out.add(new Mention(name, new Span(at, at + name.length()), sentence, "name"));
    }
    return out;
  }
}
