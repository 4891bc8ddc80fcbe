package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.annalist.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreExportTest {
  @TempDir Path dir;

  private Store filled() {
    Store s = Store.open(dir.resolve("data"), Store.Mode.READ_WRITE);
    s.write(
        List.of(
            StoreTest.x("one", StoreTest.VISIT),
            Synthetic.extract(
                Synthetic.article(
                    "two",
                    "Sudmark visited the Western Alliance.\tOstria visited Sudmark.",
                    LocalDate.of(2024, 12, 31),
                    null))),
        List.of());
    return s;
  }

  static List<List<String>> rows(Path file) throws Exception {
    return Files.readAllLines(file).stream().map(l -> Arrays.asList(l.split("\t", -1))).toList();
  }

  @Test
  void gdeltEventsHaveSixtyOneCheckedColumns() throws Exception {
    try (Store s = filled()) {
      Export.Result r = s.export(Export.Format.GDELT_EVENTS, EventFilter.all(), dir.resolve("out"));
      assertThat(r.file().getFileName().toString()).isEqualTo("events.export.CSV");
      List<List<String>> rows = rows(r.file());
      assertThat(rows).hasSize(3);
      rows.forEach(GdeltColumns::checkEvent);
      List<String> visit = rows.get(0);
      assertThat(visit.get(1)).isEqualTo("20250602");
      assertThat(visit.subList(5, 15))
          .containsExactly("NRL", "Norland", "NRL", "", "", "", "", "", "", "");
      assertThat(visit.subList(15, 25))
          .containsExactly("OSTGOV", "Ostria", "OST", "", "", "", "", "GOV", "", "");
      assertThat(visit.subList(25, 35))
          .containsExactly("1", "042", "042", "04", "1", "1.9", "2", "1", "1", "0");
      assertThat(visit.subList(51, 59))
          .containsExactly("4", "Eastwick", "OS", "OS01", "", "12", "22.5", "1002");
      assertThat(visit.get(60)).isEqualTo("https://news.test/one");
      List<String> alliance = rows.get(1);
      assertThat(alliance.get(4)).isEqualTo("2024.9973");
      assertThat(alliance.subList(15, 25))
          .containsExactly(
              "IGOWSTWAL", "the Western Alliance", "", "WAL", "", "", "", "IGO", "", "");
      assertThat(alliance.get(51)).as("no place").isEqualTo("0");
      assertThat(alliance.get(60)).as("source name without a URL").isEqualTo("Test Wire");
    }
  }

  @Test
  void gdeltMentionsHaveSixteenCheckedColumns() throws Exception {
    try (Store s = filled()) {
      Export.Result r =
          s.export(Export.Format.GDELT_MENTIONS, EventFilter.all(), dir.resolve("out"));
      List<List<String>> rows = rows(r.file());
      assertThat(rows).hasSize(4);
      rows.forEach(GdeltColumns::checkMention);
      List<String> first = rows.get(0);
      assertThat(first.get(0)).isEqualTo("1");
      assertThat(first.subList(3, 11))
          .containsExactly("1", "Test Wire", "https://news.test/one", "1", "0", "24", "16", "1");
      assertThat(first.get(11)).isEqualTo("80");
      assertThat(rows.get(1).get(6)).as("second sentence").isEqualTo("3");
    }
  }

  @Test
  void gkgHasOneRecordOf27ColumnsPerArticleWithTheFiltersOfEvents() throws Exception {
    try (Store s = filled()) {
      List<List<String>> all =
          rows(s.export(Export.Format.GKG, EventFilter.all(), dir.resolve("out")).file());
      assertThat(all).hasSize(2);
      for (List<String> r : all) {
        assertThat(r).hasSize(27);
        assertThat(r.get(0)).matches("[0-9]{14}-[12]");
        assertThat(r.get(1)).isEqualTo(r.get(0).substring(0, 14));
        assertThat(r.get(2)).isEqualTo("1");
        String[] tone = r.get(15).split(",");
        assertThat(tone).hasSize(7);
        for (String v : tone) {
          assertThat(Double.parseDouble(v)).isBetween(-100.0, 100_000.0);
        }
        assertThat(r.subList(16, 22)).allMatch(String::isEmpty);
      }
      assertThat(all.get(0).subList(3, 5)).containsExactly("Test Wire", "https://news.test/one");
      // Only the articles with a selected event.
      List<List<String>> late =
          rows(
              s.export(
                      Export.Format.GKG,
                      new EventFilter(
                          null, LocalDate.of(2024, 12, 31), null, null, null, null, null),
                      dir.resolve("late"))
                  .file());
      assertThat(late).hasSize(1);
      assertThat(late.get(0).get(4)).isEqualTo("two");
    }
  }

  @Test
  void gkgTextHasNoDelimiters() {
    assertThat(Gkg.clean(" a;b#c,d|e\tf\ng ")).isEqualTo("a b c d e f g");
    assertThat(Gkg.clean(null)).isEmpty();
  }

  @Test
  void anEventReportedByTwoSourcesIsOneGdeltEventWithTheirCounts() throws Exception {
    String twice = "Norland visited Ostria. Norland visited Ostria again.";
    try (Store s = filled()) {
      s.write(
          List.of(
              Synthetic.extract(Synthetic.article("three", twice, StoreTest.DAY, null)),
              Synthetic.extract(
                  new Article(
                      "four",
                      "https://other.test/four",
                      null,
                      "Title four",
                      StoreTest.DAY,
                      Article.DateOrigin.SOURCE,
                      "Norland visited Ostria on Monday.",
                      "text",
                      "test/four"))),
          List.of());
      List<List<String>> events =
          rows(s.export(Export.Format.GDELT_EVENTS, EventFilter.all(), dir.resolve("out")).file());
      assertThat(events).hasSize(3);
      List<String> visit = events.get(0);
      assertThat(visit.get(0)).isEqualTo("1");
      // Mentions: 2 in "one", 2 in "three", 1 in "four"; sources: Test Wire (one, three) and
      // other.test, the host of four's URL (it names no source).
      assertThat(visit.subList(31, 34)).containsExactly("5", "2", "3");
      List<List<String>> mentions =
          rows(
              s.export(Export.Format.GDELT_MENTIONS, EventFilter.all(), dir.resolve("out")).file());
      assertThat(mentions.stream().filter(m -> m.get(0).equals("1")).count()).isEqualTo(5);
      assertThat(mentions).allMatch(m -> !m.get(0).equals("4") && !m.get(0).equals("5"));
    }
  }

  @Test
  void jsonlAndCsvCarryEveryColumnAndFiltersApply() throws Exception {
    try (Store s = filled()) {
      EventFilter ost = new EventFilter(null, null, null, "OST", null, null, null);
      Export.Result j = s.export(Export.Format.JSONL, ost, dir.resolve("out"));
      List<String> lines = Files.readAllLines(j.file());
      assertThat(lines).hasSize(2);
      JsonNode o = new ObjectMapper().readTree(lines.get(0));
      assertThat(o.get("event_code").asText()).isEqualTo("042");
      assertThat(o.get("url").asText()).isEqualTo("https://news.test/one");
      assertThat(o.get("day").asText()).isEqualTo("2025-06-02");
      Export.Result c = s.export(Export.Format.CSV, EventFilter.all(), dir.resolve("out"));
      List<String> csv = Files.readAllLines(c.file());
      assertThat(csv).hasSize(4);
      assertThat(csv.get(0)).startsWith("global_event_id,article_id,event_id,day,");
      assertThat(c.rows()).isEqualTo(3);
      assertThat(dir.resolve("out").resolve("events.csv.part")).doesNotExist();
    }
  }

  @Test
  void parquetHoldsTheRowsAndTypedColumnsOfCsv() throws Exception {
    try (Store s = filled()) {
      EventFilter ost = new EventFilter(null, null, null, "OST", null, null, null);
      Export.Result p = s.export(Export.Format.PARQUET, ost, dir.resolve("out"));
      assertThat(p.file().getFileName().toString()).isEqualTo("events.parquet");
      assertThat(p.rows()).isEqualTo(2);
      Export.Result c = s.export(Export.Format.CSV, ost, dir.resolve("out"));
      List<String> csv = Files.readAllLines(c.file());
      try (java.sql.Connection mem = java.sql.DriverManager.getConnection("jdbc:duckdb:");
          java.sql.Statement st = mem.createStatement()) {
        String from = "read_parquet('" + p.file().toAbsolutePath() + "')";
        List<String> names = new java.util.ArrayList<>();
        List<String> types = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + from)) {
          while (rs.next()) {
            names.add(rs.getString("column_name"));
            types.add(rs.getString("column_type"));
          }
        }
        assertThat(String.join(",", names)).isEqualTo(csv.get(0));
        assertThat(types.get(names.indexOf("global_event_id"))).isEqualTo("BIGINT");
        assertThat(types.get(names.indexOf("day"))).isEqualTo("DATE");
        assertThat(types.get(names.indexOf("goldstein_scale"))).isEqualTo("DOUBLE");
        assertThat(types.get(names.indexOf("is_root_event"))).isEqualTo("BOOLEAN");
        List<String> lines = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs =
            st.executeQuery(
                "SELECT global_event_id, day, event_code, actor2_code, url FROM "
                    + from
                    + " ORDER BY global_event_id")) {
          while (rs.next()) {
            lines.add(
                rs.getLong(1)
                    + " "
                    + rs.getString(2)
                    + " "
                    + rs.getString(3)
                    + " "
                    + rs.getString(4)
                    + " "
                    + rs.getString(5));
          }
        }
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("1 2025-06-02 042 OSTGOV https://news.test/one");
      }
      assertThat(dir.resolve("out").resolve("events.parquet.part")).doesNotExist();
    }
  }
}
