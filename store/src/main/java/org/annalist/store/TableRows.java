package org.annalist.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.Extraction;

/**
 * The store's tables as rows, for writers other than the embedded store (the Spark job): the
 * columns and types of each table, as the migrations create them, and the rows that storing one
 * extraction adds to each, built by the same code as the store's own writes. Values are as the
 * store appends them: strings, boxed numbers and booleans, {@link java.sql.Date}, {@link
 * Timestamp}, {@code String[]} and {@code long[]} for arrays, {@code byte[]} for blobs.
 */
public final class TableRows {
  private TableRows() {}

  /** A column: its name and its DuckDB type (VARCHAR, BIGINT, INTEGER, DATE, VARCHAR[], ...). */
  public record Column(String name, String type) implements java.io.Serializable {}

  /**
   * The tables an extraction is stored in, and the story tables, each with its columns in order.
   */
  public static Map<String, List<Column>> schema() {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      Schema.migrate(c);
      Map<String, List<Column>> out = new LinkedHashMap<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT table_name, column_name, data_type FROM information_schema.columns"
                      + " WHERE table_schema = 'main' AND table_name IN (SELECT table_name FROM"
                      + " information_schema.tables WHERE table_type = 'BASE TABLE')"
                      + " ORDER BY table_name, ordinal_position")) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Column(rs.getString(2), rs.getString(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the store's schema: " + Store.oneLine(e), e);
    }
  }

  /**
   * The rows storing one extraction adds to each table (articles, annotations, actors, places,
   * spans, events, mentions, article_tone, gkg), keyed by table name.
   *
   * @param seq the ingest batch number written on the article
   * @param now the time it is stored
   * @param firstEventId the global id of its first event; the others follow
   */
  public static Map<String, List<Object[]>> of(
      Extraction x, long seq, Timestamp now, long firstEventId) {
    Rows rows = new Rows(null);
    String id = articleId(x);
    rows.add(id, x, seq, now, firstEventId, x.doc().article().url(), true);
    return rows.collected();
  }

  /** The row of a rejected input in the table {@code rejected}. */
  public static Object[] rejected(RejectedInput r, long seq, Timestamp now) {
    Rows rows = new Rows(null);
    rows.reject(r, seq, now);
    return rows.collected().get("rejected").get(0);
  }

  /** The stored id of an extraction's article: the content hash of its raw body. */
  public static String articleId(Extraction x) {
    return ContentHash.of(x.doc().article().text());
  }

  /** An article's MinHash signature (64 values) for story clustering. */
  public static long[] signature(String cleanedText) {
    return MinHash.signature(cleanedText);
  }

  /** The 16 band hashes of a signature: two articles are compared when they share one. */
  public static long[] bands(long[] signature) {
    return MinHash.bands(signature);
  }

  /** The Jaccard similarity two signatures estimate. */
  public static double similarity(long[] a, long[] b) {
    return MinHash.similarity(a, b);
  }

  /** Two articles with at least this similarity are linked into one story. */
  public static final double STORY_THRESHOLD = MinHash.THRESHOLD;
}
