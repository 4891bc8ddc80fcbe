package org.annalist.cli;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.annalist.pipeline.Extractor;
import org.annalist.server.ApiServer;
import org.annalist.server.QueryRelay;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist serve}: the HTTP API and web UI over the store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the web UI and the JSON API (see /openapi.json) over the store, created when"
          + " missing, until interrupted. Articles posted to /api/articles go through the same"
          + " pipeline as annalist ingest. Other annalist commands can query the store meanwhile.",
      "Binds to 127.0.0.1 unless --host says otherwise; beyond loopback, the endpoints that"
          + " write require the token (--token, or one printed at start)."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DataOptions data = new DataOptions();

  @Mixin CodingOptions coding = new CodingOptions();

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "Address to bind (default 127.0.0.1).")
  String host = "127.0.0.1";

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port (default 8080; 0 for any free port).")
  int port = 8080;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "Token the write endpoints require when bound beyond loopback (default: a random one,"
              + " printed). Environment: ANNALIST_TOKEN.")
  String token = System.getenv("ANNALIST_TOKEN");

  @Option(
      names = "--enable-sql",
      description =
          "Offer read-only SQL at /api/sql (off by default; sandboxed as in annalist sql).")
  boolean sql;

  /** Released to stop the server (tests); otherwise it runs until the process ends. */
  final CountDownLatch stop = new CountDownLatch(1);

  /** Released when the server and the store are closed. */
  private final CountDownLatch closed = new CountDownLatch(1);

  @Override
  @SuppressWarnings("try") // The relay answers other processes while the server runs.
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--port must be from 0 to 65535");
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean loopback = ApiServer.isLoopbackAddress(host);
    String secret = token;
    if (!loopback && (secret == null || secret.isBlank())) {
      byte[] b = new byte[24];
      new SecureRandom().nextBytes(b);
      secret = HexFormat.of().formatHex(b);
      err.println("annalist: write endpoints require the token " + secret);
    }
    try (Store store = data.write();
        QueryRelay relay = QueryRelay.start(store);
        ApiServer server =
            ApiServer.start(
                store,
                () -> {
                  Extractor x = coding.extractor();
                  return x::extract;
                },
                new ApiServer.Options(host, port, loopback ? null : secret, sql))) {
      err.printf(
          "annalist: serving %s on http://%s:%d/ (Ctrl-C stops)%n",
          data.data, host.contains(":") ? "[" + host + "]" : host, server.port());
      err.flush();
      Thread hook = new Thread(this::stopAndWait, "serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      stop.await();
    } finally {
      closed.countDown();
    }
    return ExitCodes.OK;
  }

  /** On interrupt: stops serving and waits (a little) until the store is closed cleanly. */
  private void stopAndWait() {
    stop.countDown();
    try {
      closed.await(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
