package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.cli.ExtractCommandTest.Run;
import org.annalist.server.QueryRelay;
import org.annalist.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest with CoreNLP, then every query command on the store it made. */
class IngestCommandIT {
  private static final String VISIT =
      "date 2024-05-07\nFrench Foreign Minister Stephane Sejourne visited Kyiv on Tuesday and met"
          + " Ukrainian President Volodymyr Zelensky. Zelensky thanked France for its help.\n";

  private static final String TALKS =
      "{\"id\": \"t1\", \"url\": \"https://news.example/talks\", \"title\": \"Talks in Ankara\","
          + " \"date\": \"2024-05-08\", \"text\": \"Turkish President Recep Tayyip Erdogan met"
          + " Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara on Wednesday.\"}\n";

  private static final String GERMAN =
      "Die Bundesregierung hat am Mittwoch neue Hilfen für die Landwirtschaft beschlossen. Der"
          + " Minister sagte, die Maßnahmen sollten noch in diesem Jahr in Kraft treten. Die"
          + " Opposition kritisierte den Plan als unzureichend und forderte Nachbesserungen.\n";

  @TempDir Path dir;

  @Test
  void ingestThenQueryExportAndIngestAgain() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("visit.txt"), VISIT);
    Files.writeString(in.resolve("visit-copy.txt"), VISIT);
    Files.writeString(in.resolve("feed.jsonl"), TALKS);
    Files.writeString(in.resolve("landwirtschaft.txt"), GERMAN);
    String data = dir.resolve("data").toString();

    Run first = ExtractCommandTest.run("ingest", in.toString(), "--data", data, "--threads", "2");
    assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.SOME_REJECTED);
    assertThat(first.errLines())
        .anyMatch(
            l -> l.startsWith("annalist: " + in.resolve("landwirtschaft.txt") + ": not English"))
        .anyMatch(
            l ->
                l.matches(
                    "annalist: 4 read: 2 stored \\(\\d+ events\\), 1 already stored,"
                        + " 1 rejected in .*"));

    Run again = ExtractCommandTest.run("ingest", in.toString(), "--data", data);
    assertThat(again.errLines())
        .anyMatch(l -> l.startsWith("annalist: 4 read: 0 stored (0 events), 3 already stored,"));

    Run events =
        ExtractCommandTest.run("events", "--data", data, "--actor", "FRA", "--format", "json");
    JsonNode rows = new ObjectMapper().readTree(events.out());
    assertThat(rows).isNotEmpty();
    assertThat(rows.get(0).get("day").asText()).isEqualTo("2024-05-07");

    Run search = ExtractCommandTest.run("search", "--data", data, "Ankara", "--json");
    JsonNode hits = new ObjectMapper().readTree(search.out());
    assertThat(hits.get("total").asInt()).isEqualTo(1);
    assertThat(hits.get("hits").get(0).get("url").asText()).isEqualTo("https://news.example/talks");

    Run rejected = ExtractCommandTest.run("rejected", "--data", data);
    assertThat(rejected.out()).contains("landwirtschaft.txt", "not English");

    Run stats = ExtractCommandTest.run("stats", "--data", data);
    assertThat(stats.out())
        .contains("articles  2", "stories   2", "dates     2024-05-07 to 2024-05-08");

    Path out = dir.resolve("out");
    Run export =
        ExtractCommandTest.run(
            "export", "--data", data, "--format", "gdelt-events", "--out", out.toString());
    assertThat(export.code()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("events.export.CSV"));
    assertThat(lines).isNotEmpty().allMatch(l -> l.split("\t", -1).length == 61);

    Run sql = ExtractCommandTest.run("sql", "--data", data, "SELECT count(*) AS n FROM articles");
    assertThat(sql.out()).contains("n", "2");

    queriesDuringAWriteGoThroughTheWritingProcess(data, out);
  }

  /**
   * While a process writes the store, the reading commands give what they give on the idle store,
   * answered by the writer's relay; without a relay they say the store is being written.
   */
  private void queriesDuringAWriteGoThroughTheWritingProcess(String data, Path out)
      throws Exception {
    List<List<String>> queries =
        List.of(
            List.of("search", "--data", data, "Kyiv OR Ankara"),
            List.of("search", "--data", data, "Ankara", "--json"),
            List.of("events", "--data", data),
            List.of("events", "--data", data, "--actor", "FRA", "--format", "json"),
            List.of("events", "--data", data, "--format", "csv", "--limit", "3", "--offset", "1"),
            List.of("sql", "--data", data, "SELECT article_id, focus, pub_date FROM articles"),
            List.of("stats", "--data", data),
            List.of("rejected", "--data", data, "--format", "json"));
    List<Run> idle =
        queries.stream().map(q -> ExtractCommandTest.run(q.toArray(String[]::new))).toList();
    Path dirPath = Path.of(data);
    try (Store writer = Store.open(dirPath, Store.Mode.READ_WRITE)) {
      Run blocked = ExtractCommandTest.run("stats", "--data", data);
      assertThat(blocked.code()).isEqualTo(ExitCodes.FAILED);
      assertThat(blocked.err()).contains("is being written by another process");
      try (QueryRelay relay = QueryRelay.start(writer)) {
        assertThat(dirPath.resolve("relay.json")).exists();
        assertThat(relay.port()).isPositive();
        for (int i = 0; i < queries.size(); i++) {
          Run relayed = ExtractCommandTest.run(queries.get(i).toArray(String[]::new));
          assertThat(relayed.code()).as(relayed.err()).isEqualTo(idle.get(i).code()).isZero();
          assertThat(relayed.out())
              .as(String.join(" ", queries.get(i)))
              .isEqualTo(idle.get(i).out());
        }
        Run delete = ExtractCommandTest.run("sql", "--data", data, "DELETE FROM articles");
        assertThat(delete.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(delete.err()).contains("only queries that read are allowed");
        Run file =
            ExtractCommandTest.run("sql", "--data", data, "SELECT * FROM read_csv('/etc/passwd')");
        assertThat(file.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(file.err()).contains("file system operations are disabled");
        Run copy =
            ExtractCommandTest.run(
                "export",
                "--data",
                data,
                "--format",
                "gdelt-events",
                "--out",
                out.resolve("relayed").toString());
        assertThat(copy.code()).as(copy.err()).isZero();
        assertThat(out.resolve("relayed").resolve("events.export.CSV"))
            .hasSameTextualContentAs(out.resolve("events.export.CSV"));
      }
      assertThat(dirPath.resolve("relay.json")).doesNotExist();
    }
    Run count = ExtractCommandTest.run("sql", "--data", data, "SELECT count(*) AS n FROM articles");
    assertThat(count.out()).contains("2");
  }
}
