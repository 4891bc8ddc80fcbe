package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line without the NLP pipeline: bad inputs, usage errors and help. The extract command
 * loads CoreNLP only when a readable article arrives, so every case here stays fast.
 */
class ExtractCommandTest {
  @TempDir Path dir;

  /** The outcome of one run: exit code and everything written to each stream. */
  record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }

    /** Asserts that neither stream shows a stack trace. */
    Run noStackTrace() {
      for (String text : List.of(out, err)) {
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ");
      }
      return this;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true)) {
      code = AnnalistCommand.commandLine(o, e).execute(args);
    }
    return new Run(code, out.toString(), err.toString()).noStackTrace();
  }

  /** Asserts a usage error: exit 2, one {@code annalist:} line and the hint to ask for help. */
  static void assertUsageError(Run r, String command, String... fragments) {
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    List<String> lines = r.errLines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("annalist: ").contains(fragments);
    assertThat(lines.get(1)).isEqualTo("Try '" + command + " --help'.");
  }

  /** Asserts a run whose only input was rejected: exit 1, its line and the summary. */
  static void assertRejected(Run r, String origin, String reason) {
    assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly(
            "annalist: " + origin + ": " + reason, "annalist: 0 processed, 1 rejected");
  }

  @Test
  void missingFileIsRejected() {
    String missing = dir.resolve("missing.txt").toString();
    assertRejected(run("extract", missing), missing, "no such file");
  }

  @Test
  void emptyDirectoryIsRejected() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertRejected(
        run("extract", empty.toString()), empty.toString(), "no articles found in directory");
  }

  @Test
  void emptyFileIsRejected() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.txt"), "");
    assertRejected(run("extract", file.toString()), file.toString(), "empty file");
  }

  @Test
  void blankFileIsRejectedAsEmpty() throws IOException {
    Path file = Files.writeString(dir.resolve("blank.txt"), "  \n\t\n");
    assertRejected(run("extract", file.toString()), file.toString(), "empty file");
  }

  @Test
  void binaryFileIsRejected() throws IOException {
    byte[] bytes = "Ministers met in Paris.".getBytes(StandardCharsets.US_ASCII);
    bytes[8] = 0;
    bytes[15] = 0;
    Path file = Files.write(dir.resolve("article.txt"), bytes);
    assertRejected(run("extract", file.toString()), file.toString(), "binary file, not text");
  }

  @Test
  void invalidUtf8IsRejectedWithTheOffset() throws IOException {
    // "Caf\xE9 ..." is Latin-1, not UTF-8: 0xE9 must be followed by two continuation bytes.
    byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', 'o', 'p', 'e', 'n', 's', '.', '\n'};
    Path file = Files.write(dir.resolve("latin1.txt"), bytes);
    assertRejected(run("extract", file.toString()), file.toString(), "invalid UTF-8 at byte 3");
  }

  @Test
  void fileOverTheSizeLimitIsRejected() throws IOException {
    Path file = Files.writeString(dir.resolve("long.txt"), "The minister spoke. ".repeat(100));
    Run r = run("extract", "--max-size", "1KB", file.toString());
    assertRejected(r, file.toString(), "file too large: 2000 bytes, limit 1024");
  }

  @Test
  void everyInvalidJsonLineIsRejectedWithItsLineNumber() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("feed.jsonl"),
            "{\"text\": \"The minister spoke.\"\nnot json at all\n\n{\"id\": 1,}\n");
    Run r = run("extract", file.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).isEmpty();
    List<String> lines = r.errLines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("annalist: " + file + ":1: invalid JSON: ");
    assertThat(lines.get(1)).startsWith("annalist: " + file + ":2: invalid JSON: ");
    assertThat(lines.get(2)).startsWith("annalist: " + file + ":4: invalid JSON: ");
    assertThat(lines.get(3)).isEqualTo("annalist: 0 processed, 3 rejected");
  }

  @Test
  void severalBadInputsAreEachReportedOnceInInputOrder() throws IOException {
    String missing = dir.resolve("missing.txt").toString();
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{oops}\n");
    Run r = run("extract", missing, empty.toString(), bad.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).isEmpty();
    List<String> lines = r.errLines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("annalist: " + missing + ": no such file");
    assertThat(lines.get(1)).isEqualTo("annalist: " + empty + ": empty file");
    assertThat(lines.get(2)).startsWith("annalist: " + bad + ":1: invalid JSON: ");
    assertThat(lines.get(3)).isEqualTo("annalist: 0 processed, 3 rejected");
  }

  @Test
  void emptyStandardInputIsRejected() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true)) {
      CommandLine cl = AnnalistCommand.commandLine(o, e);
      ((ExtractCommand) cl.getSubcommands().get("extract").getCommand()).stdin =
          new ByteArrayInputStream(new byte[0]);
      code = cl.execute("extract", "-");
    }
    assertRejected(
        new Run(code, out.toString(), err.toString()).noStackTrace(), "stdin", "empty file");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertUsageError(run("extract", "--bogus", "a.txt"), "annalist extract", "--bogus");
  }

  @Test
  void unknownFormatIsAUsageError() {
    Run r = run("extract", "--format", "nonsense", "a.txt");
    assertUsageError(r, "annalist extract", "--format", "unknown format 'nonsense'");
  }

  @Test
  void badSizeIsAUsageError() {
    Run r = run("extract", "--max-size", "lots", "a.txt");
    assertUsageError(r, "annalist extract", "--max-size", "invalid size 'lots'");
  }

  @Test
  void badDateIsAUsageError() {
    assertUsageError(
        run("extract", "--date", "2024-13-45", "a.txt"),
        "annalist extract",
        "--date",
        "invalid date '2024-13-45'");
  }

  @Test
  void zeroThreadsIsAUsageError() {
    String missing = dir.resolve("missing.txt").toString();
    Run r = run("extract", "--threads", "0", missing);
    assertUsageError(r, "annalist extract", "--threads must be at least 1");
  }

  @Test
  void zeroLimitIsAUsageError() {
    String missing = dir.resolve("missing.txt").toString();
    assertUsageError(
        run("extract", "--limit", "0", missing), "annalist extract", "--limit must be at least 1");
  }

  @Test
  void benchWithZeroThreadsIsAUsageErrorBeforeAnyLoading() {
    String missing = dir.resolve("missing.txt").toString();
    assertUsageError(
        run("bench", "extract", "--threads", "1,0", missing),
        "annalist bench extract",
        "--threads and --rounds must be at least 1");
  }

  @Test
  void evalNerReportsABadConllLineBeforeLoadingModels() throws IOException {
    Path bad =
        Files.writeString(dir.resolve("bad.conll"), "Paris NNP B-NP B-LOC\nis VBZ B-VP X-FOO\n");
    Run r = run("eval", "ner", "--conll", bad.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("annalist: ").contains(":2:", "X-FOO");
  }

  @Test
  void evalGeoChecksItsFormatAndGoldFileBeforeLoadingModels() throws IOException {
    Run format = run("eval", "geo", "--format", "kml", "--data", "x.xml");
    assertThat(format.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(format.errLines()).hasSize(1);
    assertThat(format.errLines().get(0)).startsWith("annalist: ").contains("kml");
    Run baseline =
        run("eval", "geo", "--format", "lgl", "--data", "x.xml", "--baseline", "nearest");
    assertThat(baseline.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(baseline.errLines().get(0)).contains("population");
    Run missing =
        run("eval", "geo", "--format", "lgl", "--data", dir.resolve("none.xml").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(missing.errLines().get(0)).contains("no such file");
    Path bad = Files.writeString(dir.resolve("bad.xml"), "<articles><article docid=\"1\">");
    Run malformed = run("eval", "geo", "--format", "lgl", "--data", bad.toString());
    assertThat(malformed.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(malformed.errLines()).hasSize(1);
    assertThat(malformed.errLines().get(0)).startsWith("annalist: ").contains("bad.xml");
  }

  @Test
  void evalPetrarchReportsABadRecordFileBeforeLoadingModels() throws IOException {
    Run missing = run("eval", "petrarch", "--records", dir.resolve("none.xml").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(missing.errLines().get(0)).contains("no such file");
    Path bad =
        Files.writeString(
            dir.resolve("records.xml"),
            "<V><Sentence date=\"19950101\" id=\"DEMO-9\" category=\"DEMO\"></Sentence></V>");
    Run r = run("eval", "petrarch", "--records", bad.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("annalist: ").endsWith("DEMO-9: no text");
  }

  @Test
  void petrarchDictionariesMustBeThere() throws IOException {
    Path article = Files.writeString(dir.resolve("a.txt"), "Kenya praised Ethiopia on Monday.");
    Run r = run("extract", "--dictionaries", dir.resolve("none").toString(), article.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0))
        .isEqualTo("annalist: no such directory: " + dir.resolve("none"));
    Files.createDirectories(dir.resolve("dicts"));
    Run noConfig =
        run("extract", "--dictionaries", dir.resolve("dicts").toString(), article.toString());
    assertThat(noConfig.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(noConfig.errLines().get(0)).contains("no PETR_config.ini");
  }

  @Test
  void actorsLookupShowsTheOfficeOnTheDate() {
    Run r = run("actors", "lookup", "Zurabishvili", "--date", "2024-03-18");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("GEOGOV\tperson\t").contains("office-holders.tsv:");
    Run later = run("actors", "lookup", "Zurabishvili", "--date", "2025-03-18");
    assertThat(later.out()).startsWith("GEOELI\tformer office holder");
    Run unknown = run("actors", "lookup", "Nobody In Particular");
    assertThat(unknown.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(unknown.errLines())
        .containsExactly("annalist: no actor named 'Nobody In Particular'");
  }

  @Test
  void reviewCountsMarksAndYield() throws IOException {
    Path sheet =
        Files.write(
            dir.resolve("sheet.tsv"),
            List.of(
                "# annalist review sheet",
                "# articles=20 seed=1",
                "id\tsentence\tsource\ttarget\tevent\tmodality\tcorrect",
                "a/e1\tS one.\tX [FRA]\tY [DEU]\t040 Consult\tasserted\ty",
                "a/e2\tS two.\tX [FRA]\tY [DEU]\t111 Criticize\tasserted\tn",
                "b/e1\tS three.\tX [FRA]\tY [DEU]\t051 Praise\tasserted\tY",
                "b/e2\tS four.\tX [FRA]\tY [DEU]\t051 Praise\tasserted\t"));
    Run r = run("eval", "review", sheet.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines().toList())
        .containsExactly(
            "articles 20, events 4, marked 3 (y 2, n 1)",
            "yield 20.0 events per 100 articles (4 events coded)",
            "precision=0.6667");
  }

  @Test
  void reviewYieldCountsEventsLeftOffTheSheet() throws IOException {
    Path sheet =
        Files.write(
            dir.resolve("capped.tsv"),
            List.of(
                "# articles=10 events=7 seed=3 per-article=1",
                "id\tsentence\tsource\ttarget\tevent\tmodality\tcorrect",
                "a/e1\tS one.\tX [FRA]\tY [DEU]\t040 Consult\tasserted\ty",
                "b/e4\tS two.\tX [FRA]\tY [DEU]\t111 Criticize\tasserted\ty"));
    Run r = run("eval", "review", sheet.toString());
    assertThat(r.out().lines().toList())
        .containsExactly(
            "articles 10, events 2, marked 2 (y 2, n 0)",
            "yield 70.0 events per 100 articles (7 events coded)",
            "precision=1.0000");
  }

  @Test
  void reviewReportsPrecisionPerConfidenceBandAndAtTheThreshold() throws IOException {
    Path sheet =
        Files.write(
            dir.resolve("scored.tsv"),
            List.of(
                "# articles=10 events=5 seed=3 per-article=3",
                "id\tsentence\tsource\ttarget\tevent\tmodality\tcorrect",
                "a/e1\tS one.\tX [FRA]\tY [DEU]\t040 Consult\tasserted\ty",
                "a/e2\tS two.\tX [FRA]\tY [DEU]\t111 Criticize\tasserted\tn",
                "b/e1\tS three.\tX [FRA]\tY [DEU]\t051 Praise\tasserted\ty",
                "b/e2\tS four.\tX [FRA]\tY [DEU]\t051 Praise\thypothetical\tn"));
    Files.write(
        dir.resolve("scored.tsv.scores"),
        List.of(
            "id\tconfidence\tfeatures",
            "a/e1\t0.92\troot=04",
            "a/e2\t0.81\troot=11",
            "a/e3\t0.40\troot=11",
            "b/e1\t0.65\troot=05",
            "b/e2\t0.45\troot=05"));
    Run r = run("eval", "review", sheet.toString(), "--threshold", "0.8");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines().toList())
        .containsExactly(
            "articles 10, events 4, marked 4 (y 2, n 2)",
            "yield 50.0 events per 100 articles (5 events coded)",
            "confidence band   marked  precision",
            "  [0.0, 0.5)        1  0.000",
            "  [0.5, 0.6)        0  -",
            "  [0.6, 0.7)        1  1.000",
            "  [0.7, 0.8)        0  -",
            "  [0.8, 0.9)        1  0.000",
            "  [0.9, 1.0)        1  1.000",
            "at confidence >= 0.80: marked 2, precision 0.5000, yield 20.0 events per 100 articles"
                + " (2 events)",
            "precision=0.5000");
  }

  @Test
  void reviewRejectsABadMarkWithItsLine() throws IOException {
    Path sheet =
        Files.write(
            dir.resolve("bad.tsv"),
            List.of("# articles=1", "a/e1\tS.\tX\tY\t040\tasserted\tmaybe"));
    Run r = run("eval", "review", sheet.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.errLines())
        .containsExactly("annalist: " + sheet + ":2: mark must be y or n, found 'maybe'");
  }

  @Test
  void noInputIsAUsageError() {
    assertUsageError(run("extract"), "annalist extract", "FILE");
  }

  @Test
  void helpPrintsUsageOnStandardOutput() {
    Run r = run("extract", "--help");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("Usage: annalist extract")
        .contains("--format", "--date", "--jsonl", "--threads", "--max-size", "--limit");
  }

  @Test
  void noCommandIsAUsageError() {
    assertUsageError(run(), "annalist", "a command is required");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertUsageError(run("extrakt", "a.txt"), "annalist", "extrakt");
  }

  @Test
  void evalNerWithMissingFileFails() {
    String missing = dir.resolve("missing.conll").toString();
    Run r = run("eval", "ner", "--conll", missing);
    assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("annalist: " + missing + ": no such file");
  }

  @Test
  void evalNerWithoutConllIsAUsageError() {
    assertUsageError(run("eval", "ner"), "annalist eval ner", "--conll");
  }

  @Test
  void evalWithoutEvaluationIsAUsageError() {
    assertUsageError(run("eval"), "annalist eval", "an evaluation is required");
  }

  @Test
  void storeBenchmarksNameTheOptionThatIsOutOfRange() {
    assertUsageError(
        run("bench", "write", "--threads", "0", "x.txt"),
        "annalist bench write",
        "--threads must be at least 1");
    assertUsageError(
        run("bench", "ingest", "--batch", "0", "x.txt"),
        "annalist bench ingest",
        "--batch must be at least 1");
    assertUsageError(
        run("bench", "write", "--rounds", "0", "x.txt"),
        "annalist bench write",
        "--rounds must be at least 1");
  }

  @Test
  void benchWithoutBenchmarkIsAUsageError() {
    assertUsageError(run("bench"), "annalist bench", "a benchmark is required");
  }
}
