package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Extraction;
import org.annalist.model.Rejection;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir Path dir;

  @TempDir Path elsewhere;

  static final LocalDate DAY = LocalDate.of(2025, 6, 2);

  static Extraction x(String id, String text) {
    return Synthetic.extract(Synthetic.article(id, text, DAY, "https://news.test/" + id));
  }

  static final String VISIT =
      "Norland's envoy visited Ostria on Monday. Talks were long.\n\n"
          + "Later, Norland visited Ostria again. Sudmark stayed away.";

  @Test
  void storesAnArticleOnceByContentAndByUrl() {
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      BatchResult first =
          s.write(List.of(x("one", VISIT), x("two", "Sudmark visited Norland.")), List.of());
      assertThat(first.stored()).isEqualTo(2);
      assertThat(first.events()).isEqualTo(2);
      assertThat(first.seq()).isEqualTo(1);
      // The same text again, and another text under a stored URL.
      Extraction sameText = x("again", VISIT);
      Extraction sameUrl =
          Synthetic.extract(
              Synthetic.article("three", "Ostria visited Sudmark.", DAY, "https://news.test/one"));
      BatchResult second = s.write(List.of(sameText, sameUrl), List.of());
      assertThat(second.stored()).isZero();
      assertThat(second.duplicates()).isEqualTo(2);
      assertThat(s.stats(5).counts()).containsEntry("articles", 2L).containsEntry("events", 2L);
      assertThat(s.check().ok()).isTrue();
    }
  }

  @Test
  void aBatchThatFailsBeforeItsCommitLeavesNoRowOfItInAnyTable() {
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      // A batch stored first, so that the failing one is not the store's first statement.
      s.write(List.of(x("first", "Ostria visited Sudmark.")), List.of());
      s.beforeCommit =
          () -> {
            throw new IllegalStateException("disk full");
          };
      assertThatThrownBy(
              () ->
                  s.write(
                      List.of(x("one", VISIT), x("two", "Sudmark visited Norland.")),
                      List.of(new RejectedInput(new Rejection("bad.txt", "empty"), "ab12", null))))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("cannot store the batch");
    }
    // Every table as in a store that got the first batch alone.
    try (Store s = Store.open(elsewhere, Store.Mode.READ_WRITE)) {
      s.write(List.of(x("first", "Ostria visited Sudmark.")), List.of());
    }
    try (Store r = Store.open(dir, Store.Mode.READ_ONLY);
        Store alone = Store.open(elsewhere, Store.Mode.READ_ONLY)) {
      for (String table :
          List.of(
              "articles",
              "actors",
              "places",
              "events",
              "mentions",
              "annotations",
              "article_tone",
              "gkg",
              "stories",
              "article_bands",
              "rejected",
              "ingest_batches")) {
        assertThat(r.sql("SELECT count(*) FROM " + table, 1).rows())
            .as(table)
            .isEqualTo(alone.sql("SELECT count(*) FROM " + table, 1).rows());
      }
    }
    // The same articles are stored afterwards: nothing of the failed batch lingers.
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      BatchResult again =
          s.write(List.of(x("one", VISIT), x("two", "Sudmark visited Norland.")), List.of());
      assertThat(again.stored()).isEqualTo(2);
      assertThat(again.events()).isEqualTo(2);
      assertThat(s.check().ok()).isTrue();
    }
  }

  @Test
  void theIndexDocumentOfAnExtractionIsTheOneItsStoredRowsGiveBack() throws Exception {
    Extraction visit = x("one", VISIT);
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      s.write(List.of(visit, x("two", "Sudmark visited Norland.")), List.of());
    }
    assertThat(visit.actors()).isNotEmpty();
    assertThat(visit.places()).isNotEmpty();
    assertThat(visit.events()).isNotEmpty();
    String id = ContentHash.of(visit.doc().article().text());
    try (Store r = Store.open(dir, Store.Mode.READ_ONLY)) {
      List<IndexDoc> stored = r.indexDocs("a.article_id = ?", List.of(id));
      assertThat(stored).hasSize(1);
      IndexDoc fromRows = stored.get(0);
      IndexDoc fromExtraction = IndexDoc.of(id, visit);
      assertThat(fromExtraction.id()).isEqualTo(fromRows.id());
      assertThat(fromExtraction.title()).isEqualTo(fromRows.title()).isEqualTo("Title one");
      assertThat(fromExtraction.text()).isEqualTo(fromRows.text());
      assertThat(fromExtraction.date()).isEqualTo(fromRows.date()).isEqualTo(DAY);
      assertThat(fromExtraction.entities())
          .containsExactlyInAnyOrderElementsOf(fromRows.entities());
      assertThat(fromExtraction.actorCodes())
          .containsExactlyInAnyOrderElementsOf(fromRows.actorCodes());
      assertThat(fromExtraction.countries())
          .containsExactlyInAnyOrderElementsOf(fromRows.countries());
      assertThat(fromExtraction.eventCodes())
          .containsExactlyInAnyOrderElementsOf(fromRows.eventCodes());
    }
  }

  @Test
  void everyEventRecordsThePipelineAndDictionaryVersionsThatCodedIt() {
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      s.write(List.of(x("one", VISIT)), List.of());
    }
    org.annalist.pipeline.Versions v = org.annalist.pipeline.Versions.current();
    try (Store r = Store.open(dir, Store.Mode.READ_ONLY)) {
      assertThat(r.sql("SELECT pipeline, dictionaries FROM event_versions", 5).rows())
          .containsExactly(List.of(v.pipeline(), v.dictionaries()));
    }
  }

  @Test
  void aScaledCopyReplicatesEventsWithNewIdsAndLeavesTheStoreAsItWas() {
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      s.write(List.of(x("one", VISIT)), List.of());
    }
    Path copy = elsewhere.resolve("copy");
    assertThat(Store.scaledCopy(dir, copy, 10)).isEqualTo(10);
    try (Store c = Store.open(copy, Store.Mode.READ_ONLY)) {
      assertThat(
              c.sql("SELECT count(DISTINCT global_event_id), count(DISTINCT day) FROM events", 5)
                  .rows())
          .containsExactly(List.of(10L, 10L));
    }
    try (Store r = Store.open(dir, Store.Mode.READ_ONLY)) {
      assertThat(r.stats(1).counts()).containsEntry("events", 1L);
    }
    assertThatThrownBy(() -> Store.scaledCopy(copy.resolve("none"), dir.resolve("x"), 5))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no store in");
  }

  @Test
  void anArticleScaledCopyIsSearchableWithItsActorsAndLeavesTheStoreAsItWas() {
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      s.write(
          List.of(
              x("one", VISIT),
              Synthetic.extract(
                  Synthetic.article(
                      "two", "Sudmark visited the Western Alliance. Talks ended.", DAY, null))),
          List.of());
    }
    Path copy = elsewhere.resolve("copy");
    assertThat(Store.articleScaledCopy(dir, copy, 9)).isEqualTo(10);
    assertThat(copy.resolve("lucene")).doesNotExist();
    try (Store c = Store.open(copy, Store.Mode.READ_WRITE)) {
      assertThat(c.repair().reindexed()).isEqualTo(10);
    }
    try (Store c = Store.open(copy, Store.Mode.READ_ONLY)) {
      assertThat(c.search(SearchQuery.of("Sudmark")).total()).isEqualTo(10);
      assertThat(c.search(query("Ostria", null, "NRL", null, null)).total()).isEqualTo(5);
      // Eight copies, each longer than the article it copies and dated within 540 days.
      assertThat(
              c.sql(
                      "SELECT count(DISTINCT a.article_id), count(*) FILTER (WHERE"
                          + " length(a.text) > length(o.text) AND a.pub_date >= DATE"
                          + " '2025-01-01' AND a.pub_date < DATE '2025-01-01' + 540)"
                          + " FROM articles a JOIN articles o"
                          + " ON o.article_id = split_part(a.article_id, '.', 1)",
                      5)
                  .rows())
          .containsExactly(List.of(10L, 8L));
      assertThat(c.sql("SELECT count(*) FROM stories", 1).rows()).containsExactly(List.of(10L));
    }
    try (Store r = Store.open(dir, Store.Mode.READ_ONLY)) {
      assertThat(r.stats(1).counts()).containsEntry("articles", 2L);
    }
  }

  @Test
  void eventRowsCarryGdeltFields() {
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      s.write(List.of(x("one", VISIT)), List.of());
      ResultTable t = s.events(EventFilter.all(), 10, 0);
      assertThat(t.rows()).hasSize(1);
      List<Object> row = t.rows().get(0);
      assertThat(row.get(t.column("actor1_code"))).isEqualTo("NRL");
      assertThat(row.get(t.column("actor2_code"))).isEqualTo("OSTGOV");
      assertThat(row.get(t.column("event_code"))).isEqualTo("042");
      assertThat(row.get(t.column("day"))).isEqualTo("2025-06-02");
      assertThat(row.get(t.column("num_mentions"))).isEqualTo(2);
      assertThat(row.get(t.column("action_geo_country_code"))).isEqualTo("OS");
      assertThat(row.get(t.column("action_geo_fullname"))).isEqualTo("Eastwick");
    }
  }

  @Test
  void eventFiltersSelectByActorCountryCodeAndDate() {
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      s.write(
          List.of(
              x("one", VISIT),
              Synthetic.extract(
                  Synthetic.article(
                      "two", "Sudmark visited the Western Alliance.", DAY.plusDays(3), null))),
          List.of());
      assertThat(s.events(EventFilter.all(), 10, 0).rows()).hasSize(2);
      assertThat(s.events(filter(null, null, "OST", null, null), 10, 0).rows()).hasSize(1);
      assertThat(s.events(filter(null, null, "IGO", null, null), 10, 0).rows()).hasSize(1);
      assertThat(s.events(filter(null, null, "alliance", null, null), 10, 0).rows()).hasSize(1);
      assertThat(s.events(filter(null, null, null, "OST", null), 10, 0).rows()).hasSize(1);
      assertThat(s.events(filter(null, null, null, "OS", null), 10, 0).rows()).hasSize(1);
      assertThat(s.events(filter(DAY.plusDays(1), null, null, null, null), 10, 0).rows())
          .hasSize(1);
      assertThat(s.events(filter(null, DAY, null, null, "04"), 10, 0).rows()).hasSize(1);
      assertThat(s.events(filter(null, null, null, null, "19"), 10, 0).rows()).isEmpty();
      assertThat(s.events(EventFilter.all(), 1, 1).rows()).hasSize(1);
    }
  }

  static EventFilter filter(
      LocalDate from, LocalDate to, String actor, String country, String code) {
    return new EventFilter(from, to, actor, country, code, null, null);
  }

  @Test
  void searchRanksHighlightsAndFilters() {
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      s.write(
          List.of(
              x("one", VISIT),
              x("two", "Sudmark visited Norland. Ostria was not mentioned by the visitors."),
              x("three", "Markets in Sudmark rose.")),
          List.of());
      assertThat(s.search(SearchQuery.of("visited Ostria")).total()).isEqualTo(2);
      SearchResult r = s.search(SearchQuery.of("\"visited Ostria\""));
      assertThat(r.total()).isEqualTo(1);
      SearchHit hit = r.hits().get(0);
      assertThat(hit.title()).isEqualTo("Title one");
      assertThat(hit.date()).isEqualTo(DAY);
      assertThat(hit.url()).isEqualTo("https://news.test/one");
      assertThat(hit.snippet().marked("[", "]")).contains("envoy [visited Ostria] on Monday");
      // Stemming: "visit" finds "visited" and "visitors".
      assertThat(s.search(SearchQuery.of("visit")).total()).isEqualTo(2);
      assertThat(s.search(query("Sudmark", null, "NRL", null, null)).total()).isEqualTo(2);
      assertThat(s.search(query("Sudmark", null, null, "OST", null)).total()).isEqualTo(2);
      assertThat(s.search(query("Sudmark", null, null, null, "042")).total()).isEqualTo(2);
      assertThat(s.search(query("markets", DAY.plusDays(1), null, null, null)).total()).isZero();
      assertThat(s.search(query("\"was not mentioned\"", null, null, null, null)).total())
          .isEqualTo(1);
      assertThat(s.search(SearchQuery.of("nothing-like-this")).hits()).isEmpty();
    }
  }

  static SearchQuery query(String text, LocalDate from, String actor, String country, String code) {
    return new SearchQuery(text, from, null, actor, country, code, 10, 0);
  }

  @Test
  void rejectionsAreStoredOnceWithTheirReason() {
    RejectedInput bad =
        new RejectedInput(
            new Rejection("feed.jsonl:3", "invalid JSON: unexpected end"), null, null);
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      assertThat(s.write(List.of(), List.of(bad)).rejected()).isEqualTo(1);
      assertThat(s.write(List.of(), List.of(bad)).rejected()).isZero();
      ResultTable t = s.rejected(10, 0);
      assertThat(t.rows()).hasSize(1);
      assertThat(t.rows().get(0).subList(0, 2))
          .containsExactly("feed.jsonl:3", "invalid JSON: unexpected end");
    }
  }

  @Test
  void openingRepairsAnIndexThatLacksOrHasExtraArticles() throws Exception {
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      s.write(List.of(x("one", VISIT), x("two", "Sudmark visited Norland.")), List.of());
    }
    String one = ContentHash.of(VISIT);
    // As if killed between the DuckDB and the Lucene commit, with a stray entry as well and the
    // batch number of another store.
    try (FSDirectory d = FSDirectory.open(dir.resolve(TextIndex.DIR));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.deleteDocuments(new Term(TextIndex.ID, one));
      Document stray = new Document();
      stray.add(new StringField(TextIndex.ID, "stray", Field.Store.YES));
      stray.add(new TextField(TextIndex.ENTITIES, "stray", Field.Store.NO));
      w.addDocument(stray);
      w.setLiveCommitData(java.util.Map.of("seq", "7").entrySet());
      w.commit();
    }
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      assertThat(s.repair()).isEqualTo(new Store.Repair(1, 1));
      assertThat(s.check().ok()).isTrue();
      assertThat(s.search(SearchQuery.of("Ostria")).hits())
          .extracting(SearchHit::articleId)
          .containsExactly(one);
    }
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      assertThat(s.repair()).isEqualTo(new Store.Repair(0, 0));
    }
  }

  @Test
  void oneWriterOrManyReadersNeverBoth() {
    try (Store w = Store.open(dir, Store.Mode.READ_WRITE)) {
      w.write(List.of(x("one", VISIT)), List.of());
      assertThatThrownBy(() -> Store.open(dir, Store.Mode.READ_WRITE))
          .isInstanceOf(StoreInUseException.class)
          .hasMessageContaining("only one process may write");
      assertThatThrownBy(() -> Store.open(dir, Store.Mode.READ_ONLY))
          .isInstanceOf(StoreInUseException.class)
          .hasMessageContaining("is being written by another process");
      // The refused openings left the writer working.
      assertThat(w.write(List.of(x("two", "Sudmark visited Norland.")), List.of()).stored())
          .isEqualTo(1);
    }
    try (Store r = Store.open(dir, Store.Mode.READ_ONLY)) {
      assertThat(r.stats(3).counts()).containsEntry("articles", 2L);
      assertThatThrownBy(() -> r.write(List.of(x("three", "Ostria visited Norland.")), List.of()))
          .isInstanceOf(StoreException.class)
          .hasMessage("the store is open read-only");
    }
  }

  @Test
  void readingAMissingStoreSaysHowToCreateOne() {
    assertThatThrownBy(() -> Store.open(dir.resolve("none"), Store.Mode.READ_ONLY))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no store in")
        .hasMessageContaining("annalist ingest");
  }

  @Test
  void schemaVersionIsRecordedAndMigrationsSplitIntoStatements() {
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      assertThat(s.stats(1).counts()).containsEntry("articles", 0L);
    }
    try (Store r = Store.open(dir, Store.Mode.READ_ONLY)) {
      ResultTable t = r.sql("SELECT max(version) AS v FROM schema_version", 10);
      assertThat(t.rows().get(0).get(0)).isEqualTo(Schema.latest());
    }
    List<String> statements = Schema.statements(Schema.migrations().get(0));
    assertThat(statements).allMatch(st -> !st.contains("\n;"));
    assertThat(statements.get(0)).contains("CREATE TABLE schema_version");
  }

  @Test
  void anOlderStoreIsMigratedByAWriterAndRefusedByAReader() throws Exception {
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      s.write(List.of(x("one", VISIT)), List.of());
    }
    // Back to version 1, as a store written before the later migrations.
    try (java.sql.Connection c = Store.connect(dir, true);
        java.sql.Statement st = c.createStatement()) {
      for (String t : List.of("stories", "article_links", "article_bands", "article_sketches")) {
        st.execute("DROP TABLE " + t);
      }
      st.execute("DROP VIEW event_feedback");
      st.execute("DROP TABLE feedback");
      st.execute("DROP TABLE spans");
      st.execute("DROP TABLE annotations");
      st.execute("DROP TABLE article_tone");
      st.execute("DROP VIEW event_versions");
      st.execute("DROP TABLE batch_versions");
      st.execute("DROP TABLE gkg");
      st.execute("DROP VIEW event_groups");
      st.execute("DROP VIEW event_identity");
      st.execute("DELETE FROM schema_version WHERE version > 1");
    }
    assertThatThrownBy(() -> Store.open(dir, Store.Mode.READ_ONLY))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 1")
        .hasMessageContaining("open it for writing once");
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      assertThat(s.stats(1).counts()).containsEntry("events", 1L).containsEntry("stories", 1L);
    }
    try (Store r = Store.open(dir, Store.Mode.READ_ONLY)) {
      // The article stored before tones were kept has none until it is recoded.
      assertThat(r.sql("SELECT num_articles, avg_tone FROM event_groups", 5).rows())
          .containsExactly(List.of(1, 0.0));
    }
    // A store from a newer Annalist is refused.
    try (java.sql.Connection c = Store.connect(dir, true);
        java.sql.Statement st = c.createStatement()) {
      st.execute("INSERT INTO schema_version VALUES (99, 'future', now())");
    }
    assertThatThrownBy(() -> Store.open(dir, Store.Mode.READ_WRITE))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("newer than this version of Annalist knows");
  }

  @Test
  void statsCountAndRank() {
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      s.write(
          List.of(x("one", VISIT), x("two", "Sudmark visited Ostria. Norland visited Ostria.")),
          List.of());
      StoreStats st = s.stats(2);
      assertThat(st.counts()).containsEntry("articles", 2L).containsEntry("events", 3L);
      assertThat(st.firstDate()).isEqualTo("2025-06-02");
      assertThat(st.topActors().rows().get(0)).containsExactly("OSTGOV", 3L);
      assertThat(st.topCodes().rows().get(0)).containsExactly("04", 3L);
      assertThat(st.topPlaces().rows().get(0)).containsExactly("Eastwick", "OS", 3L);
    }
  }
}
