package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commands end to end with CoreNLP. Each extract run builds its own pipeline; CoreNLP keeps its
 * annotators per JVM, so only the first run pays the full model load. The runs are few on purpose.
 */
class ExtractCommandIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String VISIT =
      "French Foreign Minister Stephane Sejourne visited Kyiv on Tuesday and met Ukrainian"
          + " President Volodymyr Zelensky. Sejourne said France would continue to support Ukraine"
          + " and promised new air defence systems. Zelensky thanked France for its help and urged"
          + " European governments to send more ammunition.\n";

  private static final String GERMAN =
      "Die Bundesregierung hat am Mittwoch neue Hilfen für die Landwirtschaft beschlossen. Der"
          + " Minister sagte, die Maßnahmen sollten noch in diesem Jahr in Kraft treten. Die"
          + " Opposition kritisierte den Plan als unzureichend und forderte Nachbesserungen.\n";

  @TempDir Path dir;

  /** The outcome of one run: exit code and everything written to each stream. */
  record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private static Run run(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true)) {
      CommandLine cl = AnnalistCommand.commandLine(o, e);
      if (stdin != null) {
        ((ExtractCommand) cl.getSubcommands().get("extract").getCommand()).stdin = stdin;
      }
      code = cl.execute(args);
    }
    Run r = new Run(code, out.toString(), err.toString());
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return r;
  }

  private static Run run(String... args) {
    return run(null, args);
  }

  private static List<JsonNode> documents(String out) throws IOException {
    try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(out)) {
      return it.readAll();
    }
  }

  @Test
  void batchWithBadInputsCodesTheGoodArticleAndReportsEachBadOne() throws IOException {
    Path good = Files.writeString(dir.resolve("visit.txt"), VISIT);
    String missing = dir.resolve("missing.txt").toString();
    Path badJson = Files.writeString(dir.resolve("feed.jsonl"), "{\"text\": \"unfinished\"\n");
    Path german = Files.writeString(dir.resolve("landwirtschaft.txt"), GERMAN);

    Run r =
        run(
            "extract",
            "--date",
            "2024-05-01",
            good.toString(),
            missing,
            badJson.toString(),
            german.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.SOME_REJECTED);
    List<JsonNode> docs = documents(r.out());
    assertThat(docs).hasSize(1);
    JsonNode doc = docs.get(0);
    assertThat(doc.path("article").path("date").asText()).isEqualTo("2024-05-01");
    assertThat(doc.path("article").path("origin").asText()).isEqualTo(good.toString());
    assertThat(doc.path("events").isArray()).isTrue();
    assertThat(doc.path("events")).isNotEmpty();

    List<String> lines = r.errLines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("annalist: " + missing + ": no such file");
    assertThat(lines.get(1)).startsWith("annalist: " + badJson + ":1: invalid JSON: ");
    assertThat(lines.get(2)).startsWith("annalist: " + german + ": not English");
    assertThat(lines.get(3)).isEqualTo("annalist: 1 processed, 3 rejected");
  }

  @Test
  void jsonlPrintsOneCompactDocumentPerArticleInInputOrder() throws IOException {
    String first =
        MAPPER.writeValueAsString(
            Map.of(
                "id", "first",
                "title", "Minister visits Kyiv",
                "date", "2024-05-01",
                "text", VISIT));
    String second =
        MAPPER.writeValueAsString(
            Map.of(
                "id",
                "second",
                "title",
                "Japan and Brazil",
                "date",
                "2024-05-03",
                "text",
                "Japanese Prime Minister Fumio Kishida met Brazilian President Luiz Inacio Lula da"
                    + " Silva in Brasilia on Friday. The two leaders agreed to expand trade and"
                    + " Japan promised to invest in Brazilian agriculture."));
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), first + "\n" + second + "\n");

    Run r = run("extract", "--jsonl", "--threads", "2", feed.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode a = MAPPER.readTree(lines.get(0));
    JsonNode b = MAPPER.readTree(lines.get(1));
    assertThat(a.isObject()).isTrue();
    assertThat(b.isObject()).isTrue();
    assertThat(a.path("schema").asText()).isEqualTo("annalist-extraction/1");
    assertThat(a.path("article").path("id").asText()).isEqualTo("first");
    assertThat(a.path("article").path("origin").asText()).isEqualTo(feed + ":1");
    assertThat(a.path("article").path("date").asText()).isEqualTo("2024-05-01");
    assertThat(b.path("article").path("id").asText()).isEqualTo("second");
    assertThat(b.path("article").path("origin").asText()).isEqualTo(feed + ":2");
    assertThat(b.path("article").path("date").asText()).isEqualTo("2024-05-03");
  }

  @Test
  void standardInputInSeedFormatTakesTheDateFromTheInput() throws IOException {
    String seed =
        " date 2024-03-18 NATO Secretary General Jens Stoltenberg visited Georgia on Monday and"
            + " met Prime Minister Irakli Kobakhidze in Tbilisi. Stoltenberg praised Georgia for"
            + " its reforms and said the alliance would keep supporting the country.\n";
    InputStream stdin = new ByteArrayInputStream(seed.getBytes(StandardCharsets.UTF_8));

    Run r = run(stdin, "extract", "-");

    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    List<JsonNode> docs = documents(r.out());
    assertThat(docs).hasSize(1);
    JsonNode article = docs.get(0).path("article");
    assertThat(article.path("date").asText()).isEqualTo("2024-03-18");
    assertThat(article.path("format").asText()).isEqualTo("seed");
    assertThat(article.path("origin").asText()).isEqualTo("stdin");
    assertThat(docs.get(0).path("text").asText()).startsWith("NATO Secretary General");
  }

  @Test
  void dictTestExplainsAndShowsTheParse() {
    Run r =
        run(
            "dict",
            "test",
            "--parse",
            "--date",
            "2024-05-08",
            "Chile refused to meet Peru's foreign minister.");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .contains("125 Reject proposal to meet")
        .contains("refusal expressed by 'refused'")
        .contains("xcomp(refused-1, meet-3)")
        .contains("2:to/to/TO");
    Run none = run("dict", "test", "--date", "2024-05-08", "Chile's rebels surrendered.");
    assertThat(none.out()).contains("no events");
    Run some =
        run(
            "dict",
            "test",
            "--allow-no-target",
            "--date",
            "2024-05-08",
            "Chile's rebels surrendered.");
    assertThat(some.out()).contains("0874").contains("no target");
    String killed = "Three Peruvian soldiers were killed by a roadside bomb.";
    assertThat(run("dict", "test", "--date", "2024-05-08", killed).out()).contains("no events");
    Run targetOnly = run("dict", "test", "--allow-no-source", "--date", "2024-05-08", killed);
    assertThat(targetOnly.out()).contains("1823").contains("no source -> PERMIL");
    Run neither =
        run(
            "dict",
            "test",
            "--allow-no-source",
            "--allow-no-target",
            "--date",
            "2024-05-08",
            "A roadside bomb killed three people.");
    assertThat(neither.out()).as("an event names at least one actor").contains("no events");
  }

  @Test
  void evalNerScoresTheFixture() throws URISyntaxException, IOException {
    Path conll = Path.of(ExtractCommandIT.class.getResource("ner-sample.conll").toURI());

    Run table = run("eval", "ner", "--conll", conll.toString());
    assertThat(table.code()).as(table.err()).isEqualTo(ExitCodes.OK);
    assertThat(table.err()).isEmpty();
    List<String> lines = table.out().lines().toList();
    assertThat(lines).isNotEmpty();
    String last = lines.get(lines.size() - 1);
    Matcher f1 = Pattern.compile("f1=(0\\.\\d{4})").matcher(last);
    assertThat(f1.matches()).as(last).isTrue();
    assertThat(Double.parseDouble(f1.group(1))).isGreaterThan(0.5);

    Run json = run("eval", "ner", "--conll", conll.toString(), "--json");
    assertThat(json.code()).as(json.err()).isEqualTo(ExitCodes.OK);
    assertThat(json.err()).isEmpty();
    List<JsonNode> docs = documents(json.out());
    assertThat(docs).hasSize(1);
    JsonNode overall = docs.get(0).path("overall");
    assertThat(overall.path("f1").isNumber()).as(json.out()).isTrue();
    assertThat(overall.path("f1").asDouble()).isGreaterThan(0.5);
    assertThat(overall.path("f1").asDouble())
        .isCloseTo(Double.parseDouble(f1.group(1)), offset(0.0001));
  }
}
