package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.annalist.model.Article;
import org.annalist.model.Extraction;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.RejectedArticleException;
import org.annalist.pipeline.nlp.CoreNlpAnnotator;
import org.annalist.pipeline.nlp.NlpConfig;
import org.annalist.pipeline.read.ArticleSources;
import org.annalist.store.Ingestion;
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
   * {@code annalist bench ingest FILE...}: the real ingest into a new temporary store, timed per
   * stage, then plain CoreNLP and extraction alone on a sample of the same articles, side by side.
   */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Ingests the articles into a new temporary store as annalist ingest does (worker threads"
            + " extracting, batches written in order): articles and tokens per second, the time"
            + " per article in each stage, the time spent writing to DuckDB and Lucene, and the"
            + " process's peak RSS. Stage times are summed over the worker threads. Then reopens"
            + " the store after deleting its full-text index (timed re-indexing). Then, on every K-th article, times plain CoreNLP (the same"
            + " annotators, every sentence parsed) against extraction alone, with the same"
            + " threads, alternately.",
        "Last line: ingest_articles_per_second=N."
      })
  static final class Ingest implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to ingest.")
    List<String> inputs;

    @Mixin InputOptions input = new InputOptions();

    @Mixin CodingOptions coding = new CodingOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default 2).")
    int threads = 2;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per batch (default 16).")
    int batch = 16;

    @Option(
        names = "--plain-every",
        paramLabel = "K",
        description =
            "Compare with plain CoreNLP on every K-th article (default 10; 1 for all, 0 for none).")
    int plainEvery = 10;

    @Override
    public Integer call() throws Exception {
      Paging.check(spec, batch, 0);
      Paging.check(spec, threads, 0);
      if (plainEvery < 0) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--plain-every must be 0 or more");
      }
      input.validate(spec);
      PrintWriter out = spec.commandLine().getOut();
      PipelineResources resources = PipelineResources.load(NlpConfig.defaults());
      out.printf(Locale.ROOT, "pipeline load        %8.1f s%n", resources.loadTimeMillis() / 1e3);
      Extractor extractor = coding.extractor(resources);
      LongAdder tokens = new LongAdder();
      Ingestion.Processor processor =
          a -> {
            Extraction x = extractor.extract(a);
            tokens.add(tokenCount(x));
            return x;
          };
      Path dir = Files.createTempDirectory("annalist-bench-store");
      try {
        Ingestion.Progress p;
        CoreNlpAnnotator.Work work;
        try (Store store = Store.open(dir, Store.Mode.READ_WRITE)) {
          p =
              new Ingestion(
                      store,
                      () -> processor,
                      threads,
                      batch,
                      Duration.ofSeconds(2),
                      input.limit,
                      new Ingestion.Listener() {})
                  .run(new ArticleSources(input.readOptions()), inputs);
          work = resources.annotator().work();
        }
        if (p.stored() == 0) {
          spec.commandLine().getErr().println("annalist: no articles stored from the inputs");
          return ExitCodes.FAILED;
        }
        double secs = p.elapsedNanos() / 1e9;
        long n = p.stored();
        out.printf(
            Locale.ROOT,
            "ingest               %8.1f s  %d stored, %d rejected, %d events; %.1f articles/s,"
                + " %.0f tokens/s, %d threads%n",
            secs,
            n,
            p.rejected(),
            p.events(),
            n / secs,
            tokens.sum() / secs,
            threads);
        out.printf(
            Locale.ROOT,
            "sentences parsed     %d of %d (%.3f)%n",
            work.parsedSentences(),
            work.sentences(),
            work.parsedSentences() / (double) Math.max(1, work.sentences()));
        StringBuilder stages = new StringBuilder("ms/article by stage:");
        Map<Extractor.Stage, Long> nanos = extractor.stageNanos();
        for (Extractor.Stage st : Extractor.Stage.values()) {
          stages.append(
              String.format(
                  Locale.ROOT,
                  " %s %.1f",
                  st.name().toLowerCase(Locale.ROOT),
                  nanos.get(st) / 1e6 / n));
          if (st == Extractor.Stage.NLP) {
            stages.append(
                String.format(
                    Locale.ROOT,
                    " (tag %.1f, parse %.1f, dates %.1f)",
                    work.tagNanos() / 1e6 / n,
                    work.parseNanos() / 1e6 / n,
                    work.dateNanos() / 1e6 / n));
          }
        }
        out.println(stages);
        out.printf(
            Locale.ROOT,
            "store writes         %8.1f s  %.1f ms/article, %.1f%% of the ingest's wall time%n",
            p.writeNanos() / 1e9,
            p.writeNanos() / 1e6 / n,
            100.0 * p.writeNanos() / p.elapsedNanos());
        out.printf(
            Locale.ROOT,
            "peak RSS (ingest)    %8.0f MB%n",
            BenchCommand.Extract.peakRssKb() / 1024.0);
        deleteTree(dir.resolve("lucene"));
        long t2 = System.nanoTime();
        try (Store store = Store.open(dir, Store.Mode.READ_WRITE)) {
          out.printf(
              Locale.ROOT,
              "re-index on open     %8.1f s  %d articles%n",
              (System.nanoTime() - t2) / 1e9,
              store.repair().reindexed());
        }
        if (plainEvery > 0) {
          sideBySide(out, resources, extractor);
        }
        out.printf(Locale.ROOT, "ingest_articles_per_second=%.2f%n", n / secs);
      } finally {
        deleteTree(dir);
      }
      return ExitCodes.OK;
    }

    /** Plain CoreNLP against extraction alone on every K-th article, with the same threads. */
    private void sideBySide(PrintWriter out, PipelineResources resources, Extractor extractor)
        throws Exception {
      List<Article> all = BenchCommand.articles(inputs, input);
      List<Article> sample = new ArrayList<>();
      for (int i = 0; i < all.size(); i += plainEvery) {
        sample.add(all.get(i));
      }
      List<String> cleaned = new ArrayList<>();
      for (Article a : sample) {
        cleaned.add(resources.cleaner().clean(a.text()).text());
      }
      CoreNlpAnnotator plain = new CoreNlpAnnotator(NlpConfig.defaults());
      double ours =
          BenchCommand.Extract.time(
              threads,
              sample.size(),
              i -> {
                try {
                  extractor.extract(sample.get(i));
                } catch (RejectedArticleException e) {
                  // The same articles for both: a rejection costs little.
                }
              });
      double base =
          BenchCommand.Extract.time(
              threads, sample.size(), i -> plain.annotateRaw(cleaned.get(i), sample.get(i).date()));
      out.printf(
          Locale.ROOT,
          "side by side on %d articles (every %d-th), %d threads: plain CoreNLP %.1f ms/article,"
              + " annalist extraction %.1f ms/article, ratio %.3f (%.1fx faster)%n",
          sample.size(),
          plainEvery,
          threads,
          base / sample.size(),
          ours / sample.size(),
          ours / base,
          base / ours);
    }

    private static long tokenCount(Extraction x) {
      long t = 0;
      for (var s : x.doc().sentences()) {
        t += s.tokens().size();
      }
      return t;
    }
  }

  /**
   * {@code annalist bench search}: latency of searches of mixed selectivity for the store's own
   * names, optionally on a copy scaled to many articles.
   */
  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = {
        "Searches a store for actor and place names it holds, of mixed selectivity (the 10 most"
            + " frequent, 10 of middling frequency and 10 of the rarest), alone, in pairs, with an"
            + " event-root filter, a country filter and a date range, each query several times:"
            + " median, p95, p99 and largest latency, and the full-text index's size. With"
            + " --scale-to N, on a temporary copy of the store whose articles are multiplied to at"
            + " least N (each copy keeps its actors, places and events, appends three sentences"
            + " of another article, and is dated within 540 days), indexed afresh (timed).",
        "Last line: search_p99_ms=N."
      })
  static final class Search implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin DataOptions data = new DataOptions();

    @Option(names = "--rounds", paramLabel = "N", description = "Runs per query (default 5).")
    int rounds = 5;

    @Option(
        names = "--scale-to",
        paramLabel = "N",
        description = "Search a temporary copy of the store with at least N articles.")
    long scaleTo;

    @Override
    public Integer call() throws Exception {
      Paging.check(spec, rounds, 0);
      if (scaleTo < 0) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--scale-to must not be negative");
      }
      PrintWriter out = spec.commandLine().getOut();
      Path dir = data.data;
      Path copy = null;
      if (scaleTo > 0) {
        copy = Files.createTempDirectory("annalist-bench-search");
        long t = System.nanoTime();
        long n = Store.articleScaledCopy(data.data, copy, scaleTo);
        out.printf(
            Locale.ROOT, "scaled copy: %,d articles in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        try (Store store = Store.open(copy, Store.Mode.READ_WRITE)) {
          out.printf(
              Locale.ROOT,
              "indexed %,d articles in %.1f s%n",
              store.repair().reindexed(),
              (System.nanoTime() - t) / 1e9);
        }
        dir = copy;
      }
      try (Store store = Store.open(dir, Store.Mode.READ_ONLY)) {
        List<SearchQuery> queries = queries(store);
        if (queries.isEmpty()) {
          spec.commandLine().getErr().println("annalist: the store has no names to search for");
          return ExitCodes.FAILED;
        }
        long articles =
            ((Number) store.sql("SELECT count(*) FROM articles", 1).rows().get(0).get(0))
                .longValue();
        for (SearchQuery q : queries) {
          store.search(q); // warm-up: first reads of each term
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
            "%,d articles; full-text index %.1f MB, database %.1f MB%n",
            articles,
            size(dir.resolve("lucene")) / 1e6,
            size(dir.resolve(Store.DATABASE)) / 1e6);
        out.printf(
            Locale.ROOT,
            "%d queries x %d rounds, %.1f hits per query: median %.2f ms, p95 %.2f ms, p99 %.2f"
                + " ms, max %.2f ms%n",
            queries.size(),
            rounds,
            hits / (double) nanos.length,
            quantileMillis(nanos, 0.5),
            quantileMillis(nanos, 0.95),
            quantileMillis(nanos, 0.99),
            quantileMillis(nanos, 1.0));
        out.printf(Locale.ROOT, "peak RSS %.0f MB%n", BenchCommand.Extract.peakRssKb() / 1024.0);
        out.printf(Locale.ROOT, "search_p99_ms=%.2f%n", quantileMillis(nanos, 0.99));
      } finally {
        if (copy != null) {
          deleteTree(copy);
        }
      }
      return ExitCodes.OK;
    }

    /**
     * The fixed query list: names of the store in three bands of frequency, each alone, paired with
     * the next, with an event-root filter, a country filter and a date range.
     */
    private static List<SearchQuery> queries(Store store) {
      ResultTable names =
          store.sql(
              "SELECT name, n, country FROM (SELECT name, count(*) AS n, any_value(country) AS"
                  + " country FROM (SELECT name, country FROM actors UNION ALL SELECT name,"
                  + " country FROM places) WHERE length(name) > 2 GROUP BY name)"
                  + " ORDER BY n DESC, name",
              100_000);
      List<List<Object>> rows = names.rows();
      List<List<Object>> picked = new ArrayList<>();
      int size = rows.size();
      for (int start : new int[] {0, size / 2, Math.max(0, size - 10)}) {
        for (int i = start; i < Math.min(size, start + 10); i++) {
          if (!picked.contains(rows.get(i))) {
            picked.add(rows.get(i));
          }
        }
      }
      ResultTable span = store.sql("SELECT min(pub_date), max(pub_date) FROM articles", 1);
      Object lo = span.rows().isEmpty() ? null : span.rows().get(0).get(0);
      Object hi = span.rows().isEmpty() ? null : span.rows().get(0).get(1);
      java.time.LocalDate from = lo == null ? null : java.time.LocalDate.parse(lo.toString());
      java.time.LocalDate to = hi == null ? null : java.time.LocalDate.parse(hi.toString());
      java.time.LocalDate mid =
          from == null || to == null
              ? null
              : from.plusDays(java.time.temporal.ChronoUnit.DAYS.between(from, to) / 2);
      List<SearchQuery> queries = new ArrayList<>();
      for (int i = 0; i < picked.size(); i++) {
        String name = (String) picked.get(i).get(0);
        String country = (String) picked.get(i).get(2);
        queries.add(SearchQuery.of(name));
        if (i + 1 < picked.size()) {
          queries.add(SearchQuery.of(name + " " + picked.get(i + 1).get(0)));
        }
        queries.add(new SearchQuery(name, null, null, null, null, "0", 10, 0));
        if (country != null) {
          queries.add(new SearchQuery(name, null, null, null, country, null, 10, 0));
        }
        if (mid != null) {
          queries.add(new SearchQuery(name, from, mid, null, null, null, 10, 0));
        }
      }
      return queries;
    }

    private static long size(Path p) throws IOException {
      if (!Files.exists(p)) {
        return 0;
      }
      try (Stream<Path> walk = Files.walk(p)) {
        long total = 0;
        for (Path f : walk.filter(Files::isRegularFile).toList()) {
          total += Files.size(f);
        }
        return total;
      }
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
