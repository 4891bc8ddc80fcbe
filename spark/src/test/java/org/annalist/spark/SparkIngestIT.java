package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.nlp.NlpConfig;
import org.annalist.pipeline.read.ArticleSources;
import org.annalist.pipeline.read.ReadOptions;
import org.annalist.store.Ingestion;
import org.annalist.store.ResultTable;
import org.annalist.store.Store;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] and the embedded ingest on the same articles: the same articles,
 * events, mentions, places, rejections and stories.
 */
class SparkIngestIT {
  @TempDir static Path dir;
  static SparkIngest.Summary summary;
  static Path out;
  static Path data;
  static Path imported;
  static Path outParquet;
  static Path outText;
  static SparkIngest.Summary fromText;
  static Store.Imported first;
  static Store.Imported again;

  @BeforeAll
  static void runBoth() throws URISyntaxException, java.io.IOException {
    Path input =
        Path.of(SparkIngestIT.class.getResource("articles.jsonl").toURI()).toAbsolutePath();
    out = dir.resolve("tables");
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("annalist-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    try {
      summary =
          SparkIngest.run(
              spark, new SparkIngest.Options(input.toString(), "jsonl", out.toString(), 2));
      // The same articles as Parquet, and two of them as text files.
      Path parquetIn = dir.resolve("in-parquet");
      spark.read().json(input.toString()).write().parquet(parquetIn.toString());
      outParquet = dir.resolve("tables-from-parquet");
      SparkIngest.run(
          spark,
          new SparkIngest.Options(parquetIn.toString(), "parquet", outParquet.toString(), 2));
      Path textIn = Files.createDirectories(dir.resolve("in-text"));
      Files.writeString(textIn.resolve("a.txt"), "Russia condemned Ukraine on Monday.\n");
      Files.writeString(textIn.resolve("b.txt"), "Kenya praised Ethiopia on Tuesday.\n");
      outText = dir.resolve("tables-from-text");
      fromText =
          SparkIngest.run(
              spark, new SparkIngest.Options(textIn.toString(), "text", outText.toString(), 2));
    } finally {
      spark.stop();
    }
    data = dir.resolve("store");
    try (PipelineResources resources = PipelineResources.load(NlpConfig.defaults());
        Store store = Store.open(data, Store.Mode.READ_WRITE)) {
      Extractor x = resources.extractor();
      new Ingestion(
              store,
              () -> x::extract,
              2,
              32,
              Duration.ofSeconds(2),
              Integer.MAX_VALUE,
              new Ingestion.Listener() {})
          .run(new ArticleSources(ReadOptions.defaults()), List.of(input.toString()));
    }
    imported = dir.resolve("imported");
    try (Store store = Store.open(imported, Store.Mode.READ_WRITE)) {
      first = store.importTables(out);
      again = store.importTables(out);
    }
  }

  /** Rows of a query over the Parquet tables (DuckDB reading them in place). */
  private static Set<List<Object>> parquet(String sql) throws SQLException {
    return parquet(out, sql);
  }

  private static Set<List<Object>> parquet(Path out, String sql) throws SQLException {
    String q = sql;
    for (String t :
        List.of(
            "articles",
            "events",
            "mentions",
            "places",
            "actors",
            "spans",
            "rejected",
            "stories",
            "gkg",
            "annotations",
            "article_tone")) {
      q =
          q.replace(
              "{" + t + "}",
              "read_parquet('" + out.resolve(t).toString().replace("'", "''") + "/*.parquet')");
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(q)) {
      Set<List<Object>> rows = new HashSet<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          row.add(v == null ? null : v.toString());
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** Rows of the same query over the embedded store. */
  private static Set<List<Object>> store(String sql) {
    return store(data, sql);
  }

  private static Set<List<Object>> store(Path where, String sql) {
    String q = sql.replaceAll("\\{([a-z_]+)\\}", "$1");
    try (Store s = Store.open(where, Store.Mode.READ_ONLY)) {
      ResultTable t = s.sql(q, 100_000);
      Set<List<Object>> rows = new HashSet<>();
      for (List<Object> r : t.rows()) {
        List<Object> row = new ArrayList<>();
        for (Object v : r) {
          row.add(v == null ? null : v.toString());
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** The query gives the same rows on the Parquet tables, the embedded store and the import. */
  private static void same(String sql) throws SQLException {
    Set<List<Object>> spark = parquet(sql);
    Set<List<Object>> embedded = store(sql);
    assertThat(spark).as(sql).isNotEmpty().containsExactlyInAnyOrderElementsOf(embedded);
    assertThat(store(imported, sql))
        .as("imported: " + sql)
        .containsExactlyInAnyOrderElementsOf(embedded);
  }

  @Test
  void theTablesImportIntoAStoreOnce() {
    assertThat(first.articles()).isEqualTo(9);
    assertThat(first.events()).isEqualTo(summary.events());
    assertThat(first.rejected()).isEqualTo(2);
    assertThat(again.articles()).isZero();
    assertThat(again.duplicates()).isEqualTo(9);
    assertThat(again.rejected()).isZero();
    try (Store s = Store.open(imported, Store.Mode.READ_ONLY)) {
      assertThat(s.search(org.annalist.store.SearchQuery.of("Stoltenberg")).total()).isEqualTo(2);
      assertThat(s.check().ok()).isTrue();
    }
    assertThat(groups(store(imported, "SELECT article_id, story_id FROM stories")))
        .isEqualTo(groups(store("SELECT article_id, story_id FROM stories")));
    // The same event reported by several articles is one event, with the job's ids as with the
    // store's: the same groups of (article, event).
    String grouped =
        "SELECT e.article_id || ' ' || e.event_id, CAST(i.group_event_id AS VARCHAR)"
            + " FROM events e JOIN event_identity i USING (global_event_id)";
    Set<Set<String>> fromJob = new HashSet<>(groups(store(imported, grouped)).values());
    Set<Set<String>> fromStore = new HashSet<>(groups(store(grouped)).values());
    assertThat(fromJob).isEqualTo(fromStore).anyMatch(g -> g.size() > 1);
  }

  @Test
  void theWorkRanInPartitionsOnTheExecutors() {
    assertThat(summary.partitions()).isGreaterThanOrEqualTo(2);
    assertThat(summary.read()).isEqualTo(12);
    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(summary.rejected()).isEqualTo(2);
    assertThat(summary.stored()).isEqualTo(9);
  }

  @Test
  void theSameArticlesAreStored() throws SQLException {
    same("SELECT article_id, title, pub_date, url, source, text, flags, focus FROM {articles}");
    same("SELECT article_id, tone FROM {article_tone}");
    same("SELECT article_id, columns FROM {gkg}");
  }

  @Test
  void theSameEventsWithTheSameMentions() throws SQLException {
    same(
        "SELECT article_id, event_id, day, actor1_code, actor2_code, event_code, quad_class,"
            + " goldstein_scale, num_mentions, action_geo_fullname, action_geo_lat, modality,"
            + " confidence, plover_type, explanation FROM {events}");
    same(
        "SELECT e.article_id, e.event_id, m.mention_no, m.sentence_id, m.action_start,"
            + " m.action_end, m.actor1_start, m.actor2_start, m.rule FROM {mentions} m"
            + " JOIN {events} e USING (global_event_id)");
    same("SELECT article_id, actor_id, code, name, type, country, basis FROM {actors}");
    same("SELECT article_id, place_id, name, type, country, geoname_id, lat, lon FROM {places}");
    same("SELECT article_id, kind, ref, span_start, span_end FROM {spans}");
  }

  @Test
  void parquetAndTextInputsGoThroughTheSamePipeline() throws SQLException {
    String events =
        "SELECT article_id, event_id, event_code, actor1_code, actor2_code, modality FROM {events}";
    assertThat(parquet(outParquet, events)).isNotEmpty().isEqualTo(parquet(events));
    assertThat(fromText.stored()).isEqualTo(2);
    assertThat(parquet(outText, "SELECT event_code, actor1_code, actor2_code FROM {events}"))
        .contains(List.of("111", "RUS", "UKR"));
  }

  @Test
  void theSameInputsAreRejectedForTheSameReasons() throws SQLException {
    same("SELECT reason FROM {rejected}");
  }

  @Test
  void theSameStories() throws SQLException {
    Map<String, Set<String>> spark = groups(parquet("SELECT article_id, story_id FROM {stories}"));
    Map<String, Set<String>> embedded = groups(store("SELECT article_id, story_id FROM stories"));
    assertThat(spark).isEqualTo(embedded);
    assertThat(spark.values()).anyMatch(s -> s.size() == 2);
  }

  private static Map<String, Set<String>> groups(Set<List<Object>> rows) {
    Map<String, Set<String>> out = new HashMap<>();
    for (List<Object> r : rows) {
      out.computeIfAbsent((String) r.get(1), k -> new TreeSet<>()).add((String) r.get(0));
    }
    return out;
  }
}
