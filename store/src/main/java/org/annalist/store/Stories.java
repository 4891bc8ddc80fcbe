package org.annalist.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the stories (clusters of near-duplicate articles, schema version 4) as a batch of articles
 * is added, inside the caller's transaction: links each new article to the stored and new articles
 * whose MinHash similarity reaches {@link MinHash#THRESHOLD} and merges their stories, each named
 * by the smallest article id of its connected component, so that the stories depend neither on the
 * order of ingest nor on how articles are batched. A few statements per batch.
 */
final class Stories {
  /** Bound parameters per statement at most. */
  private static final int MAX_PARAMS = 2_000;

  private Stories() {}

  private record Sketch(String id, long[] signature, long[] bands) {}

  private record Link(String a, String b, double similarity) {}

  /**
   * Adds articles (already in {@code articles}, not yet in the stories) to the stories.
   *
   * @param filter the stored band hashes, to skip the candidate query when none can match; the new
   *     articles' bands are added to it; null to always query
   * @param texts cleaned text by article id
   */
  static void add(
      Connection c, TableAppender.Layouts layouts, BandFilter filter, Map<String, String> texts)
      throws SQLException {
    if (texts.isEmpty()) {
      return;
    }
    List<Sketch> sketches = new ArrayList<>();
    for (Map.Entry<String, String> t : texts.entrySet()) {
      long[] sig = MinHash.signature(t.getValue());
      sketches.add(new Sketch(t.getKey(), sig, MinHash.bands(sig)));
    }
    List<Link> links = new ArrayList<>();
    Map<String, long[]> stored = candidates(c, sketches, filter);
    for (int i = 0; i < sketches.size(); i++) {
      Sketch s = sketches.get(i);
      for (Map.Entry<String, long[]> o : stored.entrySet()) {
        if (shareBand(s.bands(), MinHash.bands(o.getValue()))) {
          link(links, s.id(), o.getKey(), MinHash.similarity(s.signature(), o.getValue()));
        }
      }
      for (int j = i + 1; j < sketches.size(); j++) {
        Sketch t = sketches.get(j);
        if (shareBand(s.bands(), t.bands())) {
          link(links, s.id(), t.id(), MinHash.similarity(s.signature(), t.signature()));
        }
      }
    }
    Map<String, String> storedStory = storiesOf(c, links, texts.keySet());
    // Components over the new articles and the stored articles they link to.
    Map<String, String> parent = new HashMap<>();
    for (Sketch s : sketches) {
      parent.put(s.id(), s.id());
    }
    for (Link l : links) {
      union(parent, l.a(), l.b());
    }
    Map<String, TreeSet<String>> names = new LinkedHashMap<>();
    Map<String, Set<String>> oldStories = new HashMap<>();
    for (String node : parent.keySet()) {
      String root = find(parent, node);
      names.computeIfAbsent(root, k -> new TreeSet<>());
      oldStories.computeIfAbsent(root, k -> new TreeSet<>());
      if (texts.containsKey(node)) {
        names.get(root).add(node);
      } else {
        String story = storedStory.getOrDefault(node, node);
        names.get(root).add(story);
        oldStories.get(root).add(story);
      }
    }
    List<Object[]> storyRows = new ArrayList<>();
    for (Sketch s : sketches) {
      String root = find(parent, s.id());
      storyRows.add(new Object[] {s.id(), names.get(root).first()});
    }
    for (Map.Entry<String, Set<String>> e : oldStories.entrySet()) {
      String name = names.get(e.getKey()).first();
      List<String> renamed = new ArrayList<>(e.getValue());
      renamed.remove(name);
      if (!renamed.isEmpty()) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE stories SET story_id = ? WHERE story_id IN ("
                    + marks(renamed.size())
                    + ")")) {
          ps.setString(1, name);
          for (int i = 0; i < renamed.size(); i++) {
            ps.setString(i + 2, renamed.get(i));
          }
          ps.executeUpdate();
        }
      }
    }
    List<Object[]> sketchRows = new ArrayList<>();
    List<Object[]> bandRows = new ArrayList<>();
    for (Sketch s : sketches) {
      sketchRows.add(new Object[] {s.id(), s.signature()});
      for (int b = 0; b < s.bands().length; b++) {
        bandRows.add(new Object[] {b, s.bands()[b], s.id()});
      }
    }
    List<Object[]> linkRows = new ArrayList<>();
    for (Link l : links) {
      linkRows.add(new Object[] {l.a(), l.b(), l.similarity()});
    }
    TableAppender.appendAll(c, layouts, "article_sketches", sketchRows);
    TableAppender.appendAll(c, layouts, "article_bands", bandRows);
    insert(c, "INSERT OR IGNORE INTO article_links VALUES", 3, linkRows);
    TableAppender.appendAll(c, layouts, "stories", storyRows);
  }

  /** Stored articles sharing a band hash with any of the sketches, with their signatures. */
  private static Map<String, long[]> candidates(
      Connection c, List<Sketch> sketches, BandFilter filter) throws SQLException {
    List<Long> hashes = new ArrayList<>();
    for (Sketch s : sketches) {
      for (long h : s.bands()) {
        if (filter == null || filter.mightContain(h)) {
          hashes.add(h);
        }
      }
    }
    if (filter != null) {
      for (Sketch s : sketches) {
        for (long h : s.bands()) {
          filter.add(h);
        }
      }
    }
    Map<String, long[]> out = new LinkedHashMap<>();
    for (int from = 0; from < hashes.size(); from += MAX_PARAMS) {
      List<Long> chunk = hashes.subList(from, Math.min(hashes.size(), from + MAX_PARAMS));
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT DISTINCT s.article_id, s.minhash FROM article_bands b"
                  + " JOIN article_sketches s USING (article_id) WHERE b.hash IN ("
                  + marks(chunk.size())
                  + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setLong(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), longs(rs.getArray(2)));
          }
        }
      }
    }
    return out;
  }

  /** The stories of the stored articles among the links' ends. */
  private static Map<String, String> storiesOf(Connection c, List<Link> links, Set<String> fresh)
      throws SQLException {
    Set<String> ids = new HashSet<>();
    for (Link l : links) {
      for (String id : List.of(l.a(), l.b())) {
        if (!fresh.contains(id)) {
          ids.add(id);
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += MAX_PARAMS) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + MAX_PARAMS));
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT article_id, story_id FROM stories WHERE article_id IN ("
                  + marks(chunk.size())
                  + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), rs.getString(2));
          }
        }
      }
    }
    return out;
  }

  private static void link(List<Link> links, String x, String y, double similarity) {
    if (similarity >= MinHash.THRESHOLD && !x.equals(y)) {
      links.add(x.compareTo(y) < 0 ? new Link(x, y, similarity) : new Link(y, x, similarity));
    }
  }

  private static boolean shareBand(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        return true;
      }
    }
    return false;
  }

  private static String find(Map<String, String> parent, String x) {
    parent.putIfAbsent(x, x);
    String root = x;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    while (!parent.get(x).equals(root)) {
      String next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra, rb);
    }
  }

  private static void insert(Connection c, String insert, int columns, List<Object[]> rows)
      throws SQLException {
    int chunk = Math.max(1, MAX_PARAMS / columns);
    String tuple = "(" + marks(columns) + ")";
    for (int from = 0; from < rows.size(); from += chunk) {
      List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
      try (PreparedStatement ps =
          c.prepareStatement(
              insert + " " + String.join(", ", Collections.nCopies(part.size(), tuple)))) {
        int i = 1;
        for (Object[] row : part) {
          for (Object v : row) {
            if (v instanceof Array a) {
              ps.setArray(i++, a);
            } else {
              ps.setObject(i++, v);
            }
          }
        }
        ps.executeUpdate();
      }
    }
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private static long[] longs(Array a) throws SQLException {
    Object[] items = (Object[]) a.getArray();
    long[] out = new long[items.length];
    for (int i = 0; i < items.length; i++) {
      out[i] = ((Number) items[i]).longValue();
    }
    return out;
  }
}
