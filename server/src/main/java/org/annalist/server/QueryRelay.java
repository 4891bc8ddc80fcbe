package org.annalist.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.annalist.store.StoreException;
import org.annalist.store.StoreQueries;

/**
 * The query relay of a process that writes a store: an HTTP endpoint on 127.0.0.1 (a free port)
 * that answers search, events, SQL, stats, rejected and export requests from the writing process's
 * own store, so that other processes can query the store during an ingest. Its port and a random
 * token are in the data directory's {@code relay.json} (owner-only) while it runs; every request
 * must carry the token. {@link RelayClient} is the other end.
 */
public final class QueryRelay implements AutoCloseable {
  private static final int MAX_BODY = 1 << 20;

  private final StoreQueries store;
  private final String token;
  private final Javalin app;

  private QueryRelay(StoreQueries store, String token, Javalin app) {
    this.store = store;
    this.token = token;
    this.app = app;
  }

  /**
   * Starts answering for {@code store} and advertises the endpoint in its directory.
   *
   * @throws StoreException when the endpoint cannot be started or advertised
   */
  public static QueryRelay start(StoreQueries store) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    String token = HexFormat.of().formatHex(secret);
    Handlers h = new Handlers(store, token);
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.http.maxRequestSize = MAX_BODY;
              cfg.routes.post("/relay/search", h::search);
              cfg.routes.post("/relay/events", h::events);
              cfg.routes.post("/relay/sql", h::sql);
              cfg.routes.post("/relay/stats", h::stats);
              cfg.routes.post("/relay/rejected", h::rejected);
              cfg.routes.post("/relay/export", h::export);
            });
    try {
      app.start("127.0.0.1", 0);
    } catch (RuntimeException e) {
      throw new StoreException("cannot start the query relay: " + e.getMessage(), e);
    }
    QueryRelay relay = new QueryRelay(store, token, app);
    try {
      new RelayFile(app.port(), token, ProcessHandle.current().pid()).write(store.dir());
    } catch (IOException e) {
      app.stop();
      throw new StoreException("cannot advertise the query relay in " + store.dir() + ": " + e, e);
    }
    return relay;
  }

  /** The loopback port it answers on. */
  public int port() {
    return app.port();
  }

  /**
   * Whether an {@code Authorization} header carries {@code Bearer TOKEN}, compared in constant
   * time.
   */
  static boolean bearerMatches(String header, String token) {
    return header != null
        && header.startsWith("Bearer ")
        && MessageDigest.isEqual(
            header.substring(7).getBytes(StandardCharsets.UTF_8),
            token.getBytes(StandardCharsets.UTF_8));
  }

  /** Stops answering and removes the advertisement. */
  @Override
  public void close() {
    RelayFile.remove(store.dir(), token);
    app.stop();
  }

  /** The request handlers: each checks the token, reads its request and answers in JSON. */
  private record Handlers(StoreQueries store, String token) {
    void search(Context ctx) throws JsonProcessingException {
      answer(ctx, RelayJson.Search.class, r -> store.search(r.query()));
    }

    void events(Context ctx) throws JsonProcessingException {
      answer(ctx, RelayJson.Events.class, r -> store.events(r.filter(), r.limit(), r.offset()));
    }

    void sql(Context ctx) throws JsonProcessingException {
      answer(ctx, RelayJson.Sql.class, r -> store.sql(r.query(), r.maxRows()));
    }

    void stats(Context ctx) throws JsonProcessingException {
      answer(ctx, RelayJson.Stats.class, r -> store.stats(r.top()));
    }

    void rejected(Context ctx) throws JsonProcessingException {
      answer(ctx, RelayJson.Rejected.class, r -> store.rejected(r.limit(), r.offset()));
    }

    void export(Context ctx) throws JsonProcessingException {
      answer(
          ctx, RelayJson.ExportRequest.class, r -> store.export(r.format(), r.filter(), r.out()));
    }

    private <R> void answer(Context ctx, Class<R> type, java.util.function.Function<R, ?> query)
        throws JsonProcessingException {
      ctx.contentType("application/json");
      if (!authorised(ctx.header("Authorization"))) {
        ctx.status(401).result(fail("the request does not carry the relay's token"));
        return;
      }
      R request;
      try {
        request = RelayJson.MAPPER.readValue(ctx.body(), type);
      } catch (JsonProcessingException e) {
        ctx.status(400).result(fail("bad request: " + e.getOriginalMessage()));
        return;
      }
      Object result;
      try {
        result = query.apply(request);
      } catch (StoreException | IllegalArgumentException e) {
        ctx.status(400).result(fail(e.getMessage()));
        return;
      }
      ctx.result(RelayJson.MAPPER.writeValueAsString(result));
    }

    private boolean authorised(String header) {
      return bearerMatches(header, token);
    }

    private static String fail(String message) throws JsonProcessingException {
      return RelayJson.MAPPER.writeValueAsString(new RelayJson.Failure(message));
    }
  }
}
