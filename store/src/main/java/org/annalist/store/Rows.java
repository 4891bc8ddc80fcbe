package org.annalist.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.model.Actor;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Extraction;
import org.annalist.model.Place;
import org.annalist.model.Span;

/**
 * Writes the rows of one article (article, actors, places, events, mentions) with prepared
 * statements inside the caller's transaction. One instance per batch; not thread-safe.
 */
final class Rows implements AutoCloseable {
  private static final int ARTICLE_COLUMNS = 18;
  private static final int EVENT_COLUMNS = 43;

  private final Connection c;
  private final PreparedStatement article;
  private final PreparedStatement actor;
  private final PreparedStatement place;
  private final PreparedStatement event;
  private final PreparedStatement mention;
  private final PreparedStatement rejected;

  Rows(Connection c) throws SQLException {
    this.c = c;
    this.article = c.prepareStatement(insert("articles", ARTICLE_COLUMNS));
    this.actor = c.prepareStatement(insert("actors", 9));
    this.place = c.prepareStatement(insert("places", 12));
    this.event = c.prepareStatement(insert("events", EVENT_COLUMNS));
    this.mention = c.prepareStatement(insert("mentions", 13));
    this.rejected = c.prepareStatement("INSERT OR IGNORE INTO rejected VALUES (?, ?, ?, ?, ?, ?)");
  }

  private static String insert(String table, int columns) {
    return "INSERT INTO " + table + " VALUES (" + "?, ".repeat(columns - 1) + "?)";
  }

  /**
   * Writes one article and everything extracted from it.
   *
   * @return the number of events written
   */
  int write(String id, Extraction x, long seq, Timestamp now, long firstEventId, String sourceUrl)
      throws SQLException {
    Article a = x.doc().article();
    String text = x.doc().text();
    int i = 1;
    article.setString(i++, id);
    article.setLong(i++, seq);
    article.setString(i++, a.id());
    article.setString(i++, sourceUrl);
    article.setString(i++, a.source());
    article.setString(i++, a.title());
    setDate(article, i++, a.date());
    article.setString(i++, a.dateOrigin().name().toLowerCase(Locale.ROOT));
    article.setString(i++, a.format());
    article.setString(i++, a.origin());
    article.setString(i++, x.doc().language());
    article.setString(i++, text);
    article.setInt(i++, a.text().length());
    article.setArray(i++, c.createArrayOf("VARCHAR", x.flags().toArray()));
    article.setArray(i++, c.createArrayOf("VARCHAR", x.focus().toArray()));
    article.setInt(i++, x.doc().sentences().size());
    article.setInt(i++, x.events().size());
    article.setTimestamp(i, now);
    article.executeUpdate();

    Map<String, Actor> actors = new HashMap<>();
    for (Actor ac : x.actors()) {
      actors.put(ac.id(), ac);
      i = 1;
      actor.setString(i++, id);
      actor.setString(i++, ac.id());
      actor.setString(i++, ac.code());
      actor.setString(i++, ac.name());
      actor.setString(i++, ac.type().name().toLowerCase(Locale.ROOT));
      actor.setString(i++, ac.country());
      actor.setString(i++, ac.title());
      actor.setString(i++, ac.basis());
      actor.setInt(i, ac.mentions().size());
      actor.addBatch();
    }
    actor.executeBatch();

    Map<String, Place> places = new HashMap<>();
    for (Place p : x.places()) {
      places.put(p.id(), p);
      i = 1;
      place.setString(i++, id);
      place.setString(i++, p.id());
      place.setString(i++, p.name());
      place.setString(i++, p.type());
      place.setString(i++, p.country());
      place.setString(i++, p.fips());
      place.setString(i++, p.adm1());
      setLong(place, i++, p.geonameId());
      place.setString(i++, p.featureCode());
      setDouble(place, i++, p.lat());
      setDouble(place, i++, p.lon());
      place.setInt(i, p.mentions().size());
      place.addBatch();
    }
    place.executeBatch();

    int leadEnd = leadParagraphEnd(text);
    long gid = firstEventId;
    for (Event e : x.events()) {
      i = 1;
      event.setLong(i++, gid);
      event.setString(i++, id);
      event.setString(i++, e.id());
      setDate(event, i++, e.date() != null ? e.date() : a.date());
      i = actorColumns(event, i, e.source(), actors);
      i = actorColumns(event, i, e.target(), actors);
      boolean root = e.mentions().stream().anyMatch(m -> m.sentenceSpan().start() < leadEnd);
      event.setBoolean(i++, root);
      event.setString(i++, e.code().code());
      event.setString(i++, e.code().base());
      event.setString(i++, e.code().root());
      event.setInt(i++, e.code().quadClass().number());
      event.setDouble(i++, e.code().goldstein());
      event.setInt(i++, e.mentions().size());
      Place p = e.place() == null ? null : places.get(e.place());
      GdeltGeo g = p == null ? null : GdeltGeo.of(p);
      event.setString(i++, p == null ? null : p.id());
      event.setInt(i++, g == null ? 0 : g.type());
      event.setString(i++, g == null ? null : g.fullName());
      event.setString(i++, g == null ? null : g.countryCode());
      event.setString(i++, p == null ? null : p.country());
      event.setString(i++, g == null ? null : g.adm1Code());
      setDouble(event, i++, g == null ? null : g.lat());
      setDouble(event, i++, g == null ? null : g.lon());
      event.setString(i++, g == null ? null : g.featureId());
      event.setString(i++, e.modality().name().toLowerCase(Locale.ROOT));
      event.setDouble(i++, e.confidence());
      event.setString(i++, e.plover() == null ? null : e.plover().type());
      event.setString(i++, e.plover() == null ? null : e.plover().mode());
      event.setString(i++, e.reporter());
      event.setString(i++, e.reciprocal());
      event.setString(i, e.explanation());
      event.addBatch();
      List<EventMention> ms = e.mentions();
      for (int k = 0; k < ms.size(); k++) {
        EventMention m = ms.get(k);
        i = 1;
        mention.setLong(i++, gid);
        mention.setString(i++, id);
        mention.setInt(i++, k + 1);
        mention.setInt(i++, m.sentence() + 1);
        mention.setInt(i++, m.sentenceSpan().start());
        mention.setInt(i++, m.sentenceSpan().end());
        mention.setInt(i++, m.action().start());
        mention.setInt(i++, m.action().end());
        i = span(mention, i, m.source());
        i = span(mention, i, m.target());
        mention.setString(i, m.rule());
        mention.addBatch();
      }
      gid++;
    }
    event.executeBatch();
    mention.executeBatch();
    return x.events().size();
  }

  /** Stores a rejection unless the same one is stored; true when it was new. */
  boolean reject(RejectedInput r, long seq, Timestamp now) throws SQLException {
    rejected.setString(1, r.key());
    rejected.setLong(2, seq);
    rejected.setString(3, r.rejection().origin());
    rejected.setString(4, r.rejection().reason());
    rejected.setString(5, r.url());
    rejected.setTimestamp(6, now);
    return rejected.executeUpdate() > 0;
  }

  /** Sets actor id, code, name, country, known group and three types: 8 columns. */
  private static int actorColumns(
      PreparedStatement ps, int i, String actorId, Map<String, Actor> actors) throws SQLException {
    Actor a = actorId == null ? null : actors.get(actorId);
    CameoActorCode parts = a == null ? null : CameoActorCode.parse(a.code(), a.country());
    ps.setString(i++, a == null ? null : a.id());
    ps.setString(i++, a == null ? null : a.code());
    ps.setString(i++, a == null ? null : a.name());
    ps.setString(i++, a == null ? null : a.country());
    ps.setString(i++, parts == null ? null : parts.knownGroup());
    for (int t = 0; t < 3; t++) {
      ps.setString(i++, parts == null ? null : parts.type(t));
    }
    return i;
  }

  private static int span(PreparedStatement ps, int i, Span s) throws SQLException {
    if (s == null) {
      ps.setNull(i++, Types.INTEGER);
      ps.setNull(i++, Types.INTEGER);
    } else {
      ps.setInt(i++, s.start());
      ps.setInt(i++, s.end());
    }
    return i;
  }

  /** Where the first paragraph ends: GDELT's root events are stated in it. */
  static int leadParagraphEnd(String text) {
    int blank = text.indexOf("\n\n");
    return blank < 0 ? text.length() : blank;
  }

  private static void setDate(PreparedStatement ps, int i, java.time.LocalDate d)
      throws SQLException {
    if (d == null) {
      ps.setNull(i, Types.DATE);
    } else {
      ps.setDate(i, Date.valueOf(d));
    }
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement ps : List.of(article, actor, place, event, mention, rejected)) {
      ps.close();
    }
  }
}
