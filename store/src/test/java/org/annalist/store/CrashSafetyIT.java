package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingests killed with SIGKILL at random moments, then run again, end with every article stored
 * exactly once, no article half-written, DuckDB and Lucene holding the same articles. The ingest
 * runs in a child JVM with the {@link Synthetic} processor (the pipeline's CoreNLP models take
 * seconds to load, which would only move the kill points away from the store).
 */
class CrashSafetyIT {
  static final int ARTICLES = 150;
  static final int KILLS = 24;
  static final String[] PARTIES = {"Norland", "Sudmark", "Ostria", "the Western Alliance"};

  @TempDir static Path dir;
  static Path input;
  static Set<String> expected = new HashSet<>();

  @BeforeAll
  static void writeArticles() throws IOException {
    input = Files.createDirectories(dir.resolve("in"));
    Random random = new Random(7);
    for (int i = 0; i < ARTICLES; i++) {
      StringBuilder text = new StringBuilder();
      int sentences = 2 + random.nextInt(6);
      for (int s = 0; s < sentences; s++) {
        String a = PARTIES[random.nextInt(PARTIES.length)];
        String b = PARTIES[random.nextInt(PARTIES.length)];
        text.append(a).append(" visited ").append(b).append(" on day ").append(i).append('.');
        text.append(s % 3 == 2 ? "\n\n" : " ");
      }
      String body = text.toString().strip();
      Files.writeString(
          input.resolve(String.format("a%03d.txt", i)),
          "date 2025-01-0" + (1 + i % 9) + "\n" + body + "\n");
      expected.add(ContentHash.of(body + "\n"));
    }
    // A copy of an article (stored once), a rejected one and an unreadable one.
    Files.copy(input.resolve("a000.txt"), input.resolve("copy.txt"));
    Files.writeString(input.resolve("fr.txt"), "date 2025-01-01\nLe ministre est venu.\n");
    Files.write(input.resolve("bad.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9});
  }

  static Process start(Path data, int batch, long delayMs) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // A killed child cannot delete the copy of DuckDB's native library it extracted (69 MB):
    // it extracts into the test's own directory, which is removed with it.
    Path tmp = Files.createDirectories(dir.resolve("child-tmp"));
    return new ProcessBuilder(
            java,
            "-Xmx512m",
            "-Djava.io.tmpdir=" + tmp,
            "-cp",
            System.getProperty("java.class.path"),
            IngestChild.class.getName(),
            data.toString(),
            input.toString(),
            Integer.toString(batch),
            Long.toString(delayMs))
        .redirectErrorStream(true)
        .start();
  }

  /** Waits for the child to say it holds the store, and returns its output reader. */
  static BufferedReader awaitOpen(Process p) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertThat(line).as("child output").isEqualTo("open");
    return out;
  }

  @Test
  void killedIngestsLeaveEveryArticleOnceAndBothPartsAgreeing() throws Exception {
    Path data = dir.resolve("data");
    // How long a whole run takes, to spread the kill points over it.
    long t0 = System.nanoTime();
    Process probe = start(dir.resolve("probe"), 3, 2);
    assertThat(probe.waitFor(120, TimeUnit.SECONDS)).isTrue();
    long runMillis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(probe.exitValue()).isZero();
    Random random = new Random(11);
    List<Long> stored = new ArrayList<>();
    for (int k = 0; k < KILLS; k++) {
      Process p = start(data, 1 + random.nextInt(4), 2);
      long wait = (long) (random.nextDouble() * runMillis * 0.8);
      boolean finished = p.waitFor(wait, TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroyForcibly();
      }
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      try (Store s = Store.open(data, Store.Mode.READ_WRITE)) {
        Store.Consistency c = s.check();
        assertThat(c.incomplete()).as("half-written articles after kill %d", k).isZero();
        assertThat(c.indexed()).as("Lucene after kill %d", k).isEqualTo(c.articles());
        assertThat(expected).containsAll(c.articles());
        stored.add((long) c.articles().size());
      }
    }
    // Later runs went on where earlier ones stopped.
    assertThat(stored.get(stored.size() - 1)).isGreaterThan(stored.get(0));
    Process last = start(data, 4, 0);
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).isZero();
    try (Store s = Store.open(data, Store.Mode.READ_WRITE)) {
      Store.Consistency c = s.check();
      assertThat(c.ok()).isTrue();
      assertThat(c.articles()).isEqualTo(expected);
      assertThat(s.stats(1).counts()).containsEntry("articles", (long) ARTICLES);
      assertThat(s.rejected(10, 0).rows())
          .extracting(r -> (String) r.get(1))
          .containsExactlyInAnyOrder("not English: detected fr", "invalid UTF-8 at byte 3");
      SearchResult hits = s.search(SearchQuery.of("\"day 17\""));
      assertThat(hits.total()).isEqualTo(1);
    }
  }

  @Test
  void aSecondWriterProcessIsRefusedWhileTheFirstWrites() throws Exception {
    Path data = dir.resolve("busy");
    Process p = start(data, 1, 200);
    try {
      awaitOpen(p);
      assertThatThrownBy(() -> Store.open(data, Store.Mode.READ_WRITE))
          .isInstanceOf(StoreInUseException.class)
          .hasMessageContaining("process " + p.pid());
      assertThatThrownBy(() -> Store.open(data, Store.Mode.READ_ONLY))
          .isInstanceOf(StoreInUseException.class);
    } finally {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
    try (Store s = Store.open(data, Store.Mode.READ_WRITE)) {
      assertThat(s.check().ok()).isTrue();
    }
  }
}
