package org.annalist.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.annalist.model.Actor;
import org.annalist.model.Article;
import org.annalist.model.Extraction;
import org.annalist.model.Span;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.RejectedArticleException;
import org.annalist.pipeline.eval.ConllFormatException;
import org.annalist.pipeline.eval.ConllReader;
import org.annalist.pipeline.eval.ConllSentence;
import org.annalist.pipeline.eval.NerEvaluation;
import org.annalist.pipeline.eval.NerScores;
import org.annalist.pipeline.eval.PloverEvaluation;
import org.annalist.pipeline.eval.PloverRecord;
import org.annalist.pipeline.eval.PloverRecords;
import org.annalist.pipeline.eval.geo.GeoEvaluation;
import org.annalist.pipeline.eval.geo.GeoReport;
import org.annalist.pipeline.eval.geo.GeoReportRenderer;
import org.annalist.pipeline.eval.geo.GoldCorpus;
import org.annalist.pipeline.eval.geo.GoldCountry;
import org.annalist.pipeline.eval.geo.GoldFormat;
import org.annalist.pipeline.eval.geo.GoldReader;
import org.annalist.pipeline.nlp.CoreNlpNerTagger;
import org.annalist.pipeline.nlp.NlpConfig;
import org.annalist.pipeline.read.ArticleSources;
import org.annalist.pipeline.read.InputFormat;
import org.annalist.pipeline.read.ReadOptions;
import org.annalist.pipeline.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist eval ...}: quality measured against gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures quality against gold-standard data.",
    subcommands = {
      EvalCommand.Ner.class,
      EvalCommand.Plover.class,
      EvalCommand.Geo.class,
      EvalCommand.Sample.class,
      EvalCommand.Review.class
    })
final class EvalCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "an evaluation is required (ner, plover, geo, sample, review)");
  }

  /** Reports a missing input file in one line; true when it is missing. */
  static boolean missing(picocli.CommandLine.Model.CommandSpec spec, Path file) {
    if (Files.isRegularFile(file)) {
      return false;
    }
    spec.commandLine().getErr().println("annalist: " + file + ": no such file");
    return true;
  }

  /** {@code annalist eval ner --conll FILE}. */
  @Command(
      name = "ner",
      mixinStandardHelpOptions = true,
      description = {
        "Entity-level precision, recall and F1 of named-entity recognition per type (PER, ORG,"
            + " LOC, MISC) and overall, on a CoNLL-2003 column file (IOB1 or IOB2).",
        "The last line is f1=0.xxxx."
      })
  static final class Ner implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--conll",
        required = true,
        paramLabel = "FILE",
        description = "CoNLL-2003 file.")
    Path conll;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      if (missing(spec, conll)) {
        return ExitCodes.FAILED;
      }
      List<ConllSentence> sentences;
      try {
        sentences = ConllReader.read(conll);
      } catch (ConllFormatException e) {
        spec.commandLine().getErr().println("annalist: " + e.getMessage());
        return ExitCodes.FAILED;
      }
      NerScores scores =
          NerEvaluation.evaluate(
              sentences,
              new CoreNlpNerTagger(NlpConfig.defaults()),
              NerEvaluation.DEFAULT_BATCH_SIZE);
      spec.commandLine().getOut().println(json ? scores.toJson() : scores.format());
      return ExitCodes.OK;
    }
  }

  /** {@code annalist eval plover --records FILE}. */
  @Command(
      name = "plover",
      mixinStandardHelpOptions = true,
      description = {
        "Codes the text of PLOVER gold records with Annalist's own dictionaries and compares the"
            + " event type (mapped to the gold's PLOVER 0.5b1 labels) and the source and target"
            + " actors (country and sector). Per record our event is the one with the highest"
            + " confidence; no event counts as wrong.",
        "The last line is event_accuracy=0.xxxx."
      })
  static final class Plover implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--records",
        required = true,
        paramLabel = "FILE",
        description = "Gold records (JSON array).")
    Path records;

    @Option(names = "--json", description = "Print one JSON object instead of the report.")
    boolean json;

    @Option(
        names = "--errors",
        description = "Also list every record coded wrongly, with its sentence.")
    boolean errors;

    @Mixin CodingOptions coding = new CodingOptions();

    @Override
    public Integer call() throws Exception {
      if (missing(spec, records)) {
        return ExitCodes.FAILED;
      }
      List<PloverRecord> gold;
      try {
        gold = PloverRecords.read(records);
      } catch (java.io.IOException e) {
        spec.commandLine().getErr().println("annalist: " + e.getMessage());
        return ExitCodes.FAILED;
      }
      PipelineResources resources = PipelineResources.load(NlpConfig.defaults());
      PloverEvaluation.Report report =
          new PloverEvaluation(coding.extractor(resources), resources.plover()).run(gold);
      spec.commandLine().getOut().println(json ? report.toJson() : report.format(errors));
      return ExitCodes.OK;
    }
  }

  /** {@code annalist eval geo --format lgl|geovirus|geowebnews --data FILE}. */
  @Command(
      name = "geo",
      mixinStandardHelpOptions = true,
      description = {
        "Geoparsing against gold toponyms: recognition precision, recall and F1 (a prediction"
            + " matches a gold toponym whose span it overlaps), then for matched toponyms with gold"
            + " coordinates accuracy within 161 km, mean and median error in km, AUC of the"
            + " log-error curve (lower is better) and country accuracy.",
        "The last line is acc161=0.xxxx."
      })
  static final class Geo implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--format",
        required = true,
        paramLabel = "FORMAT",
        description = "lgl (also TR-News), geovirus or geowebnews.")
    String format;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Gold file.")
    Path data;

    @Option(
        names = "--gold-spans",
        description =
            "Resolve the gold toponyms instead of recognised ones (disambiguation alone).")
    boolean goldSpans;

    @Option(
        names = "--baseline",
        paramLabel = "NAME",
        description = "A baseline scored side by side: population (the largest candidate).")
    String baseline;

    @Option(names = "--json", description = "Print one JSON object instead of the report.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      GoldFormat goldFormat;
      try {
        goldFormat = GoldFormat.fromCliName(format);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("annalist: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      if (baseline != null && !baseline.equals("population")) {
        spec.commandLine()
            .getErr()
            .println("annalist: unknown baseline '" + baseline + "' (known: population)");
        return ExitCodes.USAGE;
      }
      if (missing(spec, data)) {
        return ExitCodes.FAILED;
      }
      GoldCorpus corpus;
      try {
        corpus = GoldReader.read(goldFormat, data);
      } catch (java.io.IOException e) {
        spec.commandLine().getErr().println("annalist: " + e.getMessage());
        return ExitCodes.FAILED;
      }
      PipelineResources resources = PipelineResources.load(NlpConfig.defaults());
      var geoparser = resources.geoparser();
      var gazetteer = geoparser.gazetteer();
      GoldCountry country =
          (point, id) ->
              id == null
                  ? null
                  : gazetteer
                      .byGeonameId(id)
                      .map(e -> e.iso2().isEmpty() ? null : e.iso2())
                      .orElse(null);
      GeoReport report =
          new GeoEvaluation(resources.extractor(), geoparser, country)
              .run(
                  corpus,
                  goldSpans ? GeoEvaluation.Spans.GOLD : GeoEvaluation.Spans.RECOGNISED,
                  baseline != null);
      spec.commandLine()
          .getOut()
          .println(json ? GeoReportRenderer.json(report) : GeoReportRenderer.text(report));
      return ExitCodes.OK;
    }
  }

  /**
   * {@code annalist eval sample}: codes a reproducible random sample of articles and writes a
   * review sheet for a person to mark, without the explanations (a blind review).
   */
  @Command(
      name = "sample",
      mixinStandardHelpOptions = true,
      description = {
        "Draws N articles reproducibly (--seed), codes them and writes a review sheet: one row"
            + " per event with its sentence, actors and code, and an empty 'correct' column"
            + " (y or n) for a reviewer who does not see how the event was coded.",
        "The last line is events=N."
      })
  static final class Sample implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        required = true,
        arity = "1..*",
        paramLabel = "FILE",
        description = "Articles (files or directories).")
    List<String> data;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        converter = InputOptions.FormatConverter.class,
        description = "Input format (default auto).")
    InputFormat format = InputFormat.AUTO;

    @Option(names = "--n", required = true, paramLabel = "N", description = "Articles to draw.")
    int n;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1).")
    long seed = 1;

    @Option(
        names = "--per-article",
        paramLabel = "K",
        description =
            "At most K events of each article on the sheet, drawn with the seed (default 3; 0 for"
                + " all): one article listing many countries does not outweigh the others.")
    int perArticle = 3;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "SHEET",
        description = "Sheet to write (TSV).")
    Path out;

    @Override
    public Integer call() throws Exception {
      if (n < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--n must be at least 1");
      }
      if (perArticle < 0) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--per-article must be 0 or more");
      }
      List<Article> all = new java.util.ArrayList<>();
      new ArticleSources(new ReadOptions(format, null, ReadOptions.DEFAULT_MAX_BYTES))
          .read(
              data,
              r -> {
                if (r instanceof ReadResult.Ok ok) {
                  all.add(ok.article());
                }
              });
      if (all.isEmpty()) {
        spec.commandLine().getErr().println("annalist: no articles in " + data);
        return ExitCodes.FAILED;
      }
      Collections.shuffle(all, new Random(seed));
      List<Article> drawn = all.subList(0, Math.min(n, all.size()));
      var extractor = PipelineResources.load(NlpConfig.defaults()).extractor();
      List<String> rows = new java.util.ArrayList<>();
      int coded = 0;
      int events = 0;
      Random pick = new Random(seed);
      for (var a : drawn) {
        Extraction e;
        try {
          e = extractor.extract(a);
        } catch (RejectedArticleException ex) {
          continue;
        }
        coded++;
        List<org.annalist.model.Event> own = new java.util.ArrayList<>();
        for (var ev : e.events()) {
          if (ev.reciprocal() == null || ev.id().compareTo(ev.reciprocal()) < 0) {
            own.add(ev); // a reciprocal is reviewed with its pair
          }
        }
        events += own.size();
        if (perArticle > 0 && own.size() > perArticle) {
          Collections.shuffle(own, pick);
          own = new java.util.ArrayList<>(own.subList(0, perArticle));
          own.sort(java.util.Comparator.comparing(org.annalist.model.Event::id));
        }
        for (var ev : own) {
          var m = ev.mentions().get(0);
          rows.add(
              String.join(
                  "\t",
                  a.id() + "/" + ev.id(),
                  clean(m.sentenceSpan().of(e.doc().text())),
                  clean(actorText(e, ev.source(), m.source())) + " [" + ev.sourceCode() + "]",
                  clean(actorText(e, ev.target(), m.target())) + " [" + ev.targetCode() + "]",
                  ev.code().code() + " " + ev.code().name(),
                  ev.modality().name().toLowerCase(Locale.ROOT),
                  ""));
        }
      }
      List<String> lines = new java.util.ArrayList<>();
      lines.add("# annalist review sheet: mark 'correct' y or n for each row; leave blank to skip");
      lines.add(
          "# articles="
              + coded
              + " events="
              + events
              + " seed="
              + seed
              + " per-article="
              + (perArticle == 0 ? "all" : Integer.toString(perArticle)));
      lines.add("id\tsentence\tsource\ttarget\tevent\tmodality\tcorrect");
      lines.addAll(rows);
      Files.write(out, lines, StandardCharsets.UTF_8);
      spec.commandLine().getOut().println("articles=" + coded + " sheet=" + out);
      spec.commandLine().getOut().println("coded events=" + events);
      spec.commandLine().getOut().println("events=" + rows.size());
      return ExitCodes.OK;
    }

    private static String actorText(Extraction e, String actorId, Span span) {
      if (span != null) {
        return span.of(e.doc().text());
      }
      return e.actors().stream()
          .filter(a -> a.id().equals(actorId))
          .map(Actor::name)
          .findFirst()
          .orElse("?");
    }

    private static String clean(String s) {
      return s.replaceAll("\\s+", " ").trim();
    }
  }

  /** {@code annalist eval review SHEET}: precision and yield from a marked review sheet. */
  @Command(
      name = "review",
      mixinStandardHelpOptions = true,
      description = {
        "Reads a review sheet marked y/n and prints precision (y over marked rows) and yield"
            + " (events per 100 articles).",
        "The last line is precision=0.xxxx."
      })
  static final class Review implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "SHEET", description = "A sheet from eval sample.")
    Path sheet;

    @Override
    public Integer call() throws Exception {
      if (missing(spec, sheet)) {
        return ExitCodes.FAILED;
      }
      int articles = 0;
      int coded = -1;
      int rows = 0;
      int yes = 0;
      int no = 0;
      int lineNo = 0;
      for (String line : Files.readAllLines(sheet, StandardCharsets.UTF_8)) {
        lineNo++;
        if (line.startsWith("# articles=")) {
          articles = Integer.parseInt(line.replaceAll("^# articles=(\\d+).*$", "$1"));
          if (line.matches("^# articles=\\d+ events=\\d+.*$")) {
            coded = Integer.parseInt(line.replaceAll("^# articles=\\d+ events=(\\d+).*$", "$1"));
          }
          continue;
        }
        if (line.startsWith("#") || line.startsWith("id\t") || line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 7) {
          spec.commandLine()
              .getErr()
              .println(
                  "annalist: " + sheet + ":" + lineNo + ": expected 7 columns, found " + c.length);
          return ExitCodes.FAILED;
        }
        rows++;
        String mark = c[6].trim().toLowerCase(Locale.ROOT);
        if (mark.equals("y") || mark.equals("yes")) {
          yes++;
        } else if (mark.equals("n") || mark.equals("no")) {
          no++;
        } else if (!mark.isEmpty()) {
          spec.commandLine()
              .getErr()
              .println(
                  "annalist: "
                      + sheet
                      + ":"
                      + lineNo
                      + ": mark must be y or n, found '"
                      + c[6]
                      + "'");
          return ExitCodes.FAILED;
        }
      }
      var out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "articles %d, events %d, marked %d (y %d, n %d)%n",
          articles,
          rows,
          yes + no,
          yes,
          no);
      // Yield counts every event coded, also those a per-article limit left off the sheet.
      int all = coded >= 0 ? coded : rows;
      out.printf(
          Locale.ROOT,
          "yield %.1f events per 100 articles (%d events coded)%n",
          articles == 0 ? 0.0 : 100.0 * all / articles,
          all);
      out.printf(Locale.ROOT, "precision=%.4f%n", yes + no == 0 ? 0.0 : (double) yes / (yes + no));
      return ExitCodes.OK;
    }
  }
}
