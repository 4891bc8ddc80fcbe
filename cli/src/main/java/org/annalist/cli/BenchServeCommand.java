package org.annalist.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.annalist.server.ApiServer;
import org.annalist.store.Browse;
import org.annalist.store.EventFilter;
import org.annalist.store.ResultTable;
import org.annalist.store.SearchQuery;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code annalist bench serve}: the HTTP API under concurrent load on loopback, beside the same
 * queries asked of the store in-process.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the API server on a loopback port over the store (or, with --scale-to N, over a"
          + " temporary copy multiplied to at least N articles and indexed afresh) and sends it"
          + " GET /api/events (pages with actor, country, root-code and date filters) and GET"
          + " /api/articles?q= (names the store holds, alone and filtered) from --clients"
          + " concurrent clients, each phase bounded by --requests and --seconds. Reports"
          + " requests/s, median, p99 and largest latency, errors, and, side by side, the same"
          + " queries asked of the store in the same process from one thread; peak RSS.",
      "Last line: api_events_p99_ms=N api_search_p99_ms=N."
    })
final class BenchServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--scale-to",
      paramLabel = "N",
      description = "Serve a temporary copy of the store with at least N articles.")
  long scaleTo;

  @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default 16).")
  int clients = 16;

  @Option(
      names = "--requests",
      paramLabel = "N",
      description = "Requests per phase at most (default 20000).")
  int requests = 20_000;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      description = "Seconds per phase at most (default 60).")
  int seconds = 60;

  @Override
  public Integer call() throws Exception {
    Paging.positive(spec, "--clients", clients);
    Paging.positive(spec, "--requests", requests);
    Paging.positive(spec, "--seconds", seconds);
    if (clients > 64) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--clients must be at most 64");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path dir = data.data;
    Path copy = null;
    if (scaleTo > 0) {
      copy = Files.createTempDirectory("annalist-bench-serve");
      long t = System.nanoTime();
      long n = Store.articleScaledCopy(data.data, copy, scaleTo);
      out.printf(
          Locale.ROOT, "scaled copy: %,d articles in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
      dir = copy;
    }
    try (Store store = Store.open(dir, Store.Mode.READ_WRITE)) {
      if (store.repair().reindexed() > 0) {
        out.printf(Locale.ROOT, "indexed %,d articles%n", store.repair().reindexed());
      }
      List<String> eventPaths = eventPaths(store);
      List<String> searchPaths = searchPaths(store);
      if (searchPaths.isEmpty()) {
        spec.commandLine().getErr().println("annalist: the store has no names to search for");
        return ExitCodes.FAILED;
      }
      Browse browse = new Browse(store);
      long articles =
          ((Number) store.sql("SELECT count(*) FROM articles", 1).rows().get(0).get(0)).longValue();
      long events =
          ((Number) store.sql("SELECT count(*) FROM events", 1).rows().get(0).get(0)).longValue();
      out.printf(
          Locale.ROOT,
          "%,d articles, %,d events; %d clients, at most %,d requests or %d s per phase%n",
          articles,
          events,
          clients,
          requests,
          seconds);
      try (ApiServer server =
          ApiServer.start(
              store,
              () -> {
                throw new IllegalStateException("no extraction in this benchmark");
              },
              ApiServer.Options.loopback())) {
        String base = "http://127.0.0.1:" + server.port();
        Result ev = load(base, eventPaths);
        Result se = load(base, searchPaths);
        long[] evDirect = direct(browse, store, eventPaths);
        long[] seDirect = direct(browse, store, searchPaths);
        report(out, "GET /api/events", ev, evDirect);
        report(out, "GET /api/articles?q", se, seDirect);
        out.printf(Locale.ROOT, "peak RSS %.0f MB%n", BenchCommand.Extract.peakRssKb() / 1024.0);
        out.printf(
            Locale.ROOT,
            "api_events_p99_ms=%.2f api_search_p99_ms=%.2f%n",
            BenchStoreCommand.quantileMillis(ev.nanos, 0.99),
            BenchStoreCommand.quantileMillis(se.nanos, 0.99));
        return ev.errors + se.errors == 0 ? ExitCodes.OK : ExitCodes.FAILED;
      }
    } finally {
      if (copy != null) {
        BenchStoreCommand.deleteTree(copy);
      }
    }
  }

  /** Latencies of the answered requests, errors, and the phase's wall time. */
  private record Result(long[] nanos, int errors, long wallNanos) {}

  /** Sends the paths round-robin from {@link #clients} threads until either bound is reached. */
  private Result load(String base, List<String> paths) throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicInteger next = new AtomicInteger();
    long[] nanos = new long[requests];
    LongAdder errors = new LongAdder();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        fs.add(
            pool.submit(
                () -> {
                  HttpClient http =
                      HttpClient.newBuilder()
                          .version(HttpClient.Version.HTTP_1_1)
                          .connectTimeout(Duration.ofSeconds(5))
                          .build();
                  while (System.nanoTime() < deadline) {
                    int k = next.getAndIncrement();
                    if (k >= requests) {
                      return null;
                    }
                    HttpRequest req =
                        HttpRequest.newBuilder(URI.create(base + paths.get(k % paths.size())))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build();
                    long t = System.nanoTime();
                    HttpResponse<byte[]> r =
                        http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - t;
                    if (r.statusCode() != 200) {
                      errors.increment();
                    } else {
                      nanos[done.getAndIncrement()] = took;
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    long wall = System.nanoTime() - start;
    return new Result(Arrays.copyOf(nanos, done.get()), errors.intValue(), wall);
  }

  /** The same queries asked of the store directly, once each, from this thread. */
  private static long[] direct(Browse browse, Store store, List<String> paths) {
    int n = Math.min(paths.size(), 2000);
    long[] nanos = new long[n];
    for (int i = 0; i < n; i++) {
      String p = paths.get(i);
      long t = System.nanoTime();
      if (p.startsWith("/api/events")) {
        browse.events(filter(p), 20, offset(p));
      } else {
        EventFilter f = filter(p);
        browse.articles(
            new SearchQuery(
                param(p, "q"), f.from(), f.to(), f.actor(), f.country(), f.code(), 20, 0));
      }
      nanos[i] = System.nanoTime() - t;
    }
    return nanos;
  }

  private void report(PrintWriter out, String what, Result r, long[] direct) {
    double secs = r.wallNanos / 1e9;
    double httpP50 = BenchStoreCommand.quantileMillis(r.nanos, 0.5);
    double directP50 = BenchStoreCommand.quantileMillis(direct, 0.5);
    out.printf(
        Locale.ROOT,
        "%-20s %,7d requests in %5.1f s: %8.1f requests/s; median %.2f ms, p99 %.2f ms, max %.2f"
            + " ms; %d errors%n",
        what,
        r.nanos.length,
        secs,
        r.nanos.length / secs,
        httpP50,
        BenchStoreCommand.quantileMillis(r.nanos, 0.99),
        BenchStoreCommand.quantileMillis(r.nanos, 1.0),
        r.errors);
    out.printf(
        Locale.ROOT,
        "%-20s in-process, one thread, %,d queries: median %.2f ms, p99 %.2f ms (HTTP median"
            + " under load / in-process median: %.1fx)%n",
        "",
        direct.length,
        directP50,
        BenchStoreCommand.quantileMillis(direct, 0.99),
        directP50 > 0 ? httpP50 / directP50 : 0.0);
  }

  /** Event pages: no filter, each frequent actor, country and root code, date ranges; pages 1-5. */
  private static List<String> eventPaths(Store store) {
    List<String> filters = new ArrayList<>();
    filters.add("");
    for (List<Object> r :
        store
            .sql(
                "SELECT actor1_code, count(*) n FROM events WHERE actor1_code IS NOT NULL"
                    + " GROUP BY ALL ORDER BY n DESC, actor1_code LIMIT 10",
                10)
            .rows()) {
      filters.add("actor=" + enc(r.get(0)));
    }
    for (List<Object> r :
        store
            .sql(
                "SELECT action_geo_country, count(*) n FROM events WHERE action_geo_country IS NOT"
                    + " NULL GROUP BY ALL ORDER BY n DESC, action_geo_country LIMIT 10",
                10)
            .rows()) {
      filters.add("country=" + enc(r.get(0)));
    }
    for (List<Object> r :
        store
            .sql(
                "SELECT event_root_code, count(*) n FROM events GROUP BY ALL"
                    + " ORDER BY n DESC, event_root_code LIMIT 10",
                10)
            .rows()) {
      filters.add("code=" + enc(r.get(0)));
    }
    ResultTable span = store.sql("SELECT min(day), max(day) FROM events", 1);
    if (!span.rows().isEmpty() && span.rows().get(0).get(0) != null) {
      java.time.LocalDate lo = java.time.LocalDate.parse(span.rows().get(0).get(0).toString());
      java.time.LocalDate hi = java.time.LocalDate.parse(span.rows().get(0).get(1).toString());
      long days = java.time.temporal.ChronoUnit.DAYS.between(lo, hi);
      for (int i = 0; i < 10; i++) {
        java.time.LocalDate from = lo.plusDays(days * i / 10);
        filters.add("from=" + from + "&to=" + from.plusDays(30));
      }
    }
    List<String> out = new ArrayList<>();
    for (int page = 1; page <= 5; page++) {
      for (String f : filters) {
        out.add("/api/events?size=20&page=" + page + (f.isEmpty() ? "" : "&" + f));
      }
    }
    return out;
  }

  /** Searches for names the store holds (most frequent, middling and rare), alone and filtered. */
  private static List<String> searchPaths(Store store) {
    List<List<Object>> rows =
        store
            .sql(
                "SELECT name, n, country FROM (SELECT name, count(*) AS n, any_value(country) AS"
                    + " country FROM (SELECT name, country FROM actors UNION ALL SELECT name,"
                    + " country FROM places) WHERE length(name) > 2 AND regexp_matches(name,"
                    + " '^[A-Za-z .-]+$') GROUP BY name) ORDER BY n DESC, name",
                100_000)
            .rows();
    List<String> out = new ArrayList<>();
    int size = rows.size();
    for (int start : new int[] {0, size / 2, Math.max(0, size - 10)}) {
      for (int i = start; i < Math.min(size, start + 10); i++) {
        String name = (String) rows.get(i).get(0);
        Object country = rows.get(i).get(2);
        out.add("/api/articles?size=20&q=" + enc(name));
        out.add("/api/articles?size=20&code=04&q=" + enc(name));
        if (country != null) {
          out.add("/api/articles?size=20&country=" + enc(country) + "&q=" + enc(name));
        }
      }
    }
    return out;
  }

  private static String enc(Object v) {
    return URLEncoder.encode(v.toString(), StandardCharsets.UTF_8);
  }

  private static String param(String path, String name) {
    for (String kv : path.substring(path.indexOf('?') + 1).split("&")) {
      int eq = kv.indexOf('=');
      if (kv.substring(0, eq).equals(name)) {
        return java.net.URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static EventFilter filter(String path) {
    String from = param(path, "from");
    String to = param(path, "to");
    return new EventFilter(
        from == null ? null : java.time.LocalDate.parse(from),
        to == null ? null : java.time.LocalDate.parse(to),
        param(path, "actor"),
        param(path, "country"),
        param(path, "code"),
        null,
        null);
  }

  private static int offset(String path) {
    String page = param(path, "page");
    return page == null ? 0 : (Integer.parseInt(page) - 1) * 20;
  }
}
