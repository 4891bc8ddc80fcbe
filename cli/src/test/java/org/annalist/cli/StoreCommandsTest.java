package org.annalist.cli;

import static org.annalist.cli.ExtractCommandTest.assertUsageError;
import static org.annalist.cli.ExtractCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.cli.ExtractCommandTest.Run;
import org.annalist.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store commands without the NLP pipeline: ingest of inputs that are all rejected (the pipeline
 * is loaded only for a readable article), queries on an empty store, refusals and usage errors.
 */
class StoreCommandsTest {
  @TempDir Path dir;

  private String data() {
    return dir.resolve("data").toString();
  }

  @Test
  void ingestStoresRejectionsOnceAndListsThem() throws IOException {
    Path bad = Files.write(dir.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9});
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{not json\n");
    Run r = run("ingest", bad.toString(), feed.toString(), "--data", data());
    assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.errLines())
        .contains("annalist: " + bad + ": invalid UTF-8 at byte 3")
        .anyMatch(l -> l.startsWith("annalist: " + feed + ":1: invalid JSON"))
        .anyMatch(l -> l.startsWith("annalist: 2 read: 0 stored (0 events), 0 already stored,"));
    run("ingest", bad.toString(), feed.toString(), "--data", data());
    Run listed = run("rejected", "--data", data(), "--format", "csv");
    assertThat(listed.code()).isZero();
    assertThat(listed.out().lines()).hasSize(3);
    assertThat(listed.out()).contains(bad + ",invalid UTF-8 at byte 3");
  }

  @Test
  void queriesOnAnEmptyStoreAnswerEmpty() {
    run("ingest", dir.resolve("missing.txt").toString(), "--data", data());
    assertThat(run("events", "--data", data()).out()).contains("(0 rows)");
    assertThat(run("search", "--data", data(), "anything").out()).contains("No article matches.");
    assertThat(run("stats", "--data", data()).out()).contains("articles  0", "dates     none");
    Run sql =
        run("sql", "--data", data(), "SELECT count(*) AS n FROM rejected", "--format", "json");
    assertThat(sql.out()).contains("\"n\" : 1");
  }

  @Test
  void benchmarksRunOnAStore() {
    run("ingest", dir.resolve("missing.txt").toString(), "--data", data());
    Run sql = run("bench", "sql", "--data", data(), "--rounds", "2");
    assertThat(sql.code()).isZero();
    assertThat(sql.out().lines().reduce((a, b) -> b).orElseThrow()).startsWith("sql_median_ms=");
    Run search = run("bench", "search", "--data", data());
    assertThat(search.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(search.err()).isEqualTo("annalist: the store has no names to search for\n");
  }

  @Test
  void recodingAStoreWithoutArticlesDoesNothing() {
    run("ingest", dir.resolve("missing.txt").toString(), "--data", data());
    Run r = run("recode", "--data", data());
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .startsWith("annalist: recoded 0 articles in ")
        .contains("0 events before, 0 after");
  }

  @Test
  void aMissingStoreIsOneLine() {
    Run r = run("events", "--data", data());
    assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("annalist: no store in ");
  }

  @Test
  void refusedSqlIsOneLine() {
    run("ingest", dir.resolve("missing.txt").toString(), "--data", data());
    for (String sql :
        new String[] {
          "DELETE FROM articles",
          "COPY articles TO 'x.csv'",
          "SELECT * FROM read_csv('/etc/passwd')",
          "ATTACH 'x.db'",
          "SELECT nonsense FROM"
        }) {
      Run r = run("sql", "--data", data(), sql);
      assertThat(r.code()).as(sql).isEqualTo(ExitCodes.FAILED);
      assertThat(r.errLines()).as(sql).hasSize(1);
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void aSecondWriterGetsOneLineAndTheStoreStaysWhole() throws IOException {
    Path bad = Files.write(dir.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9});
    try (Store writer = Store.open(dir.resolve("data"), Store.Mode.READ_WRITE)) {
      Run r = run("ingest", bad.toString(), "--data", data());
      assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
      assertThat(r.errLines()).hasSize(1);
      assertThat(r.err()).contains("is in use by another process", "only one process may write");
      Run q = run("stats", "--data", data());
      assertThat(q.err()).contains("is being written by another process");
      assertThat(writer.check().ok()).isTrue();
    }
    assertThat(run("stats", "--data", data()).out()).contains("articles  0");
  }

  @Test
  void usageErrors() {
    assertUsageError(
        run("export", "--format", "xml", "--out", dir.toString()), "annalist export", "xml");
    assertUsageError(run("events", "--code", "ab"), "annalist events", "--code");
    assertUsageError(run("events", "--modality", "maybe"), "annalist events", "maybe");
    assertUsageError(
        run("events", "--from", "2024-05-02", "--to", "2024-05-01"), "annalist events", "after");
    assertUsageError(run("search", "--limit", "0", "x"), "annalist search", "--limit");
    assertUsageError(run("events", "--format", "xml"), "annalist events", "xml");
    assertUsageError(run("ingest", "x", "--threads", "0"), "annalist ingest", "--threads");
  }
}
