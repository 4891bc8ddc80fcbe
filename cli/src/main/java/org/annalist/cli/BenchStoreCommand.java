package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.annalist.model.Article;
import org.annalist.model.Extraction;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.RejectedArticleException;
import org.annalist.pipeline.nlp.NlpConfig;
import org.annalist.store.ResultTable;
import org.annalist.store.SearchQuery;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The store's benchmarks: {@code bench ingest}, {@code bench search}, {@code bench sql}. */
final class BenchStoreCommand {
  private BenchStoreCommand() {}

  /** Milliseconds of a list of nanosecond timings at quantile {@code q}. */
  static double quantileMillis(long[] nanos, double q) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
    return sorted[i] / 1e6;
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code annalist bench ingest FILE...}: extraction and the store's writing timed apart, then the
   * store's repair of a lost full-text index.
   */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Extracts the articles once (timed), writes the extractions into a new temporary store in"
            + " batches (timed: DuckDB and Lucene commits), then reopens it after deleting its"
            + " full-text index (timed: re-indexing from the tables).",
        "Last line: store_articles_per_second=N."
      })
  static final class Ingest implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to ingest.")
    List<String> inputs;

    @Mixin InputOptions input = new InputOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default 1).")
    int threads = 1;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per batch (default 16).")
    int batch = 16;

    @Override
    public Integer call() throws Exception {
      Paging.check(spec, batch, 0);
      Paging.check(spec, threads, 0);
      input.validate(spec);
      PrintWriter out = spec.commandLine().getOut();
      List<Article> articles = BenchCommand.articles(inputs, input);
      if (articles.isEmpty()) {
        spec.commandLine().getErr().println("annalist: no articles found in the inputs");
        return ExitCodes.FAILED;
      }
      PipelineResources resources = PipelineResources.load(NlpConfig.defaults());
      out.printf(Locale.ROOT, "pipeline load        %8.1f s%n", resources.loadTimeMillis() / 1e3);
      Extractor extractor = resources.extractor();
      long t0 = System.nanoTime();
      List<Extraction> extractions = extract(extractor, articles);
      double extractSecs = (System.nanoTime() - t0) / 1e9;
      out.printf(
          Locale.ROOT,
          "extraction           %8.1f s  %d articles, %.1f ms/article, %d threads%n",
          extractSecs,
          extractions.size(),
          extractSecs * 1000 / Math.max(1, extractions.size()),
          threads);
      Path dir = Files.createTempDirectory("annalist-bench-store");
      try {
        long[] batches;
        long t1 = System.nanoTime();
        try (Store store = Store.open(dir, Store.Mode.READ_WRITE)) {
          List<Long> times = new ArrayList<>();
          for (int from = 0; from < extractions.size(); from += batch) {
            long b = System.nanoTime();
            store.write(
                extractions.subList(from, Math.min(extractions.size(), from + batch)), List.of());
            times.add(System.nanoTime() - b);
          }
          batches = times.stream().mapToLong(Long::longValue).toArray();
        }
        double storeSecs = (System.nanoTime() - t1) / 1e9;
        double perSecond = extractions.size() / storeSecs;
        out.printf(
            Locale.ROOT,
            "store writes         %8.1f s  %.1f ms/article; batch of %d: median %.1f ms,"
                + " p95 %.1f ms%n",
            storeSecs,
            storeSecs * 1000 / extractions.size(),
            batch,
            quantileMillis(batches, 0.5),
            quantileMillis(batches, 0.95));
        deleteTree(dir.resolve("lucene"));
        long t2 = System.nanoTime();
        try (Store store = Store.open(dir, Store.Mode.READ_WRITE)) {
          out.printf(
              Locale.ROOT,
              "re-index on open     %8.1f s  %d articles%n",
              (System.nanoTime() - t2) / 1e9,
              store.repair().reindexed());
        }
        out.printf(Locale.ROOT, "store_articles_per_second=%.1f%n", perSecond);
      } finally {
        deleteTree(dir);
      }
      return ExitCodes.OK;
    }

    private List<Extraction> extract(Extractor extractor, List<Article> articles) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Extraction>> futures = new ArrayList<>();
        for (Article a : articles) {
          futures.add(
              pool.submit(
                  () -> {
                    try {
                      return extractor.extract(a);
                    } catch (RejectedArticleException e) {
                      return null;
                    }
                  }));
        }
        List<Extraction> out = new ArrayList<>();
        for (Future<Extraction> f : futures) {
          Extraction x = f.get();
          if (x != null) {
            out.add(x);
          }
        }
        return out;
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** {@code annalist bench search}: latency of searches for the store's own frequent names. */
  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = {
        "Searches a store for its most frequent actor and place names, alone, in pairs and with"
            + " filters, each query several times: median, p95 and largest latency.",
        "Last line: search_p50_ms=N."
      })
  static final class Search implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin DataOptions data = new DataOptions();

    @Option(names = "--rounds", paramLabel = "N", description = "Runs per query (default 5).")
    int rounds = 5;

    @Override
    public Integer call() {
      Paging.check(spec, rounds, 0);
      PrintWriter out = spec.commandLine().getOut();
      try (Store store = data.read()) {
        ResultTable names =
            store.sql(
                "SELECT name FROM (SELECT name FROM actors UNION ALL SELECT name FROM places)"
                    + " GROUP BY name ORDER BY count(*) DESC, name LIMIT 20",
                20);
        List<SearchQuery> queries = new ArrayList<>();
        List<String> words = names.rows().stream().map(r -> (String) r.get(0)).toList();
        for (int i = 0; i < words.size(); i++) {
          queries.add(SearchQuery.of(words.get(i)));
          if (i + 1 < words.size()) {
            queries.add(SearchQuery.of(words.get(i) + " " + words.get(i + 1)));
          }
          queries.add(new SearchQuery(words.get(i), null, null, null, null, "0", 10, 0));
        }
        if (queries.isEmpty()) {
          spec.commandLine().getErr().println("annalist: the store has no names to search for");
          return ExitCodes.FAILED;
        }
        long[] nanos = new long[queries.size() * rounds];
        long hits = 0;
        int k = 0;
        for (int r = 0; r < rounds; r++) {
          for (SearchQuery q : queries) {
            long t = System.nanoTime();
            hits += store.search(q).total();
            nanos[k++] = System.nanoTime() - t;
          }
        }
        out.printf(
            Locale.ROOT,
            "%d queries x %d rounds, %.1f hits per query: median %.2f ms, p95 %.2f ms, max %.2f"
                + " ms%n",
            queries.size(),
            rounds,
            hits / (double) nanos.length,
            quantileMillis(nanos, 0.5),
            quantileMillis(nanos, 0.95),
            quantileMillis(nanos, 1.0));
        out.printf(Locale.ROOT, "search_p50_ms=%.2f%n", quantileMillis(nanos, 0.5));
      }
      return ExitCodes.OK;
    }
  }

  /** {@code annalist bench sql}: latency of typical aggregate queries. */
  @Command(
      name = "sql",
      mixinStandardHelpOptions = true,
      description = {
        "Runs typical queries over a store (counts by root code and by day, top actors, a join of"
            + " events with mentions and articles) several times: the median latency of each.",
        "Last line: sql_median_ms=N (the median over all)."
      })
  static final class Sql implements Callable<Integer> {
    static final List<String> QUERIES =
        List.of(
            "SELECT event_root_code, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC",
            "SELECT day, count(*) FROM events GROUP BY 1 ORDER BY 1",
            "SELECT day, event_root_code, count(*) FROM events GROUP BY 1, 2 ORDER BY 1, 2",
            "SELECT actor1_code, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC LIMIT 20",
            "SELECT a.source, count(DISTINCT e.global_event_id), count(*) FROM events e"
                + " JOIN mentions m USING (global_event_id) JOIN articles a"
                + " ON a.article_id = e.article_id GROUP BY 1 ORDER BY 2 DESC LIMIT 20",
            "SELECT action_geo_country_code, avg(goldstein_scale) FROM events"
                + " WHERE modality = 'asserted' GROUP BY 1 ORDER BY 2");

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin DataOptions data = new DataOptions();

    @Option(names = "--rounds", paramLabel = "N", description = "Runs per query (default 5).")
    int rounds = 5;

    @Option(
        names = "--scale-to",
        paramLabel = "N",
        description =
            "Time the queries on a temporary copy of the store whose events are replicated (ids"
                + " and days shifted over a year) to at least N events; the store is not changed.")
    long scaleTo;

    @Override
    public Integer call() throws java.io.IOException {
      Paging.check(spec, rounds, 0);
      if (scaleTo < 0) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--scale-to must not be negative");
      }
      PrintWriter out = spec.commandLine().getOut();
      java.nio.file.Path copy = null;
      if (scaleTo > 0) {
        copy = java.nio.file.Files.createTempDirectory("annalist-bench-sql");
        long t = System.nanoTime();
        long n = Store.scaledCopy(data.data, copy, scaleTo);
        out.printf(
            Locale.ROOT, "scaled copy: %,d events in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
      }
      try {
        return time(copy == null ? data.read() : Store.open(copy, Store.Mode.READ_ONLY), out);
      } finally {
        if (copy != null) {
          try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.walk(copy)) {
            for (java.nio.file.Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
              java.nio.file.Files.deleteIfExists(p);
            }
          }
        }
      }
    }

    private int time(Store opened, PrintWriter out) {
      List<Long> all = new ArrayList<>();
      try (Store store = opened) {
        out.printf("store: %,d events%n", store.stats(1).counts().get("events"));
        for (String q : QUERIES) {
          long[] nanos = new long[rounds];
          for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            store.sql(q, 100_000);
            nanos[r] = System.nanoTime() - t;
            all.add(nanos[r]);
          }
          out.printf(
              Locale.ROOT,
              "%8.2f ms  %s%n",
              quantileMillis(nanos, 0.5),
              q.length() > 90 ? q.substring(0, 89) + "…" : q);
        }
      }
      long[] nanos = all.stream().mapToLong(Long::longValue).toArray();
      out.printf(Locale.ROOT, "sql_median_ms=%.2f%n", quantileMillis(nanos, 0.5));
      return ExitCodes.OK;
    }
  }
}
