package org.annalist.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.annalist.store.EventFilter;
import org.annalist.store.Export;
import org.annalist.store.ResultTable;
import org.annalist.store.SearchQuery;
import org.annalist.store.SearchResult;
import org.annalist.store.StoreException;
import org.annalist.store.StoreQueries;
import org.annalist.store.StoreStats;

/**
 * Asks a store's questions of the process that writes it, through its {@link QueryRelay}: what a
 * reading command uses when the store is being written. Answers and refusals are those the store
 * gives; a relay that does not answer is a one-line {@link StoreException}.
 */
public final class RelayClient implements StoreQueries {
  private static final Duration CONNECT = Duration.ofSeconds(5);
  private static final Duration ANSWER = Duration.ofMinutes(10);

  private final Path dir;
  private final RelayFile relay;
  private final HttpClient http;

  private RelayClient(Path dir, RelayFile relay) {
    this.dir = dir;
    this.relay = relay;
    this.http = HttpClient.newBuilder().connectTimeout(CONNECT).build();
  }

  /** The relay of the process writing the store in {@code dir}, if one is advertised and alive. */
  public static Optional<RelayClient> find(Path dir) {
    return RelayFile.read(dir).map(f -> new RelayClient(dir, f));
  }

  /** The process that answers. */
  public long pid() {
    return relay.pid();
  }

  @Override
  public SearchResult search(SearchQuery q) {
    return ask("search", new RelayJson.Search(q), SearchResult.class);
  }

  @Override
  public ResultTable events(EventFilter f, int limit, int offset) {
    return ask("events", new RelayJson.Events(f, limit, offset), ResultTable.class);
  }

  @Override
  public ResultTable sql(String query, int maxRows) {
    return ask("sql", new RelayJson.Sql(query, maxRows), ResultTable.class);
  }

  @Override
  public StoreStats stats(int top) {
    return ask("stats", new RelayJson.Stats(top), StoreStats.class);
  }

  @Override
  public ResultTable rejected(int limit, int offset) {
    return ask("rejected", new RelayJson.Rejected(limit, offset), ResultTable.class);
  }

  @Override
  public Export.Result export(Export.Format format, EventFilter filter, Path outDir) {
    return ask(
        "export",
        new RelayJson.ExportRequest(format, filter, outDir.toAbsolutePath().toString()),
        Export.Result.class);
  }

  @Override
  public Path dir() {
    return dir;
  }

  @Override
  public void close() {
    // Nothing held: each question is one request.
  }

  private <T> T ask(String what, Object request, Class<T> answer) {
    HttpResponse<String> r;
    try {
      HttpRequest req =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + relay.port() + "/relay/" + what))
              .timeout(ANSWER)
              .header("Authorization", "Bearer " + relay.token())
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(RelayJson.MAPPER.writeValueAsString(request)))
              .build();
      r = http.send(req, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable(e);
    }
    try {
      if (r.statusCode() == 200) {
        return RelayJson.MAPPER.readValue(r.body(), answer);
      }
      throw new StoreException(
          RelayJson.MAPPER.readValue(r.body(), RelayJson.Failure.class).error());
    } catch (JsonProcessingException e) {
      throw new StoreException(
          "the process writing the store "
              + dir
              + " (process "
              + relay.pid()
              + ") gave an answer that cannot be read (HTTP "
              + r.statusCode()
              + ")",
          e);
    }
  }

  private StoreException unreachable(Exception e) {
    return new StoreException(
        "the store "
            + dir
            + " is being written by process "
            + relay.pid()
            + ", whose query relay does not answer ("
            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
            + "); try again when it has finished",
        e);
  }
}
