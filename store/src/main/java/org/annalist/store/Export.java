package org.annalist.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes stored events as files: GDELT 2.0 Events (61 tab-separated columns, no header) and
 * Mentions (16 columns), JSON Lines, CSV with a header or Parquet (every column of the events
 * table, typed).
 *
 * <p>GDELT fields Annalist does not produce are written empty (ethnic and religion codes, ADM2) or
 * as zero. Actor geo fields are type 0 (no location): the place is the event's (ActionGeo). Each
 * event comes from one article, so NumSources and NumArticles are 1 and NumMentions counts its
 * statements in that article. DATEADDED, EventTimeDate and MentionTimeDate are the UTC time the
 * article was stored; SOURCEURL is the article's URL, else its source name.
 */
public final class Export {
  /** The file formats. */
  public enum Format {
    GDELT_EVENTS("events.export.CSV"),
    GDELT_MENTIONS("events.mentions.CSV"),
    JSONL("events.jsonl"),
    CSV("events.csv"),
    /** The columns of CSV, typed, written by DuckDB's Parquet writer. */
    PARQUET("events.parquet"),
    /** GDELT Global Knowledge Graph 2.1: one record per article (27 columns). */
    GKG("gkg.csv");

    private final String file;

    Format(String file) {
      this.file = file;
    }

    /** The name of the file written in the output directory. */
    public String file() {
      return file;
    }

    /** Whether the format is GDELT's (which has no modality: only asserted events by default). */
    public boolean gdelt() {
      return this == GDELT_EVENTS || this == GDELT_MENTIONS;
    }
  }

  /**
   * What an export wrote.
   *
   * @param file the file
   * @param rows rows written (events, or mentions)
   */
  public record Result(Path file, long rows) {}

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final Connection db;

  Export(Connection db) {
    this.db = db;
  }

  Result write(Format format, EventFilter filter, Path outDir) throws SQLException, IOException {
    Files.createDirectories(outDir);
    Path file = outDir.resolve(format.file());
    Path tmp = outDir.resolve(format.file() + ".part");
    long rows;
    if (format == Format.PARQUET) {
      Files.deleteIfExists(tmp);
      rows = parquet(filter, tmp);
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return new Result(file, rows);
    }
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      rows =
          switch (format) {
            case GDELT_EVENTS -> events(filter, w);
            case GDELT_MENTIONS -> mentions(filter, w);
            case JSONL -> jsonl(filter, w);
            case CSV -> csv(filter, w);
            case GKG -> gkg(filter, w);
            case PARQUET -> throw new IllegalStateException("written above");
          };
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return new Result(file, rows);
  }

  private ResultSet query(String select, String from, EventFilter filter, PreparedStatement[] hold)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = Store.where(filter, params);
    PreparedStatement ps =
        db.prepareStatement(
            "SELECT "
                + select
                + " FROM "
                + from
                + where
                + " ORDER BY e.global_event_id"
                + (from.contains("mentions m") ? ", m.mention_no" : ""));
    hold[0] = ps;
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
    return ps.executeQuery();
  }

  private long events(EventFilter filter, BufferedWriter w) throws SQLException, IOException {
    PreparedStatement[] hold = new PreparedStatement[1];
    long n = 0;
    try (ResultSet rs =
        query(
            "e.*, g.num_mentions AS group_mentions, g.num_sources, g.num_articles, g.avg_tone,"
                + " a.url,"
                + " a.source, a.ingested_at",
            "events e JOIN event_groups g ON g.group_event_id = e.global_event_id"
                + " JOIN articles a ON a.article_id = e.article_id",
            filter,
            hold)) {
      while (rs.next()) {
        w.write(String.join("\t", eventRow(rs)));
        w.write('\n');
        n++;
      }
    } finally {
      close(hold);
    }
    return n;
  }

  /** The 61 GDELT 2.0 Events columns of the current row. */
  static List<String> eventRow(ResultSet rs) throws SQLException {
    List<String> c = new ArrayList<>(61);
    c.add(Long.toString(rs.getLong("global_event_id")));
    LocalDate day = date(rs, "day");
    if (day == null) {
      day = rs.getTimestamp("ingested_at").toLocalDateTime().toLocalDate();
    }
    c.add(day.format(DAY));
    c.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
    c.add(Integer.toString(day.getYear()));
    c.add(
        String.format(
            Locale.ROOT,
            "%.4f",
            day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear()));
    for (String actor : List.of("actor1", "actor2")) {
      c.add(text(rs, actor + "_code"));
      c.add(text(rs, actor + "_name"));
      c.add(text(rs, actor + "_country_code"));
      c.add(text(rs, actor + "_known_group_code"));
      c.add(""); // EthnicCode
      c.add(""); // Religion1Code
      c.add(""); // Religion2Code
      c.add(text(rs, actor + "_type1_code"));
      c.add(text(rs, actor + "_type2_code"));
      c.add(text(rs, actor + "_type3_code"));
    }
    c.add(rs.getBoolean("is_root_event") ? "1" : "0");
    c.add(text(rs, "event_code"));
    c.add(text(rs, "event_base_code"));
    c.add(text(rs, "event_root_code"));
    c.add(Integer.toString(rs.getInt("quad_class")));
    c.add(number(rs.getDouble("goldstein_scale")));
    c.add(Integer.toString(rs.getInt("group_mentions")));
    c.add(Integer.toString(rs.getInt("num_sources")));
    c.add(Integer.toString(rs.getInt("num_articles")));
    c.add(number(rs.getDouble("avg_tone")));
    for (int actor = 0; actor < 2; actor++) {
      c.add("0");
      for (int i = 0; i < 7; i++) {
        c.add("");
      }
    }
    int type = rs.getInt("action_geo_type");
    c.add(Integer.toString(type));
    c.add(text(rs, "action_geo_fullname"));
    c.add(text(rs, "action_geo_country_code"));
    c.add(text(rs, "action_geo_adm1_code"));
    c.add(""); // ADM2Code
    c.add(decimal(rs, "action_geo_lat"));
    c.add(decimal(rs, "action_geo_long"));
    c.add(type == 1 ? text(rs, "action_geo_country_code") : text(rs, "action_geo_feature_id"));
    c.add(stamp(rs.getTimestamp("ingested_at")));
    c.add(sourceUrl(rs));
    return c;
  }

  /**
   * One GKG 2.1 record per stored article: every article when the filter selects everything, else
   * the articles with at least one selected event. Record ids are the store time and a running
   * number ({@code 20240318120000-7}).
   */
  private long gkg(EventFilter filter, BufferedWriter w) throws SQLException, IOException {
    List<Object> params = new ArrayList<>();
    String where = Store.where(filter, params);
    String sql =
        "SELECT a.ingested_at, g.columns FROM gkg g JOIN articles a USING (article_id)"
            + (where.isEmpty()
                ? ""
                : " WHERE a.article_id IN (SELECT e.article_id FROM events e" + where + ")")
            + " ORDER BY a.seq, a.article_id";
    long n = 0;
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String stamp = stamp(rs.getTimestamp(1));
          n++;
          w.write(stamp + "-" + n + "\t" + stamp + "\t" + rs.getString(2));
          w.write('\n');
        }
      }
    }
    return n;
  }

  private long mentions(EventFilter filter, BufferedWriter w) throws SQLException, IOException {
    PreparedStatement[] hold = new PreparedStatement[1];
    long n = 0;
    try (ResultSet rs =
        query(
            "i.group_event_id, e.confidence, m.*, a.url, a.source, a.ingested_at,"
                + " ra.ingested_at AS first_seen, length(a.text) AS doc_len,"
                + " coalesce(t.tone, 0) AS doc_tone",
            "events e JOIN mentions m USING (global_event_id)"
                + " JOIN event_identity i ON i.global_event_id = e.global_event_id"
                + " JOIN articles a ON a.article_id = e.article_id"
                + " JOIN events r ON r.global_event_id = i.group_event_id"
                + " JOIN articles ra ON ra.article_id = r.article_id"
                + " LEFT JOIN article_tone t ON t.article_id = e.article_id",
            filter,
            hold)) {
      while (rs.next()) {
        w.write(String.join("\t", mentionRow(rs)));
        w.write('\n');
        n++;
      }
    } finally {
      close(hold);
    }
    return n;
  }

  /** The 16 GDELT 2.0 Mentions columns of the current row. */
  static List<String> mentionRow(ResultSet rs) throws SQLException {
    List<String> c = new ArrayList<>(16);
    c.add(Long.toString(rs.getLong("group_event_id")));
    c.add(stamp(rs.getTimestamp("first_seen"))); // EventTimeDate
    c.add(stamp(rs.getTimestamp("ingested_at"))); // MentionTimeDate
    c.add("1"); // MentionType: web
    String url = rs.getString("url");
    String source = rs.getString("source");
    c.add(clean(source != null ? source : host(url)));
    c.add(clean(url != null ? url : rs.getString("article_id")));
    c.add(Integer.toString(rs.getInt("sentence_id")));
    Integer a1 = (Integer) rs.getObject("actor1_start");
    Integer a2 = (Integer) rs.getObject("actor2_start");
    c.add(Integer.toString(a1 == null ? -1 : a1));
    c.add(Integer.toString(a2 == null ? -1 : a2));
    c.add(Integer.toString(rs.getInt("action_start")));
    c.add(a1 != null && a2 != null ? "1" : "0"); // InRawText: both actors named in the sentence
    long pct = Math.round(rs.getDouble("confidence") * 10) * 10;
    c.add(Long.toString(Math.max(10, Math.min(100, pct))));
    c.add(Integer.toString(rs.getInt("doc_len")));
    c.add(number(rs.getDouble("doc_tone")));
    c.add(""); // MentionDocTranslationInfo
    c.add(""); // Extras
    return c;
  }

  private long jsonl(EventFilter filter, BufferedWriter w) throws SQLException, IOException {
    ObjectMapper mapper = new ObjectMapper();
    PreparedStatement[] hold = new PreparedStatement[1];
    long n = 0;
    try (ResultSet rs =
        query(
            "e.*, a.url, a.title, a.pub_date, s.story_id, f.verdict AS feedback,"
                + " f.note AS feedback_note",
            "events e JOIN articles a USING (article_id) LEFT JOIN stories s"
                + " ON s.article_id = e.article_id"
                + FEEDBACK,
            filter,
            hold)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        ObjectNode o = mapper.createObjectNode();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          o.set(md.getColumnLabel(i), mapper.valueToTree(ResultTable.value(rs.getObject(i))));
        }
        w.write(mapper.writeValueAsString(o));
        w.write('\n');
        n++;
      }
    } finally {
      close(hold);
    }
    return n;
  }

  /** Joins each event's last verdict (alias f), when an analyst gave one. */
  private static final String FEEDBACK =
      " LEFT JOIN event_feedback f ON f.global_event_id = e.global_event_id";

  /**
   * The rows of the CSV and Parquet exports: every events column, the URL, the story and the last
   * verdict with its note.
   */
  private ResultSet table(EventFilter filter, PreparedStatement[] hold) throws SQLException {
    return query(
        "e.*, a.url, s.story_id, f.verdict AS feedback, f.note AS feedback_note",
        "events e JOIN articles a USING (article_id) LEFT JOIN stories s"
            + " ON s.article_id = e.article_id"
            + FEEDBACK,
        filter,
        hold);
  }

  private long csv(EventFilter filter, BufferedWriter w) throws SQLException, IOException {
    PreparedStatement[] hold = new PreparedStatement[1];
    long n = 0;
    try (ResultSet rs = table(filter, hold)) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> header = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        header.add(md.getColumnLabel(i));
      }
      w.write(Csv.line(header));
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          Object v = ResultTable.value(rs.getObject(i));
          row.add(v == null ? "" : v.toString());
        }
        w.write(Csv.line(row));
        n++;
      }
    } finally {
      close(hold);
    }
    return n;
  }

  /**
   * The CSV columns as Parquet. The store's connection may not touch files, so the rows are
   * appended to a table of the same column types in a private in-memory DuckDB, which writes the
   * file. Holds the selected events in memory while it writes.
   */
  private long parquet(EventFilter filter, Path file) throws SQLException {
    PreparedStatement[] hold = new PreparedStatement[1];
    long n = 0;
    try (ResultSet rs = table(filter, hold);
        Connection mem = DriverManager.getConnection("jdbc:duckdb:")) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        columns.add(
            '"' + md.getColumnLabel(i).replace("\"", "\"\"") + "\" " + md.getColumnTypeName(i));
      }
      try (Statement st = mem.createStatement()) {
        st.execute("CREATE TABLE rows (" + String.join(", ", columns) + ")");
      }
      TableAppender.Layout layout = TableAppender.Layout.of(mem, "rows");
      try (TableAppender ap = new TableAppender(mem, layout)) {
        Object[] row = new Object[md.getColumnCount()];
        while (rs.next()) {
          for (int i = 0; i < row.length; i++) {
            row[i] = rs.getObject(i + 1);
          }
          ap.append(row);
          n++;
        }
        ap.flush();
      }
      try (Statement st = mem.createStatement()) {
        st.execute(
            "COPY rows TO '"
                + file.toAbsolutePath().toString().replace("'", "''")
                + "' (FORMAT PARQUET)");
      }
    } finally {
      close(hold);
    }
    return n;
  }

  private static void close(PreparedStatement[] hold) throws SQLException {
    if (hold[0] != null) {
      hold[0].close();
    }
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    java.sql.Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static String text(ResultSet rs, String column) throws SQLException {
    return clean(rs.getString(column));
  }

  /** Tabs and line breaks would break the row: they become spaces. */
  static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]", " ");
  }

  private static String decimal(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? "" : number(v);
  }

  private static String number(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String stamp(Timestamp t) {
    return t.toLocalDateTime().format(STAMP);
  }

  private static String sourceUrl(ResultSet rs) throws SQLException {
    String url = rs.getString("url");
    return clean(url != null ? url : rs.getString("source"));
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      return URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
