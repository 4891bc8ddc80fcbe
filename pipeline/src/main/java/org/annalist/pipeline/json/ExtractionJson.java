package org.annalist.pipeline.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.model.Actor;
import org.annalist.model.ActorType;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Article;
import org.annalist.model.Block;
import org.annalist.model.Enrichment;
import org.annalist.model.EntityMention;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Extraction;
import org.annalist.model.Mention;
import org.annalist.model.Noise;
import org.annalist.model.Place;
import org.annalist.model.Rejection;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.TimeMention;

/**
 * Writes an {@link Extraction} as the JSON document {@code annalist extract} prints. The layout is
 * described by {@code extraction.schema.json} next to this class; change both together.
 */
public final class ExtractionJson {
  /** The schema identifier written into every document. */
  public static final String SCHEMA = "annalist-extraction/1";

  private final ObjectMapper mapper = new ObjectMapper();

  /** Pretty or compact (one line) output. */
  public String write(Extraction e, boolean pretty) {
    try {
      return (pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer())
          .without(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .writeValueAsString(toTree(e));
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException("cannot write JSON", ex);
    }
  }

  /** A rejection as a one-line JSON document, for batch output. */
  public String write(Rejection r) {
    ObjectNode n = mapper.createObjectNode();
    n.put("schema", SCHEMA);
    n.put("rejected", true);
    n.put("origin", r.origin());
    n.put("reason", r.reason());
    return n.toString();
  }

  public ObjectNode toTree(Extraction e) {
    AnnotatedDoc doc = e.doc();
    String text = doc.text();
    ObjectNode root = mapper.createObjectNode();
    root.put("schema", SCHEMA);
    root.set("article", article(doc.article()));
    ArrayNode flags = root.putArray("flags");
    e.flags().forEach(flags::add);
    root.put("text", text);
    ArrayNode noise = root.putArray("noise");
    for (Noise n : doc.clean().removed()) {
      ObjectNode o = noise.addObject();
      o.put("text", n.text());
      o.put("reason", n.reason());
      o.set("raw", span(n.raw()));
    }
    ArrayNode headings = root.putArray("headings");
    for (Block b : doc.clean().headings()) {
      ObjectNode o = span(b.span());
      o.put("text", b.span().of(text));
      headings.add(o);
    }
    ArrayNode sentences = root.putArray("sentences");
    for (Sentence s : doc.sentences()) {
      ObjectNode o = span(s.span());
      o.put("index", s.index());
      o.put("heading", s.heading());
      o.put("text", s.span().of(text));
      sentences.add(o);
    }
    root.set("entities", entities(e));
    ArrayNode actors = root.putArray("actors");
    for (Actor a : e.actors()) {
      ObjectNode o = actors.addObject();
      o.put("id", a.id());
      o.put("code", a.code());
      o.put("name", a.name());
      o.put("type", a.type().name().toLowerCase(Locale.ROOT));
      o.put("country", a.country());
      o.put("title", a.title());
      o.put("basis", a.basis());
      o.set("mentions", mentions(a.mentions()));
    }
    ArrayNode places = root.putArray("places");
    for (Place p : e.places()) {
      ObjectNode o = places.addObject();
      o.put("id", p.id());
      o.put("name", p.name());
      o.put("type", p.type());
      o.put("country", p.country());
      o.put("fips", p.fips());
      o.put("adm1", p.adm1());
      o.put("geonameId", p.geonameId());
      o.put("featureCode", p.featureCode());
      o.put("lat", p.lat());
      o.put("lon", p.lon());
      o.set("mentions", mentions(p.mentions()));
    }
    ArrayNode focus = root.putArray("focus");
    e.focus().forEach(focus::add);
    ArrayNode events = root.putArray("events");
    for (Event ev : e.events()) {
      events.add(event(ev, e, text));
    }
    ArrayNode times = root.putArray("times");
    for (TimeMention t : doc.times()) {
      ObjectNode o = span(t.span());
      o.put("text", t.text());
      o.put("type", t.type());
      o.put("value", t.value());
      o.put("sentence", t.sentence());
      times.add(o);
    }
    root.set("enrichment", enrichment(e.enrichment()));
    return root;
  }

  /** Tone, themes, quotations, amounts, per-event notes and names: see {@link Enrichment}. */
  private ObjectNode enrichment(Enrichment en) {
    ObjectNode o = mapper.createObjectNode();
    Enrichment.Tone t = en.tone();
    ObjectNode tone = o.putObject("tone");
    tone.put("tone", t.tone());
    tone.put("positive", t.positive());
    tone.put("negative", t.negative());
    tone.put("polarity", t.polarity());
    tone.put("activity", t.activity());
    tone.put("selfGroup", t.selfGroup());
    tone.put("wordCount", t.wordCount());
    ArrayNode themes = o.putArray("themes");
    for (Enrichment.ThemeMatch m : en.themes()) {
      ObjectNode th = themes.addObject();
      th.put("id", m.id());
      th.put("label", m.label());
      th.put("context", m.context());
      th.set("mentions", cues(m.mentions()));
    }
    ArrayNode quotations = o.putArray("quotations");
    for (Enrichment.Quotation q : en.quotations()) {
      ObjectNode qo = span(q.span());
      qo.put("id", q.id());
      qo.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
      qo.put("text", q.text());
      qo.put("sentence", q.sentence());
      if (q.speakerText() == null) {
        qo.putNull("speaker");
      } else {
        ObjectNode sp = span(q.speakerSpan());
        sp.put("text", q.speakerText());
        sp.put("actor", q.speaker());
        qo.set("speaker", sp);
      }
      qo.set("verb", q.verb() == null ? null : cue(q.verb()));
      quotations.add(qo);
    }
    ArrayNode amounts = o.putArray("amounts");
    for (Enrichment.Amount a : en.amounts()) {
      ObjectNode ao = span(a.span());
      ao.put("id", a.id());
      ao.put("value", a.value());
      ao.put("approximate", a.approximate());
      ao.put("qualifier", a.qualifier());
      ao.put("type", a.type().name());
      ao.put("object", a.object());
      ao.put("text", a.text());
      ao.put("sentence", a.sentence());
      ao.put("place", a.place());
      amounts.add(ao);
    }
    ArrayNode events = o.putArray("events");
    for (Enrichment.EventNote n : en.events()) {
      ObjectNode no = events.addObject();
      no.put("event", n.event());
      no.put("avgTone", n.avgTone());
      no.put("sentenceTone", n.sentenceTone());
      ArrayNode contexts = no.putArray("contexts");
      n.contexts().forEach(contexts::add);
      ArrayNode ids = no.putArray("amounts");
      n.amounts().forEach(ids::add);
    }
    ArrayNode names = o.putArray("names");
    for (Enrichment.Name n : en.names()) {
      ObjectNode no = names.addObject();
      no.put("type", n.type().name());
      no.put("name", n.name());
      no.put("actor", n.actor());
      no.put("place", n.place());
      no.set("mentions", cues(n.mentions()));
    }
    return o;
  }

  private ArrayNode cues(List<Enrichment.Cue> cues) {
    ArrayNode out = mapper.createArrayNode();
    cues.forEach(c -> out.add(cue(c)));
    return out;
  }

  private ObjectNode cue(Enrichment.Cue c) {
    ObjectNode o = span(c.span());
    o.put("text", c.text());
    o.put("sentence", c.sentence());
    return o;
  }

  private ObjectNode article(Article a) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", a.id());
    o.put("url", a.url());
    o.put("source", a.source());
    o.put("title", a.title());
    o.put("date", a.date() == null ? null : a.date().toString());
    o.put("dateOrigin", a.dateOrigin().name().toLowerCase(Locale.ROOT));
    o.put("format", a.format());
    o.put("origin", a.origin());
    return o;
  }

  /**
   * Named-entity mentions grouped into entities: a person's mentions by the actor they resolve to
   * (so "Smith" joins "Jane Smith"), other entities by type and text.
   */
  private ArrayNode entities(Extraction e) {
    Map<String, ObjectNode> byKey = new LinkedHashMap<>();
    for (EntityMention m : e.doc().entities()) {
      if (e.doc().sentences().get(m.sentence()).heading()) {
        continue;
      }
      Actor actor = actorCovering(e.actors(), m.span());
      String key =
          actor != null && actor.type() == ActorType.PERSON
              ? "actor:" + actor.id()
              : m.type() + ":" + m.text();
      ObjectNode o = byKey.get(key);
      if (o == null) {
        o = mapper.createObjectNode();
        o.put("id", "n" + (byKey.size() + 1));
        o.put("text", actor != null && actor.type() == ActorType.PERSON ? actor.name() : m.text());
        o.put("type", m.type().name());
        o.put("role", actor == null ? null : actor.title());
        o.put("actor", actor == null ? null : actor.id());
        o.putArray("mentions");
        byKey.put(key, o);
      }
      ObjectNode mo = span(m.span());
      mo.put("text", m.text());
      mo.put("sentence", m.sentence());
      ((ArrayNode) o.get("mentions")).add(mo);
    }
    ArrayNode out = mapper.createArrayNode();
    byKey.values().forEach(out::add);
    return out;
  }

  private static Actor actorCovering(List<Actor> actors, Span span) {
    for (Actor a : actors) {
      for (Mention m : a.mentions()) {
        if (m.span().overlaps(span)) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * The place of an event with GDELT's ActionGeo fields: type (1 country, 2 US state, 3 US city, 4
   * world city, 5 world state or region), full name, FIPS country code, ADM1 code, point and
   * GeoNames feature id; null when the event has no place.
   */
  private ObjectNode geo(String placeId, Extraction e) {
    if (placeId == null) {
      return null;
    }
    Place p =
        e.places().stream()
            .filter(x -> x.id().equals(placeId))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no place " + placeId));
    ObjectNode o = mapper.createObjectNode();
    o.put("id", p.id());
    o.put("type", p.gdeltType());
    o.put("fullName", p.name());
    o.put("countryCode", p.fips());
    o.put("adm1Code", p.adm1() != null ? p.adm1() : p.fips());
    o.put("lat", p.lat());
    o.put("long", p.lon());
    o.put("featureId", p.geonameId() == null ? null : p.geonameId().toString());
    return o;
  }

  private ObjectNode event(Event ev, Extraction e, String text) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", ev.id());
    o.put("code", ev.code().code());
    o.put("name", ev.code().name());
    o.put("base", ev.code().base());
    o.put("root", ev.code().root());
    if (ev.code().quadClass() == null) {
      o.putNull("quadClass"); // a team dictionary's code outside CAMEO's roots
    } else {
      o.put("quadClass", ev.code().quadClass().number());
    }
    o.put("goldstein", ev.code().goldstein());
    if (ev.plover() == null) {
      o.putNull("plover");
    } else {
      ObjectNode pl = o.putObject("plover");
      pl.put("type", ev.plover().type());
      pl.put("mode", ev.plover().mode());
      pl.put("context", ev.plover().context());
    }
    o.set("source", party(ev.source(), e));
    o.set("target", party(ev.target(), e));
    o.put("modality", ev.modality().name().toLowerCase(Locale.ROOT));
    o.put("date", ev.date() == null ? null : ev.date().toString());
    o.put("reporter", ev.reporter());
    o.put("reciprocal", ev.reciprocal());
    o.put("explanation", ev.explanation());
    o.put("confidence", ev.confidence());
    o.set("place", geo(ev.place(), e));
    ArrayNode ms = o.putArray("mentions");
    for (EventMention m : ev.mentions()) {
      ObjectNode mo = ms.addObject();
      mo.put("sentence", m.sentence());
      mo.set("sentenceSpan", span(m.sentenceSpan()));
      mo.put("evidence", m.sentenceSpan().of(text));
      mo.set("action", textSpan(m.action(), text));
      mo.set("source", m.source() == null ? null : textSpan(m.source(), text));
      mo.set("target", m.target() == null ? null : textSpan(m.target(), text));
      mo.put("rule", m.rule());
    }
    return o;
  }

  private ObjectNode party(String actorId, Extraction e) {
    if (actorId == null) {
      return null;
    }
    for (Actor a : e.actors()) {
      if (a.id().equals(actorId)) {
        ObjectNode o = mapper.createObjectNode();
        o.put("actor", a.id());
        o.put("code", a.code());
        o.put("name", a.name());
        return o;
      }
    }
    throw new IllegalStateException("event refers to unknown actor " + actorId);
  }

  private ArrayNode mentions(List<Mention> mentions) {
    ArrayNode out = mapper.createArrayNode();
    for (Mention m : mentions) {
      ObjectNode o = span(m.span());
      o.put("text", m.text());
      o.put("sentence", m.sentence());
      o.put("via", m.via());
      out.add(o);
    }
    return out;
  }

  private ObjectNode textSpan(Span s, String text) {
    ObjectNode o = span(s);
    o.put("text", s.of(text));
    return o;
  }

  private ObjectNode span(Span s) {
    ObjectNode o = mapper.createObjectNode();
    o.put("start", s.start());
    o.put("end", s.end());
    return o;
  }
}
