package org.annalist.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.model.Actor;
import org.annalist.model.Article;
import org.annalist.model.Enrichment;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Extraction;
import org.annalist.model.Mention;
import org.annalist.model.Place;

/**
 * Collects the rows of a batch (articles, actors, places, events, mentions, rejections) and writes
 * each table inside the caller's transaction: through DuckDB's appender (no statement to plan), or
 * with multi-row {@code INSERT}s for rejections, which may repeat. One instance per store; not
 * thread-safe.
 */
final class Rows {
  /** Bound parameters per statement at most. */
  private static final int MAX_PARAMS = 20_000;

  private final Connection c;
  private final Table article = Table.appended("articles", 18);
  private final Table actor = Table.appended("actors", 9);
  private final Table place = Table.appended("places", 12);
  private final Table event = Table.appended("events", 43);
  private final Table mention = Table.appended("mentions", 13);
  private final Table rejected = Table.inserted("rejected", "INSERT OR IGNORE INTO rejected", 6);
  private final Table annotation = Table.appended("annotations", 3);
  private final Table tone = Table.appended("article_tone", 2);
  private final Table gkg = Table.appended("gkg", 2);
  private final Table span = Table.appended("spans", 5);

  /**
   * The rows of one table waiting to be written: through DuckDB's appender, or with an {@code
   * INSERT} where a row may be ignored.
   */
  private static final class Table {
    final String name;
    final String insert;
    final int columns;
    final List<Object[]> rows = new ArrayList<>();

    private Table(String name, String insert, int columns) {
      this.name = name;
      this.insert = insert;
      this.columns = columns;
    }

    static Table appended(String name, int columns) {
      return new Table(name, null, columns);
    }

    static Table inserted(String name, String insert, int columns) {
      return new Table(name, insert, columns);
    }

    void add(Object... values) {
      if (values.length != columns) {
        throw new IllegalStateException(name + ": " + values.length + " values, " + columns);
      }
      rows.add(values);
    }
  }

  /** Every table this collects rows for. */
  private List<Table> tables() {
    return List.of(article, tone, gkg, actor, place, span, event, mention, rejected, annotation);
  }

  /** The rows collected so far by table name, without writing them (for other writers). */
  Map<String, List<Object[]>> collected() {
    Map<String, List<Object[]>> out = new java.util.LinkedHashMap<>();
    for (Table t : tables()) {
      out.put(t.name, List.copyOf(t.rows));
    }
    return out;
  }

  /** Column types of the appended tables, read once. */
  private final TableAppender.Layouts layouts = new TableAppender.Layouts();

  /** The layouts this instance appends with, for other writers in the same transaction. */
  TableAppender.Layouts layouts() {
    return layouts;
  }

  Rows(Connection c) {
    this.c = c;
  }

  /**
   * Adds one article and everything extracted from it.
   *
   * @return the number of events written
   */
  int add(
      String id,
      Extraction x,
      long seq,
      Timestamp now,
      long firstEventId,
      String sourceUrl,
      boolean withAnnotation) {
    if (withAnnotation) {
      annotation.add(id, AnnotationCodec.VERSION, AnnotationCodec.encode(x.doc()));
    }
    Article a = x.doc().article();
    String text = x.doc().text();
    article.add(
        id,
        seq,
        a.id(),
        sourceUrl,
        a.source(),
        a.title(),
        date(a.date()),
        a.dateOrigin().name().toLowerCase(Locale.ROOT),
        a.format(),
        a.origin(),
        x.doc().language(),
        text,
        a.text().length(),
        x.flags().toArray(new String[0]),
        x.focus().toArray(new String[0]),
        x.doc().sentences().size(),
        x.events().size(),
        now);
    tone.add(id, x.enrichment().tone().tone());
    gkg.add(
        id,
        Gkg.columns(
            x,
            a.source() != null ? a.source() : host(sourceUrl),
            sourceUrl != null ? sourceUrl : a.id()));

    Map<String, Actor> actors = new HashMap<>();
    for (Actor ac : x.actors()) {
      actors.put(ac.id(), ac);
      actor.add(
          id,
          ac.id(),
          ac.code(),
          ac.name(),
          ac.type().name().toLowerCase(Locale.ROOT),
          ac.country(),
          ac.title(),
          ac.basis(),
          ac.mentions().size());
      for (Mention m : ac.mentions()) {
        span.add(id, "actor", ac.id(), m.span().start(), m.span().end());
      }
    }

    Map<String, Place> places = new HashMap<>();
    for (Place p : x.places()) {
      places.put(p.id(), p);
      place.add(
          id,
          p.id(),
          p.name(),
          p.type(),
          p.country(),
          p.fips(),
          p.adm1(),
          p.geonameId(),
          p.featureCode(),
          p.lat(),
          p.lon(),
          p.mentions().size());
      for (Mention m : p.mentions()) {
        span.add(id, "place", p.id(), m.span().start(), m.span().end());
      }
    }
    for (Enrichment.Quotation q : x.enrichment().quotations()) {
      span.add(id, "quote", q.id(), q.span().start(), q.span().end());
    }
    for (Enrichment.Name n : x.enrichment().names()) {
      String ref = n.type().name().toLowerCase(Locale.ROOT) + ":" + n.name();
      for (Enrichment.Cue c : n.mentions()) {
        span.add(id, "entity", ref, c.span().start(), c.span().end());
      }
    }

    int leadEnd = leadParagraphEnd(text);
    long gid = firstEventId;
    for (Event e : x.events()) {
      List<Object> v = new ArrayList<>(43);
      v.add(gid);
      v.add(id);
      v.add(e.id());
      v.add(date(e.date() != null ? e.date() : a.date()));
      actorColumns(v, e.source(), actors);
      actorColumns(v, e.target(), actors);
      v.add(e.mentions().stream().anyMatch(m -> m.sentenceSpan().start() < leadEnd));
      v.add(e.code().code());
      v.add(e.code().base());
      v.add(e.code().root());
      v.add(e.code().quadClass() == null ? null : e.code().quadClass().number());
      v.add(e.code().goldstein());
      v.add(e.mentions().size());
      Place p = e.place() == null ? null : places.get(e.place());
      GdeltGeo g = p == null ? null : GdeltGeo.of(p);
      v.add(p == null ? null : p.id());
      v.add(g == null ? 0 : g.type());
      v.add(g == null ? null : g.fullName());
      v.add(g == null ? null : g.countryCode());
      v.add(p == null ? null : p.country());
      v.add(g == null ? null : g.adm1Code());
      v.add(g == null ? null : g.lat());
      v.add(g == null ? null : g.lon());
      v.add(g == null ? null : g.featureId());
      v.add(e.modality().name().toLowerCase(Locale.ROOT));
      v.add(e.confidence());
      v.add(e.plover() == null ? null : e.plover().type());
      v.add(e.plover() == null ? null : e.plover().mode());
      v.add(e.reporter());
      v.add(e.reciprocal());
      v.add(e.explanation());
      event.add(v.toArray());
      List<EventMention> ms = e.mentions();
      for (int k = 0; k < ms.size(); k++) {
        EventMention m = ms.get(k);
        mention.add(
            gid,
            id,
            k + 1,
            m.sentence() + 1,
            m.sentenceSpan().start(),
            m.sentenceSpan().end(),
            m.action().start(),
            m.action().end(),
            m.source() == null ? null : m.source().start(),
            m.source() == null ? null : m.source().end(),
            m.target() == null ? null : m.target().start(),
            m.target() == null ? null : m.target().end(),
            m.rule());
      }
      gid++;
    }
    return x.events().size();
  }

  /** Adds a rejection, stored unless the same one is. */
  void reject(RejectedInput r, long seq, Timestamp now) {
    rejected.add(r.key(), seq, r.rejection().origin(), r.rejection().reason(), r.url(), now);
  }

  /** Sets actor id, code, name, country, known group and three types: 8 columns. */
  private static void actorColumns(List<Object> v, String actorId, Map<String, Actor> actors) {
    Actor a = actorId == null ? null : actors.get(actorId);
    CameoActorCode parts = a == null ? null : CameoActorCode.parse(a.code(), a.country());
    v.add(a == null ? null : a.id());
    v.add(a == null ? null : a.code());
    v.add(a == null ? null : a.name());
    v.add(a == null ? null : a.country());
    v.add(parts == null ? null : parts.knownGroup());
    for (int t = 0; t < 3; t++) {
      v.add(parts == null ? null : parts.type(t));
    }
  }

  /** The host of a URL, or null. */
  private static String host(String url) {
    if (url == null) {
      return null;
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^[A-Za-z]+://([^/:?#]+)").matcher(url);
    return m.find() ? m.group(1) : null;
  }

  /**
   * Deletes an article's row and everything extracted from it, keeping its annotation: before it is
   * added again, coded anew, in the same transaction.
   */
  void deleteExtraction(String id) throws SQLException {
    for (String sql :
        List.of(
            "DELETE FROM mentions WHERE article_id = ?",
            "DELETE FROM events WHERE article_id = ?",
            "DELETE FROM actors WHERE article_id = ?",
            "DELETE FROM places WHERE article_id = ?",
            "DELETE FROM article_tone WHERE article_id = ?",
            "DELETE FROM gkg WHERE article_id = ?",
            "DELETE FROM spans WHERE article_id = ?",
            "DELETE FROM articles WHERE article_id = ?")) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
    }
  }

  /**
   * Writes every collected row and forgets them.
   *
   * @return the number of rejections newly stored
   */
  int flush() throws SQLException {
    for (Table t : List.of(article, tone, gkg, actor, place, span, event, mention, annotation)) {
      write(t);
    }
    return write(rejected);
  }

  /** Forgets the collected rows (after a failed transaction). */
  void clear() {
    for (Table t : tables()) {
      t.rows.clear();
    }
  }

  private int write(Table t) throws SQLException {
    if (t.insert == null) {
      return append(t);
    }
    int written = 0;
    int chunk = Math.max(1, MAX_PARAMS / t.columns);
    String tuple = "(" + "?, ".repeat(t.columns - 1) + "?)";
    for (int from = 0; from < t.rows.size(); from += chunk) {
      List<Object[]> rows = t.rows.subList(from, Math.min(t.rows.size(), from + chunk));
      String sql =
          t.insert + " VALUES " + String.join(", ", Collections.nCopies(rows.size(), tuple));
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = 1;
        for (Object[] row : rows) {
          for (Object value : row) {
            bind(ps, i++, value);
          }
        }
        written += ps.executeUpdate();
      }
    }
    t.rows.clear();
    return written;
  }

  private int append(Table t) throws SQLException {
    TableAppender.appendAll(c, layouts, t.name, t.rows);
    int n = t.rows.size();
    t.rows.clear();
    return n;
  }

  private void bind(PreparedStatement ps, int i, Object v) throws SQLException {
    if (v instanceof String[] arr) {
      ps.setArray(i, c.createArrayOf("VARCHAR", arr));
    } else {
      ps.setObject(i, v);
    }
  }

  /** Where the first paragraph ends: GDELT's root events are stated in it. */
  static int leadParagraphEnd(String text) {
    int blank = text.indexOf("\n\n");
    return blank < 0 ? text.length() : blank;
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
