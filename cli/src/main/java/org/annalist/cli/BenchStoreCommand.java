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
import org.annalist.store.BatchResult;
import org.annalist.store.Ingestion;
import org.annalist.store.RejectedInput;
import org.annalist.store.ResultTable;
import org.annalist.store.SearchQuery;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The store's benchmarks: {@code bench ingest}, {@code bench write}, {@code bench search}, {@code
 * bench sql}.
 */
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

  /** What {@code bench ingest} and {@code bench write} run on and with. */
  abstract static class StoreRun {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to store.")
    List<String> inputs;

    @Mixin InputOptions input = new InputOptions();

    @Mixin CodingOptions coding = new CodingOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default 2).")
    int threads = 2;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per batch (default 32).")
    int batch = 32;

    /** Refuses a thread count or batch size below one, and bad input options. */
    void checkRun() {
      Paging.positive(spec, "--batch", batch);
      Paging.positive(spec, "--threads", threads);
      input.validate(spec);
    }
  }

  /**
   * {@code annalist bench ingest FILE...}: the real ingest into a new temporary store, timed per
   * stage, then, on a sample of the same articles in turns, plain CoreNLP, extraction alone and the
   * full ingest.
   */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Ingests the articles into a new temporary store as annalist ingest does (worker threads"
            + " extracting, batches written in order): articles and tokens per second, the time"
            + " per article in each stage, the time spent writing to DuckDB and Lucene, and the"
            + " process's peak RSS. Stage times are summed over the worker threads. Then reopens"
            + " the store after deleting its full-text index (timed re-indexing). Then, on every"
            + " K-th article, with the same threads, in turns: plain CoreNLP (the same"
            + " annotators, every sentence parsed), extraction alone (the ingest runner keeping"
            + " nothing) and the full ingest into a new store; the last two give what storing"
            + " and indexing add.",
        "Last line: ingest_articles_per_second=N."
      })
  static final class Ingest extends StoreRun implements Callable<Integer> {
    @Option(
        names = "--plain-every",
        paramLabel = "K",
        description =
            "Compare with plain CoreNLP on every K-th article (default 10; 1 for all, 0 for none).")
    int plainEvery = 10;

    @Override
    public Integer call() throws Exception {
      checkRun();
      if (plainEvery < 0) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--plain-every must be 0 or more");
      }
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

    /** Articles per chunk of the side-by-side comparison. */
    private static final int CHUNK = 200;

    /**
     * On every K-th article, with the same threads: plain CoreNLP, extraction alone (the ingest
     * runner with nothing kept) and the full ingest into a new store, chunk by chunk, the order of
     * the three turning with each chunk so that the machine's drift falls on all of them.
     */
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
      Ingestion.Processor processor = extractor::extract;
      double[] nanos = new double[3];
      Path dir = Files.createTempDirectory("annalist-bench-side");
      try (Store store = Store.open(dir, Store.Mode.READ_WRITE)) {
        for (int from = 0, turn = 0; from < sample.size(); from += CHUNK, turn++) {
          int first = from;
          List<Article> chunk = sample.subList(from, Math.min(sample.size(), from + CHUNK));
          for (int k = 0; k < 3; k++) {
            int arm = (turn + k) % 3;
            long t0 = System.nanoTime();
            switch (arm) {
              case 0 ->
                  BenchCommand.Extract.time(
                      threads,
                      chunk.size(),
                      i -> plain.annotateRaw(cleaned.get(first + i), chunk.get(i).date()));
              case 1 -> runner(new Discard(), processor).run(chunk);
              default -> runner(store, processor).run(chunk);
            }
            nanos[arm] += System.nanoTime() - t0;
          }
        }
      } finally {
        deleteTree(dir);
      }
      double n = sample.size();
      out.printf(
          Locale.ROOT,
          "side by side on %d articles (every %d-th), %d threads, in turns of %d: plain CoreNLP"
              + " %.1f ms/article, annalist extraction %.1f ms/article (%.1fx faster), annalist"
              + " ingest into a store %.1f ms/article: storing and indexing add %.1f%%%n",
          sample.size(),
          plainEvery,
          threads,
          CHUNK,
          nanos[0] / 1e6 / n,
          nanos[1] / 1e6 / n,
          nanos[0] / nanos[1],
          nanos[2] / 1e6 / n,
          100.0 * (nanos[2] / nanos[1] - 1));
    }

    private Ingestion runner(Ingestion.Sink sink, Ingestion.Processor processor) {
      return new Ingestion(
          sink,
          () -> processor,
          threads,
          batch,
          Duration.ofSeconds(2),
          Integer.MAX_VALUE,
          new Ingestion.Listener() {});
    }

    /** Keeps nothing: the ingest runner timed without the store. */
    private static final class Discard implements Ingestion.Sink {
      private long seq;

      @Override
      public boolean contains(String contentHash, String url) {
        return false;
      }

      @Override
      public BatchResult write(List<Extraction> articles, List<RejectedInput> rejections) {
        int events = 0;
        for (Extraction x : articles) {
          events += x.events().size();
        }
        return new BatchResult(++seq, articles.size(), 0, rejections.size(), events);
      }
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
   * {@code annalist bench write}: the cost of storing alone, on extractions made once and kept in
   * memory, written into new stores as ingest writes them.
   */
  @Command(
      name = "write",
      mixinStandardHelpOptions = true,
      description = {
        "Extracts the articles once (not timed), then writes them in batches into a new temporary"
            + " store, several rounds, each into a new store: milliseconds per article in each"
            + " part of a write (rows, DuckDB tables, stories, commit, Lucene).",
        "Last line: write_ms_per_article=N (the median round)."
      })
  static final class Write extends StoreRun implements Callable<Integer> {
    @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds (default 3).")
    int rounds = 3;

    @Override
    public Integer call() throws Exception {
      checkRun();
      Paging.positive(spec, "--rounds", rounds);
      PrintWriter out = spec.commandLine().getOut();
      List<Article> articles = BenchCommand.articles(inputs, input);
      PipelineResources resources = PipelineResources.load(NlpConfig.defaults());
      Extractor extractor = coding.extractor(resources);
      Extraction[] done = new Extraction[articles.size()];
      BenchCommand.Extract.time(
          threads,
          articles.size(),
          i -> {
            try {
              done[i] = extractor.extract(articles.get(i));
            } catch (RejectedArticleException e) {
              // Not stored: the write benchmark needs extractions only.
            }
          });
      List<Extraction> xs = Arrays.stream(done).filter(x -> x != null).toList();
      if (xs.isEmpty()) {
        spec.commandLine().getErr().println("annalist: no articles extracted from the inputs");
        return ExitCodes.FAILED;
      }
      out.printf(Locale.ROOT, "extracted            %d articles (not timed)%n", xs.size());
      double[] totals = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        Path dir = Files.createTempDirectory("annalist-bench-write");
        try {
          long t0 = System.nanoTime();
          Map<Store.WritePhase, Long> phases;
          try (Store store = Store.open(dir, Store.Mode.READ_WRITE)) {
            for (int from = 0; from < xs.size(); from += batch) {
              store.write(xs.subList(from, Math.min(xs.size(), from + batch)), List.of());
            }
            phases = store.writeNanos();
          }
          long total = System.nanoTime() - t0;
          totals[r] = total / 1e6 / xs.size();
          StringBuilder line =
              new StringBuilder(
                  String.format(
                      Locale.ROOT,
                      "round %d              %6.2f ms/article (with open and close):",
                      r + 1,
                      totals[r]));
          for (Map.Entry<Store.WritePhase, Long> e : phases.entrySet()) {
            line.append(
                String.format(
                    Locale.ROOT,
                    " %s %.2f",
                    e.getKey().name().toLowerCase(Locale.ROOT),
                    e.getValue() / 1e6 / xs.size()));
          }
          out.println(line);
        } finally {
          deleteTree(dir);
        }
      }
      double[] sorted = totals.clone();
      Arrays.sort(sorted);
      out.printf(
          Locale.ROOT,
          "peak RSS             %8.0f MB%n",
          BenchCommand.Extract.peakRssKb() / 1024.0);
      out.printf(Locale.ROOT, "write_ms_per_article=%.2f%n", sorted[rounds / 2]);
      return ExitCodes.OK;
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
      Paging.positive(spec, "--rounds", rounds);
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
      Paging.positive(spec, "--rounds", rounds);
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
      out.printf(Locale.ROOT, "peak RSS %.0f MB%n", BenchCommand.Extract.peakRssKb() / 1024.0);
      out.printf(Locale.ROOT, "sql_median_ms=%.2f%n", quantileMillis(nanos, 0.5));
      return ExitCodes.OK;
    }
  }
}
