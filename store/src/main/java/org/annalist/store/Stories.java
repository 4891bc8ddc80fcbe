package org.annalist.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Keeps the stories (clusters of near-duplicate articles, schema version 4) as articles are added,
 * inside the caller's transaction: links a new article to the stored articles whose MinHash
 * similarity reaches {@link MinHash#THRESHOLD} and merges their stories, each named by the smallest
 * article id of its connected component, so that the stories do not depend on the order of ingest.
 */
final class Stories {
  private Stories() {}

  /** Adds one article (already in {@code articles}) to the stories. */
  static void add(Connection c, String id, String text) throws SQLException {
    long[] sig = MinHash.signature(text);
    long[] bands = MinHash.bands(sig);
    List<String> linked = new ArrayList<>();
    List<Double> similarity = new ArrayList<>();
    StringBuilder where = new StringBuilder();
    for (int b = 0; b < bands.length; b++) {
      where.append(b == 0 ? "" : " OR ").append("(b.band = ? AND b.hash = ?)");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT s.article_id, s.minhash FROM article_bands b"
                + " JOIN article_sketches s USING (article_id) WHERE "
                + where)) {
      for (int b = 0; b < bands.length; b++) {
        ps.setInt(2 * b + 1, b);
        ps.setLong(2 * b + 2, bands[b]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String other = rs.getString(1);
          double sim = MinHash.similarity(sig, longs(rs.getArray(2)));
          if (!other.equals(id) && sim >= MinHash.THRESHOLD) {
            linked.add(other);
            similarity.add(sim);
          }
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_sketches VALUES (?, ?)")) {
      Long[] boxed = new Long[sig.length];
      for (int i = 0; i < sig.length; i++) {
        boxed[i] = sig[i];
      }
      ps.setString(1, id);
      ps.setArray(2, c.createArrayOf("BIGINT", boxed));
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO article_bands VALUES "
                + String.join(", ", Collections.nCopies(bands.length, "(?, ?, ?)")))) {
      for (int b = 0; b < bands.length; b++) {
        ps.setInt(3 * b + 1, b);
        ps.setLong(3 * b + 2, bands[b]);
        ps.setString(3 * b + 3, id);
      }
      ps.executeUpdate();
    }
    TreeSet<String> stories = new TreeSet<>();
    stories.add(id);
    for (int i = 0; i < linked.size(); i++) {
      String other = linked.get(i);
      try (PreparedStatement ps =
          c.prepareStatement("INSERT OR IGNORE INTO article_links VALUES (?, ?, ?)")) {
        ps.setString(1, id.compareTo(other) < 0 ? id : other);
        ps.setString(2, id.compareTo(other) < 0 ? other : id);
        ps.setDouble(3, similarity.get(i));
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement("SELECT story_id FROM stories WHERE article_id = ?")) {
        ps.setString(1, other);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            stories.add(rs.getString(1));
          }
        }
      }
    }
    String story = stories.first();
    List<String> merged = new ArrayList<>(stories);
    merged.remove(story);
    merged.remove(id);
    if (!merged.isEmpty()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE stories SET story_id = ? WHERE story_id IN ("
                  + String.join(", ", Collections.nCopies(merged.size(), "?"))
                  + ")")) {
        ps.setString(1, story);
        for (int i = 0; i < merged.size(); i++) {
          ps.setString(i + 2, merged.get(i));
        }
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO stories VALUES (?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, story);
      ps.executeUpdate();
    }
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
