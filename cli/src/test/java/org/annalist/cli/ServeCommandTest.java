package org.annalist.cli;

import static org.annalist.cli.ExtractCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.cli.ExtractCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code annalist serve} without the NLP pipeline: it starts, answers, shares the store, stops. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void servesTheStoreOnLoopbackWhileOtherCommandsQueryIt() throws Exception {
    String data = dir.resolve("data").toString();
    StringWriter err = new StringWriter();
    CommandLine cl =
        AnnalistCommand.commandLine(
            new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    CompletableFuture<Integer> code =
        CompletableFuture.supplyAsync(() -> cl.execute("serve", "--data", data, "--port", "0"));
    Matcher m = Pattern.compile("serving .* on http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!m.reset(err.toString()).find()) {
      assertThat(code).as(err.toString()).isNotDone();
      assertThat(System.nanoTime()).as("the server did not start").isLessThan(deadline);
      Thread.sleep(50);
    }
    int port = Integer.parseInt(m.group(1));
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"ok\"");
    HttpResponse<String> sql =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sql?q=SELECT%201"))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(sql.statusCode()).as("SQL is off by default").isEqualTo(404);
    // Another command reads the store through the serving process's relay.
    Run stats = run("stats", "--data", data);
    assertThat(stats.code()).isZero();
    assertThat(stats.out()).contains("articles  0");
    ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
    serve.stop.countDown();
    assertThat(code.get(30, TimeUnit.SECONDS)).isZero();
    // Stopped: the store is free for a writer again.
    assertThat(run("sql", "--data", data, "SELECT count(*) AS n FROM articles").code()).isZero();
  }

  @Test
  void refusesABadPort() {
    Run r = run("serve", "--data", dir.resolve("data").toString(), "--port", "70000");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--port must be from 0 to 65535");
  }
}
