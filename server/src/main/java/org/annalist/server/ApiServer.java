package org.annalist.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.annalist.model.Article;
import org.annalist.model.Extraction;
import org.annalist.model.Rejection;
import org.annalist.pipeline.RejectedArticleException;
import org.annalist.pipeline.json.ExtractionJson;
import org.annalist.pipeline.read.ArticleSources;
import org.annalist.pipeline.read.InputFormat;
import org.annalist.pipeline.read.ReadOptions;
import org.annalist.pipeline.read.ReadResult;
import org.annalist.store.Browse;
import org.annalist.store.ContentHash;
import org.annalist.store.EventFilter;
import org.annalist.store.Export;
import org.annalist.store.Ingestion;
import org.annalist.store.SearchQuery;
import org.annalist.store.Store;
import org.annalist.store.StoreException;

/**
 * Annalist's HTTP API and web UI over one store (Javalin): the JSON API under {@code /api}, its
 * OpenAPI document at {@code /openapi.json}, {@code /health}, and the pages of the UI with their
 * scripts and the WebJars they use. Binds to 127.0.0.1 unless told otherwise; when bound to any
 * other address, the endpoints that write ({@code POST /api/articles}, feedback) require the token.
 * Errors are RFC 9457 problem documents. Every response forbids inline scripts and framing.
 */
public final class ApiServer implements AutoCloseable {
  /** Request bodies larger than this are refused (10 MB). */
  public static final long MAX_BODY = 10L * 1024 * 1024;

  /** Articles in one ingest request at most. */
  public static final int MAX_BATCH = 1000;

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private static final String PROBLEM = "application/problem+json";

  /**
   * How the server runs.
   *
   * @param host the address to bind (127.0.0.1 by default)
   * @param port the port; 0 for any free one
   * @param token the token write endpoints require when bound beyond loopback; null to require none
   *     (only allowed on loopback)
   * @param sql whether read-only SQL is offered at {@code GET /api/sql}
   */
  public record Options(String host, int port, String token, boolean sql) {
    public Options {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
      }
    }

    /** Loopback, a free port, no token, no SQL. */
    public static Options loopback() {
      return new Options("127.0.0.1", 0, null, false);
    }
  }

  private final Javalin app;
  private final boolean loopback;

  private final List<String> routes;

  private ApiServer(Javalin app, boolean loopback, List<String> routes) {
    this.app = app;
    this.loopback = loopback;
    this.routes = List.copyOf(routes);
  }

  /** The routes it answers, as "METHOD /path" (the OpenAPI document must list the same). */
  public List<String> routes() {
    return routes;
  }

  /** Registers routes and records them. */
  private record Registrar(io.javalin.config.RoutesConfig cfg, List<String> routes) {
    void get(String path, io.javalin.http.Handler h) {
      cfg.get(path, h);
      routes.add("GET " + path);
    }

    void post(String path, io.javalin.http.Handler h) {
      cfg.post(path, h);
      routes.add("POST " + path);
    }
  }

  /**
   * Starts serving {@code store} (open for writing).
   *
   * @param processor builds the extractor on first use (loading the pipeline takes seconds)
   * @throws IllegalArgumentException when bound beyond loopback without a token
   * @throws StoreException when the server cannot start
   */
  public static ApiServer start(Store store, Supplier<Ingestion.Processor> processor, Options o) {
    boolean loopback = isLoopbackAddress(o.host());
    if (!loopback && (o.token() == null || o.token().isBlank())) {
      throw new IllegalArgumentException(
          "a token is required when serving on " + o.host() + " (not loopback)");
    }
    Routes r =
        new Routes(
            store, new Browse(store), Ingestion.lazy(processor), loopback ? null : o.token());
    List<String> routes = new ArrayList<>();
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.http.maxRequestSize = MAX_BODY;
              cfg.staticFiles.enableWebjars();
              cfg.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/org/annalist/server/web";
                    sf.location = Location.CLASSPATH;
                  });
              cfg.routes.before(ApiServer::securityHeaders);
              Registrar reg = new Registrar(cfg.routes, routes);
              reg.get("/health", r::health);
              reg.get("/openapi.json", r::openapi);
              reg.post("/api/extract", r::extract);
              reg.post("/api/articles", r::ingest);
              reg.get("/api/articles", r::articles);
              reg.get("/api/articles/{id}", r::article);
              reg.get("/api/events", r::events);
              reg.get("/api/events/{id}", r::event);
              reg.post("/api/events/{id}/feedback", r::feedback);
              reg.get("/api/actors", r::actors);
              reg.get("/api/places", r::places);
              reg.get("/api/timeline", r::timeline);
              reg.get("/api/network", r::network);
              reg.get("/api/facets", r::facets);
              reg.get("/api/codes", r::codes);
              reg.get("/api/stats", r::stats);
              reg.get("/api/export", r::export);
              if (o.sql()) {
                reg.get("/api/sql", r::sql);
              }
              cfg.routes.exception(ApiException.class, ApiServer::problem);
              cfg.routes.exception(StoreException.class, ApiServer::storeProblem);
              cfg.routes.exception(Exception.class, ApiServer::internalProblem);
              cfg.routes.error(404, "*", ApiServer::notFound);
            });
    try {
      app.start(o.host(), o.port());
    } catch (RuntimeException e) {
      throw new StoreException(
          "cannot serve on " + o.host() + ":" + o.port() + ": " + oneLine(e), e);
    }
    return new ApiServer(app, loopback, routes);
  }

  /** The port it answers on. */
  public int port() {
    return app.port();
  }

  /** Whether it is bound to a loopback address only. */
  public boolean loopback() {
    return loopback;
  }

  @Override
  public void close() {
    app.stop();
  }

  /** Whether {@code host} names a loopback address. */
  public static boolean isLoopbackAddress(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static void securityHeaders(Context ctx) {
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  private static void problem(ApiException e, Context ctx) {
    writeProblem(ctx, e.status(), e.title(), e.getMessage(), e.errors());
  }

  private static void storeProblem(StoreException e, Context ctx) {
    writeProblem(ctx, 503, "Store unavailable", e.getMessage(), List.of());
  }

  private static void internalProblem(Exception e, Context ctx) {
    if (e instanceof io.javalin.http.HttpResponseException h) {
      writeProblem(ctx, h.getStatus(), "Request refused", oneLine(h), List.of());
      return;
    }
    writeProblem(ctx, 500, "Internal error", oneLine(e), List.of());
  }

  private static void notFound(Context ctx) {
    String type = ctx.res().getContentType();
    boolean answered = type != null && type.startsWith(PROBLEM);
    if (!answered && (ctx.path().startsWith("/api/") || ctx.path().equals("/api"))) {
      writeProblem(ctx, 404, "Not Found", "no such endpoint: " + ctx.path(), List.of());
    }
  }

  static void writeProblem(
      Context ctx, int status, String title, String detail, List<ApiException.Invalid> errors) {
    ObjectNode p = JSON.createObjectNode();
    p.put("type", "about:blank");
    p.put("title", title);
    p.put("status", status);
    p.put("detail", detail);
    p.put("instance", ctx.path());
    if (!errors.isEmpty()) {
      p.set("errors", JSON.valueToTree(errors));
    }
    ctx.status(status).contentType(PROBLEM).result(p.toString());
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(m);
  }

  /** The handlers. */
  private record Routes(
      Store store, Browse browse, Supplier<Ingestion.Processor> processor, String token) {

    void health(Context ctx) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("status", "ok");
      m.put("store", store.dir().toString());
      json(ctx, m);
    }

    void openapi(Context ctx) throws IOException {
      try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
        ctx.contentType("application/json")
            .result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }

    void extract(Context ctx) {
      JsonNode node;
      String type = ctx.contentType();
      if (type != null && type.startsWith("text/plain")) {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", ctx.body());
        node = o;
      } else {
        node = body(ctx);
        if (!node.isObject()) {
          throw ApiException.badRequest(
              "send an article object {\"text\": ..., \"title\": ..., \"date\": ...} or"
                  + " plain text");
        }
      }
      ReadResult r = read(List.of(node)).get(0);
      if (r instanceof ReadResult.Rejected rej) {
        throw new ApiException(
            400,
            "Invalid article",
            rej.rejection().reason(),
            List.of(new ApiException.Invalid("body", rej.rejection().reason())));
      }
      Extraction x;
      try {
        x = processor.get().process(((ReadResult.Ok) r).article());
      } catch (RejectedArticleException e) {
        throw new ApiException(422, "Article rejected", e.getMessage());
      }
      ctx.contentType("application/json").result(new ExtractionJson().write(x, false));
    }

    void ingest(Context ctx) {
      requireToken(ctx);
      List<ReadResult> read = readArticles(ctx, MAX_BATCH);
      Map<String, Map<String, Object>> status = new LinkedHashMap<>();
      List<ReadResult> fresh = new ArrayList<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (ReadResult r : read) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (r instanceof ReadResult.Ok ok) {
          Article a = ok.article();
          String hash = ContentHash.of(a.text());
          boolean again =
              !seen.add(hash)
                  || (a.url() != null && !seen.add("url:" + a.url()))
                  || store.contains(hash, a.url());
          s.put("origin", a.origin());
          s.put("id", hash);
          s.put("title", a.title());
          s.put("status", again ? "duplicate" : "stored");
          status.put(a.origin(), s);
        } else if (r instanceof ReadResult.Rejected rej) {
          s.put("origin", rej.rejection().origin());
          s.put("status", "rejected");
          s.put("reason", rej.rejection().reason());
          status.put(rej.rejection().origin(), s);
        }
        fresh.add(r);
      }
      Ingestion ingestion =
          new Ingestion(
              store,
              processor,
              Math.min(2, Runtime.getRuntime().availableProcessors()),
              64,
              Duration.ofSeconds(2),
              MAX_BATCH,
              new Ingestion.Listener() {
                @Override
                public void rejected(Rejection r) {
                  Map<String, Object> s = status.get(r.origin());
                  if (s != null) {
                    s.put("status", "rejected");
                    s.put("reason", r.reason());
                    s.remove("id");
                  }
                }
              });
      Ingestion.Progress p = ingestion.runRead(fresh);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("read", p.read());
      out.put("stored", p.stored());
      out.put("duplicates", p.duplicates());
      out.put("rejected", p.rejected());
      out.put("events", p.events());
      out.put("articles", status.values());
      json(ctx, out);
    }

    /** The body's article objects (one object or an array) as the JSONL reader reads them. */
    private List<ReadResult> readArticles(Context ctx, int max) {
      JsonNode body = body(ctx);
      List<JsonNode> items = new ArrayList<>();
      if (body.isArray()) {
        body.forEach(items::add);
      } else {
        items.add(body);
      }
      if (items.isEmpty()) {
        throw ApiException.badRequest("the array holds no articles");
      }
      if (items.size() > max) {
        throw new ApiException(
            413, "Too many articles", items.size() + " articles; at most " + max + " per request");
      }
      return read(items);
    }

    /** The request's JSON body. */
    private static JsonNode body(Context ctx) {
      JsonNode body;
      try {
        body = JSON.readTree(ctx.bodyAsBytes());
      } catch (IOException e) {
        throw ApiException.badRequest("the body is not JSON: " + oneLine(e));
      }
      if (body == null || body.isMissingNode()) {
        throw ApiException.badRequest("the body is empty");
      }
      return body;
    }

    /**
     * Reads article objects through the JSONL reader, so that the API checks them as the CLI does:
     * origin {@code request:N}, a rejection for each bad one.
     */
    private static List<ReadResult> read(List<JsonNode> items) {
      StringBuilder lines = new StringBuilder();
      for (JsonNode item : items) {
        lines.append(item.toString()).append('\n');
      }
      List<ReadResult> out = new ArrayList<>();
      new ArticleSources(new ReadOptions(InputFormat.JSONL, null, MAX_BODY * 2))
          .read(
              new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
              "request",
              out::add);
      return out;
    }

    void articles(Context ctx) {
      Params p = new Params(ctx);
      String q = p.text("q", 500);
      EventFilter f = p.eventFilter();
      int size = p.size();
      int page = p.page();
      p.check();
      SearchQuery sq =
          new SearchQuery(
              q == null ? "" : q,
              f.from(),
              f.to(),
              f.actor(),
              f.country(),
              f.code(),
              size,
              (page - 1) * size);
      Browse.Page r;
      try {
        r = browse.articles(sq);
      } catch (IllegalArgumentException e) {
        throw new ApiException(
            400,
            "Invalid parameters",
            "q: " + oneLine(e),
            List.of(new ApiException.Invalid("q", oneLine(e))));
      }
      page(ctx, r, page, size);
    }

    void article(Context ctx) {
      String id = ctx.pathParam("id");
      if (!id.matches("[0-9a-f]{32}")) {
        throw new ApiException(
            400,
            "Invalid parameters",
            "id: an article id is 32 lower-case hex digits",
            List.of(new ApiException.Invalid("id", "32 lower-case hex digits")));
      }
      Map<String, Object> a = browse.article(id);
      if (a == null) {
        throw ApiException.notFound("no article " + id);
      }
      json(ctx, a);
    }

    void events(Context ctx) {
      Params p = new Params(ctx);
      EventFilter f = p.eventFilter();
      int size = p.size();
      int page = p.page();
      p.check();
      page(ctx, browse.events(f, size, (page - 1) * size), page, size);
    }

    void event(Context ctx) {
      long id = eventId(ctx);
      Map<String, Object> e = browse.event(id);
      if (e == null) {
        throw ApiException.notFound("no event " + id);
      }
      json(ctx, e);
    }

    private static long eventId(Context ctx) {
      String id = ctx.pathParam("id");
      try {
        return Long.parseLong(id);
      } catch (NumberFormatException e) {
        throw new ApiException(
            400,
            "Invalid parameters",
            "id: an event id is a whole number",
            List.of(new ApiException.Invalid("id", "a whole number")));
      }
    }

    void feedback(Context ctx) {
      requireToken(ctx);
      long id = eventId(ctx);
      JsonNode body;
      try {
        body = JSON.readTree(ctx.bodyAsBytes());
      } catch (IOException e) {
        throw ApiException.badRequest("the body is not JSON: " + oneLine(e));
      }
      List<ApiException.Invalid> errors = new ArrayList<>();
      String verdict =
          body != null && body.path("verdict").isTextual() ? body.get("verdict").asText() : null;
      if (!"right".equals(verdict) && !"wrong".equals(verdict)) {
        errors.add(new ApiException.Invalid("verdict", "must be \"right\" or \"wrong\""));
      }
      JsonNode noteNode = body == null ? null : body.get("note");
      String note = null;
      if (noteNode != null && !noteNode.isNull()) {
        if (!noteNode.isTextual()) {
          errors.add(new ApiException.Invalid("note", "must be a string"));
        } else if (noteNode.asText().length() > 2000) {
          errors.add(new ApiException.Invalid("note", "at most 2000 characters"));
        } else {
          note = noteNode.asText().isBlank() ? null : noteNode.asText().strip();
        }
      }
      if (!errors.isEmpty()) {
        throw new ApiException(
            400,
            "Invalid feedback",
            errors.size() == 1
                ? errors.get(0).name() + ": " + errors.get(0).reason()
                : "invalid feedback",
            errors);
      }
      long fid = store.feedback(id, "right".equals(verdict), note);
      if (fid < 0) {
        throw ApiException.notFound("no event " + id);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", fid);
      out.put("event", id);
      out.put("verdict", verdict);
      out.put("note", note);
      ctx.status(201);
      json(ctx, out);
    }

    void actors(Context ctx) {
      Params p = new Params(ctx);
      EventFilter f = p.eventFilter();
      int limit = p.integer("limit", 50, 1, Browse.MAX_PAGE);
      p.check();
      json(ctx, Map.of("items", browse.actors(f, limit)));
    }

    void places(Context ctx) {
      Params p = new Params(ctx);
      EventFilter f = p.eventFilter();
      int limit = p.integer("limit", 500, 1, 5000);
      p.check();
      json(ctx, Map.of("items", browse.places(f, limit)));
    }

    void timeline(Context ctx) {
      Params p = new Params(ctx);
      EventFilter f = p.eventFilter();
      String interval = p.choice("interval", Browse.INTERVALS, "day");
      p.check();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("interval", interval);
      out.put("items", browse.timeline(f, interval));
      json(ctx, out);
    }

    void network(Context ctx) {
      Params p = new Params(ctx);
      EventFilter f = p.eventFilter();
      int limit = p.integer("limit", 100, 1, 1000);
      p.check();
      json(ctx, browse.network(f, limit));
    }

    void facets(Context ctx) {
      Params p = new Params(ctx);
      String q = p.text("q", 500);
      EventFilter f = p.eventFilter();
      int top = p.integer("top", 10, 1, 100);
      p.check();
      try {
        json(ctx, browse.facets(f, q, top));
      } catch (IllegalArgumentException e) {
        throw new ApiException(
            400,
            "Invalid parameters",
            "q: " + oneLine(e),
            List.of(new ApiException.Invalid("q", oneLine(e))));
      }
    }

    void codes(Context ctx) {
      json(ctx, Map.of("items", Browse.rootCodes()));
    }

    void stats(Context ctx) {
      json(ctx, store.stats(10));
    }

    void export(Context ctx) throws IOException {
      Params p = new Params(ctx);
      EventFilter f = p.eventFilter();
      String name = p.choice("format", FORMATS.keySet(), "jsonl");
      p.check();
      Export.Format format = FORMATS.get(name);
      Path dir = Files.createTempDirectory("annalist-export");
      Export.Result r = store.export(format, f, dir);
      InputStream in = Files.newInputStream(r.file());
      Files.delete(r.file());
      Files.delete(dir);
      ctx.header("Content-Disposition", "attachment; filename=\"" + format.file() + "\"");
      ctx.header("X-Annalist-Rows", Long.toString(r.rows()));
      ctx.contentType(
          switch (format) {
            case JSONL -> "application/x-ndjson";
            case PARQUET -> "application/vnd.apache.parquet";
            case CSV -> "text/csv; charset=utf-8";
            default -> "text/tab-separated-values; charset=utf-8";
          });
      ctx.result(in);
    }

    private static final Map<String, Export.Format> FORMATS =
        Map.of(
            "jsonl", Export.Format.JSONL,
            "csv", Export.Format.CSV,
            "parquet", Export.Format.PARQUET,
            "gdelt", Export.Format.GDELT_EVENTS,
            "gdelt-mentions", Export.Format.GDELT_MENTIONS,
            "gkg", Export.Format.GKG);

    void sql(Context ctx) {
      Params p = new Params(ctx);
      String q = p.text("q", 10_000);
      int max = p.integer("max", 1000, 1, 10_000);
      if (q == null) {
        p.invalid("q", "a SELECT query is required");
      }
      p.check();
      try {
        json(ctx, store.sql(q, max));
      } catch (StoreException e) {
        throw new ApiException(
            400,
            "Query refused",
            e.getMessage(),
            List.of(new ApiException.Invalid("q", e.getMessage())));
      }
    }

    private void requireToken(Context ctx) {
      if (token == null) {
        return;
      }
      if (!QueryRelay.bearerMatches(ctx.header("Authorization"), token)) {
        ctx.header("WWW-Authenticate", "Bearer");
        throw new ApiException(
            401,
            "Unauthorized",
            "this endpoint requires the server's token (Authorization: Bearer ...)");
      }
    }

    private static void page(Context ctx, Browse.Page r, int page, int size) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("total", r.total());
      out.put("page", page);
      out.put("size", size);
      out.put("items", r.items());
      json(ctx, out);
    }

    private static void json(Context ctx, Object value) {
      try {
        ctx.contentType("application/json").result(JSON.writeValueAsString(value));
      } catch (JacksonException e) {
        throw new IllegalStateException("cannot write the answer: " + oneLine(e), e);
      }
    }
  }
}
