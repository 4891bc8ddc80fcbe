package org.annalist.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.model.CameoCodebook;

/**
 * What a person browsing a store asks: pages of articles and events, one article with everything
 * found in it, one event with all of its mentions across articles, and the aggregates behind a
 * timeline, an actor network, a map and search facets. Rows are maps from column name to value
 * ({@link ResultTable#value} types), ready to be written as JSON.
 */
public final class Browse {
  /** Rows per page at most. */
  public static final int MAX_PAGE = 200;

  /** Intervals a timeline is counted in. */
  public static final Set<String> INTERVALS = Set.of("day", "week", "month", "year");

  private static final CameoCodebook CAMEO = CameoCodebook.load();

  private final Store store;

  public Browse(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * A page of rows and how many matched in all.
   *
   * @param total rows that matched
   * @param items the requested page
   */
  public record Page(long total, List<Map<String, Object>> items) {
    public Page {
      items = List.copyOf(items);
    }
  }

  /**
   * Articles matching a query, best first when it has words, else newest first; each with its id,
   * title, date, url, source, number of events and (for a search) a snippet with marked words.
   */
  public Page articles(SearchQuery q) {
    if (!q.text().isBlank()) {
      TextIndex.Hits r = store.searchIndex(q);
      Map<Object, Map<String, Object>> meta = new LinkedHashMap<>();
      List<Object> ids = r.hits().stream().<Object>map(TextIndex.Hit::id).toList();
      if (!ids.isEmpty()) {
        for (Map<String, Object> row :
            maps(
                store.select(
                    "SELECT article_id AS id, title, pub_date AS date, url, source,"
                        + " n_events AS events FROM articles WHERE article_id IN ("
                        + marks(ids.size())
                        + ")",
                    ids,
                    Integer.MAX_VALUE))) {
          meta.put(row.get("id"), row);
        }
      }
      List<Map<String, Object>> items = new ArrayList<>();
      for (TextIndex.Hit h : r.hits()) {
        Map<String, Object> m = meta.get(h.id());
        if (m != null) {
          m.put("score", (double) h.score());
          m.put("snippet", h.snippet());
          items.add(m);
        }
      }
      return new Page(r.total(), items);
    }
    List<Object> params = new ArrayList<>();
    List<String> conds = new ArrayList<>();
    if (q.from() != null) {
      conds.add("a.pub_date >= ?");
      params.add(java.sql.Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      conds.add("a.pub_date <= ?");
      params.add(java.sql.Date.valueOf(q.to()));
    }
    EventFilter ef = new EventFilter(null, null, q.actor(), q.country(), q.code(), null, null);
    String ew = Store.where(ef, params);
    if (!ew.isEmpty()) {
      conds.add("EXISTS (SELECT 1 FROM events e" + ew + " AND e.article_id = a.article_id)");
    }
    String where = conds.isEmpty() ? "" : " WHERE " + String.join(" AND ", conds);
    long total = count("SELECT count(*) AS n FROM articles a" + where, params);
    List<Object> paged = new ArrayList<>(params);
    paged.add(q.limit());
    paged.add(q.offset());
    List<Map<String, Object>> items =
        maps(
            store.select(
                "SELECT a.article_id AS id, a.title, a.pub_date AS date, a.url, a.source,"
                    + " a.n_events AS events FROM articles a"
                    + where
                    + " ORDER BY a.pub_date DESC NULLS LAST, a.article_id LIMIT ? OFFSET ?",
                paged,
                Integer.MAX_VALUE));
    return new Page(total, items);
  }

  /**
   * One article with everything found in it: its text and metadata, actors, places, events (each
   * with its mentions and last verdict), the spans of actors, places and quotations, and the other
   * articles of its story; or null when no article has this id.
   */
  public Map<String, Object> article(String id) {
    List<Map<String, Object>> rows =
        maps(
            store.select(
                "SELECT a.article_id AS id, a.title, a.pub_date AS date, a.date_origin, a.url,"
                    + " a.source, a.format, a.language, a.text, a.flags, a.focus, a.sentences,"
                    + " a.ingested_at, t.tone, s.story_id FROM articles a"
                    + " LEFT JOIN article_tone t USING (article_id)"
                    + " LEFT JOIN stories s USING (article_id) WHERE a.article_id = ?",
                List.of(id),
                1));
    if (rows.isEmpty()) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>(rows.get(0));
    out.put(
        "actors",
        maps(
            store.select(
                "SELECT actor_id AS id, code, name, type, country, title, basis, mentions"
                    + " FROM actors WHERE article_id = ? ORDER BY actor_id",
                List.of(id),
                Integer.MAX_VALUE)));
    out.put(
        "places",
        maps(
            store.select(
                "SELECT place_id AS id, name, type, country, fips, adm1, geoname_id,"
                    + " feature_code, lat, lon, mentions FROM places WHERE article_id = ?"
                    + " ORDER BY place_id",
                List.of(id),
                Integer.MAX_VALUE)));
    out.put(
        "spans",
        maps(
            store.select(
                "SELECT kind, ref, span_start AS start, span_end AS \"end\" FROM spans"
                    + " WHERE article_id = ? ORDER BY span_start, span_end DESC",
                List.of(id),
                Integer.MAX_VALUE)));
    List<Map<String, Object>> events =
        maps(
            store.select(
                "SELECT "
                    + EVENT_FIELDS
                    + " FROM events e"
                    + FEEDBACK_JOIN
                    + " WHERE e.article_id = ? ORDER BY e.global_event_id",
                List.of(id),
                Integer.MAX_VALUE));
    Map<Object, List<Map<String, Object>>> mentions = new LinkedHashMap<>();
    for (Map<String, Object> m :
        maps(
            store.select(
                "SELECT global_event_id, "
                    + MENTION_FIELDS
                    + " FROM mentions m"
                    + " WHERE m.article_id = ? ORDER BY global_event_id, mention_no",
                List.of(id),
                Integer.MAX_VALUE))) {
      Object gid = m.remove("global_event_id");
      mentions.computeIfAbsent(gid, k -> new ArrayList<>()).add(m);
    }
    for (Map<String, Object> e : events) {
      e.put("mentions", mentions.getOrDefault(e.get("global_event_id"), List.of()));
    }
    out.put("events", events);
    Object story = out.get("story_id");
    out.put(
        "story",
        story == null
            ? List.of()
            : maps(
                store.select(
                    "SELECT a.article_id AS id, a.title, a.pub_date AS date, a.source"
                        + " FROM stories s JOIN articles a USING (article_id)"
                        + " WHERE s.story_id = ? AND a.article_id <> ? ORDER BY a.pub_date,"
                        + " a.article_id LIMIT 50",
                    List.of(story, id),
                    Integer.MAX_VALUE)));
    return out;
  }

  /** The event fields a page or an article shows, on alias e and the feedback alias f. */
  private static final String EVENT_FIELDS =
      "e.global_event_id, e.article_id, e.event_id, e.day, e.actor1_id, e.actor1_code,"
          + " e.actor1_name, e.actor1_country_code, e.event_code, e.event_root_code,"
          + " e.actor2_id, e.actor2_code, e.actor2_name, e.actor2_country_code, e.quad_class,"
          + " e.goldstein_scale, e.num_mentions, e.action_geo_place_id,"
          + " e.action_geo_fullname, e.action_geo_country, e.action_geo_lat, e.action_geo_long,"
          + " e.modality, e.confidence, e.plover_type, e.plover_mode, e.reporter_actor_id,"
          + " e.explanation, f.verdict AS feedback, f.note AS feedback_note";

  private static final String FEEDBACK_JOIN =
      " LEFT JOIN event_feedback f ON f.global_event_id = e.global_event_id";

  /** The mention fields, on alias m. */
  private static final String MENTION_FIELDS =
      "m.mention_no, m.sentence_id, m.sentence_start, m.sentence_end, m.action_start,"
          + " m.action_end, m.actor1_start, m.actor1_end, m.actor2_start, m.actor2_end, m.rule";

  /**
   * A page of events matching a filter, by day then id, with their last verdicts and their
   * articles' titles (looked up for the page only).
   */
  public Page events(EventFilter f, int limit, int offset) {
    List<Object> params = new ArrayList<>();
    String where = Store.where(f, params);
    long total = count("SELECT count(*) FROM events e" + where, params);
    List<Object> paged = new ArrayList<>(params);
    paged.add(limit);
    paged.add(offset);
    List<Map<String, Object>> items =
        maps(
            store.select(
                "SELECT "
                    + EVENT_FIELDS
                    + " FROM events e"
                    + FEEDBACK_JOIN
                    + where
                    + " ORDER BY e.day NULLS LAST, e.global_event_id LIMIT ? OFFSET ?",
                paged,
                Integer.MAX_VALUE));
    List<Object> ids = items.stream().map(m -> m.get("article_id")).distinct().toList();
    Map<Object, Object> titles = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      for (List<Object> r :
          store
              .select(
                  "SELECT article_id, title FROM articles WHERE article_id IN ("
                      + marks(ids.size())
                      + ")",
                  ids,
                  Integer.MAX_VALUE)
              .rows()) {
        titles.put(r.get(0), r.get(1));
      }
    }
    for (Map<String, Object> m : items) {
      m.put("article_title", titles.get(m.get("article_id")));
    }
    return new Page(total, items);
  }

  /**
   * One event and every mention of it across articles: the events of other articles that are the
   * same event (same day, actors, code, modality and place), each with its article and its mentions
   * with their sentences; or null when no event has this id.
   */
  public Map<String, Object> event(long globalEventId) {
    List<Map<String, Object>> rows =
        maps(
            store.select(
                "SELECT "
                    + EVENT_FIELDS
                    + ", a.title AS article_title, i.group_event_id,"
                    + " g.num_mentions AS group_mentions, g.num_sources, g.num_articles"
                    + " FROM events e"
                    + FEEDBACK_JOIN
                    + " JOIN articles a ON a.article_id = e.article_id"
                    + " JOIN event_identity i ON i.global_event_id = e.global_event_id"
                    + " JOIN event_groups g ON g.group_event_id = i.group_event_id"
                    + " WHERE e.global_event_id = ?",
                List.of(globalEventId),
                1));
    if (rows.isEmpty()) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>(rows.get(0));
    List<Map<String, Object>> mentions =
        maps(
            store.select(
                "SELECT e.global_event_id, e.article_id, e.event_id, a.title AS article_title,"
                    + " a.pub_date AS article_date, a.source, a.url, "
                    + MENTION_FIELDS
                    + ", substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start)"
                    + " AS sentence FROM event_identity i"
                    + " JOIN events e ON e.global_event_id = i.global_event_id"
                    + " JOIN mentions m ON m.global_event_id = e.global_event_id"
                    + " JOIN articles a ON a.article_id = e.article_id"
                    + " WHERE i.group_event_id = ?"
                    + " ORDER BY a.pub_date NULLS LAST, e.global_event_id, m.mention_no"
                    + " LIMIT 1000",
                List.of(out.get("group_event_id")),
                Integer.MAX_VALUE));
    out.put("mentions", mentions);
    return out;
  }

  /** The actors of matching events with their event counts, most first. */
  public List<Map<String, Object>> actors(EventFilter f, int limit) {
    List<Object> params = new ArrayList<>();
    String where = Store.where(f, params);
    return actors(where, params, limit);
  }

  private List<Map<String, Object>> actors(String where, List<Object> params, int limit) {
    List<Object> both = new ArrayList<>(params);
    both.addAll(params);
    both.add(limit);
    return maps(
        store.select(
            "SELECT code, mode(name) AS name, mode(country) AS country, count(*) AS events"
                + " FROM (SELECT e.actor1_code AS code, e.actor1_name AS name,"
                + " e.actor1_country_code AS country FROM events e"
                + where
                + " UNION ALL SELECT e.actor2_code, e.actor2_name, e.actor2_country_code"
                + " FROM events e"
                + where
                + ") WHERE code IS NOT NULL GROUP BY code ORDER BY events DESC, code LIMIT ?",
            both,
            Integer.MAX_VALUE));
  }

  /** The places of matching events (those with a point), with event counts, most first. */
  public List<Map<String, Object>> places(EventFilter f, int limit) {
    List<Object> params = new ArrayList<>();
    String where = Store.where(f, params);
    params.add(limit);
    return maps(
        store.select(
            "SELECT e.action_geo_fullname AS name, e.action_geo_country AS country,"
                + " e.action_geo_type AS type, e.action_geo_lat AS lat, e.action_geo_long AS lon,"
                + " count(*) AS events, avg(e.goldstein_scale) AS goldstein,"
                + " count(*) FILTER (WHERE e.quad_class = 4) AS material_conflict"
                + " FROM events e"
                + (where.isEmpty() ? " WHERE " : where + " AND ")
                + "e.action_geo_lat IS NOT NULL AND e.action_geo_long IS NOT NULL"
                + " GROUP BY ALL ORDER BY events DESC, name LIMIT ?",
            params,
            Integer.MAX_VALUE));
  }

  /**
   * Matching events counted per period (day, week, month or year) and QuadClass: one row per period
   * that has events, with {@code period} (its first day), {@code q1} to {@code q4} and {@code
   * total}.
   */
  public List<Map<String, Object>> timeline(EventFilter f, String interval) {
    if (!INTERVALS.contains(interval)) {
      throw new IllegalArgumentException("interval must be one of day, week, month, year");
    }
    List<Object> params = new ArrayList<>();
    String where = Store.where(f, params);
    return maps(
        store.select(
            "SELECT CAST(date_trunc('"
                + interval
                + "', e.day) AS DATE) AS period,"
                + " count(*) FILTER (WHERE e.quad_class = 1) AS q1,"
                + " count(*) FILTER (WHERE e.quad_class = 2) AS q2,"
                + " count(*) FILTER (WHERE e.quad_class = 3) AS q3,"
                + " count(*) FILTER (WHERE e.quad_class = 4) AS q4, count(*) AS total"
                + " FROM events e"
                + (where.isEmpty() ? " WHERE " : where + " AND ")
                + "e.day IS NOT NULL GROUP BY period ORDER BY period",
            params,
            Integer.MAX_VALUE));
  }

  /**
   * Who acts on whom: the actor pairs of matching events with their event counts and mean Goldstein
   * value (the {@code limit} busiest pairs), and their actors as nodes.
   */
  public Map<String, Object> network(EventFilter f, int limit) {
    List<Object> params = new ArrayList<>();
    String where = Store.where(f, params);
    params.add(limit);
    List<Map<String, Object>> edges =
        maps(
            store.select(
                "SELECT e.actor1_code AS source, e.actor2_code AS target, count(*) AS events,"
                    + " avg(e.goldstein_scale) AS goldstein FROM events e"
                    + (where.isEmpty() ? " WHERE " : where + " AND ")
                    + "e.actor1_code IS NOT NULL AND e.actor2_code IS NOT NULL"
                    + " GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?",
                params,
                Integer.MAX_VALUE));
    Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    for (Map<String, Object> e : edges) {
      for (String end : List.of("source", "target")) {
        String code = (String) e.get(end);
        Map<String, Object> n =
            nodes.computeIfAbsent(
                code,
                c -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("id", c);
                  m.put("events", 0L);
                  m.put("goldsteinSum", 0.0);
                  return m;
                });
        long k = ((Number) e.get("events")).longValue();
        n.put("events", (Long) n.get("events") + k);
        n.put(
            "goldsteinSum",
            (Double) n.get("goldsteinSum") + k * ((Number) e.get("goldstein")).doubleValue());
      }
    }
    List<Map<String, Object>> nodeList = new ArrayList<>();
    for (Map<String, Object> n : nodes.values()) {
      long k = (Long) n.get("events");
      n.put("goldstein", k == 0 ? 0.0 : (Double) n.remove("goldsteinSum") / k);
      n.remove("goldsteinSum");
      nodeList.add(n);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nodes", nodeList);
    out.put("edges", edges);
    return out;
  }

  /** Articles a search may narrow facets to, at most. */
  public static final int FACET_ARTICLES = 1000;

  /**
   * Counts that narrow a search: the date range of matching events and their most frequent root
   * codes (with names), actor codes and countries. With words {@code q}, only the events of the (at
   * most {@link #FACET_ARTICLES} best) articles that match them count.
   */
  public Map<String, Object> facets(EventFilter f, String q, int top) {
    List<Object> params = new ArrayList<>();
    String where = Store.where(f, params);
    if (q != null && !q.isBlank()) {
      List<Object> ids = new ArrayList<>();
      for (SearchHit h :
          store
              .search(
                  new SearchQuery(
                      q, f.from(), f.to(), f.actor(), f.country(), f.code(), FACET_ARTICLES, 0))
              .hits()) {
        ids.add(h.articleId());
      }
      String cond = ids.isEmpty() ? "FALSE" : "e.article_id IN (" + marks(ids.size()) + ")";
      where = (where.isEmpty() ? " WHERE " : where + " AND ") + cond;
      params.addAll(ids);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> range =
        maps(store.select(
                "SELECT min(e.day) AS \"from\", max(e.day) AS \"to\", count(*) AS events"
                    + " FROM events e"
                    + where,
                params,
                1))
            .get(0);
    out.putAll(range);
    List<Object> p = new ArrayList<>(params);
    p.add(top);
    List<Map<String, Object>> roots =
        maps(
            store.select(
                "SELECT e.event_root_code AS code, count(*) AS events FROM events e"
                    + where
                    + " GROUP BY code ORDER BY events DESC, code LIMIT ?",
                p,
                Integer.MAX_VALUE));
    for (Map<String, Object> r : roots) {
      r.put("name", CAMEO.find((String) r.get("code")).map(c -> c.name()).orElse(null));
    }
    out.put("roots", roots);
    out.put("actors", actors(where, params, top));
    List<Object> both = new ArrayList<>(params);
    both.addAll(params);
    both.addAll(params);
    both.add(top);
    out.put(
        "countries",
        maps(
            store.select(
                "SELECT country, count(DISTINCT id) AS events FROM ("
                    + " SELECT e.global_event_id AS id, e.actor1_country_code AS country"
                    + " FROM events e"
                    + where
                    + " UNION ALL SELECT e.global_event_id, e.actor2_country_code FROM events e"
                    + where
                    + " UNION ALL SELECT e.global_event_id, e.action_geo_country FROM events e"
                    + where
                    + ") WHERE country IS NOT NULL GROUP BY country"
                    + " ORDER BY events DESC, country LIMIT ?",
                both,
                Integer.MAX_VALUE)));
    return out;
  }

  /** The CAMEO root codes with their names, for a filter's choices. */
  public static List<Map<String, Object>> rootCodes() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (var c : CAMEO.all()) {
      if (c.code().length() == 2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code());
        m.put("name", c.name());
        out.add(m);
      }
    }
    return out;
  }

  private long count(String sql, List<Object> params) {
    return ((Number) store.select(sql, params, 1).rows().get(0).get(0)).longValue();
  }

  /** The rows of a table as maps from column name to value, in column order. */
  static List<Map<String, Object>> maps(ResultTable t) {
    List<Map<String, Object>> out = new ArrayList<>(t.rows().size());
    for (List<Object> row : t.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < t.columns().size(); i++) {
        m.put(t.columns().get(i), row.get(i));
      }
      out.add(m);
    }
    return out;
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
