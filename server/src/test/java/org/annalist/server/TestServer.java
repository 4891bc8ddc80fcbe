package org.annalist.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.nlp.NlpConfig;
import org.annalist.store.Store;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real server on a loopback port over a new store, with the fixture articles ({@code
 * fixture-articles.json}: the seed article, articles of the pipeline's golden tests, a second
 * report of the seed's visit and an article full of HTML-injection payloads) ingested through
 * {@code POST /api/articles}. Started once per test JVM (loading the pipeline takes a while) and
 * closed when the JVM's tests end. Declare a {@link TestServer} parameter and
 * {@code @ExtendWith(TestServer.Extension.class)}.
 */
public final class TestServer implements AutoCloseable {
  private final Path dir;
  private final PipelineResources resources;
  private final Store store;
  private final ApiServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** What ingesting the fixture answered. */
  private final JsonNode ingested;

  private TestServer() throws IOException, InterruptedException {
    dir = Files.createTempDirectory("annalist-server-test");
    resources = PipelineResources.load(NlpConfig.defaults());
    store = Store.open(dir.resolve("data"), Store.Mode.READ_WRITE);
    server =
        ApiServer.start(
            store,
            () -> {
              Extractor x = resources.extractor();
              return x::extract;
            },
            new ApiServer.Options("127.0.0.1", 0, null, true));
    try (InputStream in = TestServer.class.getResourceAsStream("fixture-articles.json")) {
      HttpResponse<String> r =
          post("/api/articles", new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (r.statusCode() != 200) {
        throw new IllegalStateException("fixture ingest failed: " + r.statusCode() + r.body());
      }
      ingested = ApiServer.JSON.readTree(r.body());
    }
  }

  /** The answer to ingesting the fixture articles. */
  public JsonNode ingested() {
    return ingested;
  }

  public Store store() {
    return store;
  }

  public ApiServer server() {
    return server;
  }

  /** The address of a path on the server. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return http.send(
          b.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The JSON body of a GET that must succeed. */
  public JsonNode json(String path) {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + ": " + r.statusCode() + " " + r.body());
    }
    try {
      return ApiServer.JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pipeline's resources (for tests that start a server of their own). */
  public PipelineResources resources() {
    return resources;
  }

  @Override
  public void close() throws IOException {
    server.close();
    store.close();
    resources.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Gives tests the shared server. */
  public static final class Extension implements ParameterResolver {
    private static final ExtensionContext.Namespace NS =
        ExtensionContext.Namespace.create(TestServer.class);

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
      return p.getParameter().getType() == TestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
      return c.getRoot()
          .getStore(NS)
          .getOrComputeIfAbsent(
              TestServer.class,
              k -> {
                try {
                  return new TestServer();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new IllegalStateException(e);
                }
              },
              TestServer.class);
    }
  }
}
