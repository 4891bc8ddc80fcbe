package org.annalist.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.read.ArticleSources;
import org.annalist.pipeline.read.ReadOptions;
import org.annalist.store.Ingestion;
import org.annalist.store.Store;
import org.apache.spark.sql.SparkSession;

/**
 * Times the Spark job in local[1] and local[2] against the embedded ingest with two threads, on the
 * same JSON Lines file in this one JVM, in alternating rounds: articles per second of each, and
 * local[2] against local[1]. The pipeline is loaded before the first round, so no run pays for it.
 * Usage: {@code SparkBench FILE [ROUNDS]}.
 */
public final class SparkBench {
  private SparkBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: SparkBench FILE.jsonl [ROUNDS]");
      System.exit(2);
    }
    String input = Path.of(args[0]).toAbsolutePath().toString();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    ExecutorPipeline.extractor(); // load once: every run below shares it
    List<double[]> rates = new ArrayList<>();
    long articles = 0;
    for (int r = 0; r < rounds; r++) {
      double[] round = new double[3];
      for (int k = 0; k < 3; k++) {
        Path out = Files.createTempDirectory("annalist-spark-bench");
        try {
          long t = System.nanoTime();
          long n =
              switch (k) {
                case 0 -> spark(input, out, 1);
                case 1 -> spark(input, out, 2);
                default -> embedded(input, out);
              };
          double secs = (System.nanoTime() - t) / 1e9;
          articles = n;
          round[k] = n / secs;
          System.out.printf(
              Locale.ROOT,
              "round %d %-22s %d articles in %6.1f s: %6.2f articles/s%n",
              r + 1,
              List.of("spark local[1]", "spark local[2]", "embedded ingest, 2 threads").get(k),
              n,
              secs,
              round[k]);
        } finally {
          delete(out);
        }
      }
      rates.add(round);
    }
    double[] best = new double[3];
    for (double[] round : rates) {
      for (int k = 0; k < 3; k++) {
        best[k] = Math.max(best[k], round[k]);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d articles; best of %d rounds: local[1] %.2f, local[2] %.2f, embedded %.2f articles/s;"
            + " local[2]/local[1] %.2fx, local[2]/embedded %.2fx%n",
        articles,
        rounds,
        best[0],
        best[1],
        best[2],
        best[1] / best[0],
        best[1] / best[2]);
    System.out.printf(
        Locale.ROOT,
        "spark_local2_articles_per_s=%.2f spark_scaling=%.2f%n",
        best[1],
        best[1] / best[0]);
  }

  private static long spark(String input, Path out, int cores) {
    SparkSession spark =
        SparkSession.builder()
            .master("local[" + cores + "]")
            .appName("annalist-bench")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", Integer.toString(cores * 2))
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    try {
      return SparkIngest.run(
              spark, new SparkIngest.Options(input, "jsonl", out.toString(), cores * 2))
          .stored();
    } finally {
      spark.stop();
    }
  }

  private static long embedded(String input, Path out) {
    Extractor x = ExecutorPipeline.extractor();
    try (Store store = Store.open(out.resolve("store"), Store.Mode.READ_WRITE)) {
      return new Ingestion(
              store,
              () -> x::extract,
              2,
              32,
              Duration.ofSeconds(2),
              Integer.MAX_VALUE,
              new Ingestion.Listener() {})
          .run(new ArticleSources(ReadOptions.defaults()), List.of(input))
          .stored();
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
