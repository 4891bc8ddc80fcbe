package org.annalist.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import org.annalist.pipeline.event.EventConfidence;
import org.annalist.pipeline.event.EventFeatures;
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
      EvalCommand.Petrarch.class,
      EvalCommand.PetrarchSilver.class,
      EvalCommand.Geo.class,
      EvalCommand.Sample.class,
      EvalCommand.Review.class
    })
final class EvalCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "an evaluation is required (ner, plover, petrarch, geo, sample, review)");
  }

  /** Reports a missing input file in one line; true when it is missing. */
  static boolean missing(picocli.CommandLine.Model.CommandSpec spec, Path file) {
    if (Files.isRegularFile(file)) {
      return false;
    }
    spec.commandLine().getErr().println("annalist: " + file + ": no such file");
    return true;
  }

  /** The data rows of a review sheet, each split into its 7 columns; other lines are skipped. */
  static List<String[]> sheetRows(Path sheet) throws java.io.IOException {
    List<String[]> rows = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(sheet, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.startsWith("id\t") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length == 7 && c[0].contains("/")) {
        rows.add(c);
      }
    }
    return rows;
  }

  /** What makes two sheet rows the same event: all columns but the event id and the mark. */
  static String rowKey(String[] row) {
    return String.join(
        "\t", row[0].substring(0, row[0].lastIndexOf('/')), row[1], row[2], row[3], row[4], row[5]);
  }

  /** The file beside a sheet that holds each event's confidence and features. */
  static Path scoresOf(Path sheet) {
    return sheet.resolveSibling(sheet.getFileName() + ".scores");
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
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

  /** {@code annalist eval petrarch --records FILE}. */
  @Command(
      name = "petrarch",
      mixinStandardHelpOptions = true,
      description = {
        "Codes the sentences of PETRARCH validation records (their text is parsed again, or with"
            + " --given-parses read from the records' Penn Treebank parses converted to"
            + " dependencies) with Annalist's own dictionaries, through"
            + " the same extraction as annalist extract, and counts the records whose set of"
            + " (source, target, code) triples equals the expected set; a record that expects no"
            + " event (noevents, or an expected discard or error) passes when none is coded."
            + " Asserted and announced (future) events are codings. Overall and per category."
            + " With --dictionaries DIR, also the PETRARCH dictionaries the records'"
            + " <Environment> names (Verbfile, Actorfile, Agentfile, Discardfile) from DIR.",
        "The last line is pass_rate=0.xxxx."
      })
  static class Petrarch implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--records",
        required = true,
        paramLabel = "FILE",
        description = "Validation records (PETRARCH XML).")
    Path records;

    @Option(names = "--json", description = "Print one JSON object instead of the report.")
    boolean json;

    @Option(
        names = "--errors",
        description = "Also list every failing record: expected and coded triples, the sentence.")
    boolean errors;

    @Option(
        names = "--given-parses",
        description =
            "Read each record's sentence from its parse (Penn Treebank, converted to"
                + " dependencies; CoNLL-U, enhanced) instead of parsing its text again.")
    boolean givenParses;

    @Mixin CodingOptions coding = new CodingOptions();

    /** Whether the records are in UniversalPetrarch's silver format. */
    boolean silver() {
      return false;
    }

    @Override
    public Integer call() throws Exception {
      if (missing(spec, records)) {
        return ExitCodes.FAILED;
      }
      // The dictionaries the records were written for (their <Environment>), from
      // --dictionaries DIR; without an environment, those DIR's PETR_config.ini names.
      Path dictionaries = coding.dictionaries;
      org.annalist.pipeline.petrarch.PetrarchDictionaries petrarch = null;
      java.util.Map<String, String> env =
          dictionaries == null
              ? java.util.Map.of()
              : silver()
                  ? org.annalist.pipeline.eval.PetrarchRecords.silverEnvironment(records)
                  : org.annalist.pipeline.eval.PetrarchRecords.environment(records);
      if (dictionaries != null && !java.nio.file.Files.isDirectory(dictionaries)) {
        spec.commandLine().getErr().println("annalist: no such directory: " + dictionaries);
        return ExitCodes.FAILED;
      }
      if (env.containsKey("Actorfile") || env.containsKey("Verbfile")) {
        var b = org.annalist.pipeline.petrarch.PetrarchDictionaries.builder();
        if (env.containsKey("Verbfile")) {
          b.verbs(dictionaries.resolve(env.get("Verbfile")));
        }
        if (env.containsKey("Actorfile")) {
          b.actors(
              java.util.Arrays.stream(env.get("Actorfile").split(","))
                  .map(String::strip)
                  .filter(f -> !f.isEmpty())
                  .map(dictionaries::resolve)
                  .toArray(Path[]::new));
        }
        if (env.containsKey("Agentfile")) {
          b.agents(dictionaries.resolve(env.get("Agentfile")));
        }
        if (env.containsKey("Discardfile")) {
          b.discards(dictionaries.resolve(env.get("Discardfile")));
        }
        petrarch = b.load();
        for (var p : petrarch.problems()) {
          spec.commandLine()
              .getErr()
              .println("annalist: " + p.file() + ":" + p.line() + ": " + p.message());
        }
      }
      List<org.annalist.pipeline.eval.PetrarchRecord> gold;
      try {
        gold =
            silver()
                ? org.annalist.pipeline.eval.PetrarchRecords.readSilver(records)
                : org.annalist.pipeline.eval.PetrarchRecords.read(records);
      } catch (java.io.IOException e) {
        spec.commandLine().getErr().println("annalist: " + e.getMessage());
        return ExitCodes.FAILED;
      }
      PipelineResources resources =
          petrarch == null
              ? coding.resources()
              : PipelineResources.load(NlpConfig.defaults(), petrarch, coding.replaceDictionaries);
      org.annalist.pipeline.eval.PetrarchEvaluation.Report report =
          new org.annalist.pipeline.eval.PetrarchEvaluation(
                  coding.extractor(resources), givenParses)
              .run(gold);
      spec.commandLine().getOut().print(json ? report.toJson() + "\n" : report.format(errors));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  /** {@code annalist eval petrarch-silver --records FILE}: UniversalPetrarch's codings. */
  @Command(
      name = "petrarch-silver",
      mixinStandardHelpOptions = true,
      description = {
        "Agreement with UniversalPetrarch's codings of real news sentences (its validation file:"
            + " self-closing <Sentence/> records, not well-formed XML; the text is parsed again,"
            + " or with --given-parses read from its CoNLL-U parses, enhanced), scored as eval"
            + " petrarch scores: a record agrees"
            + " when the sets of (source, target, code) triples are equal. With --dictionaries"
            + " DIR, also the dictionaries its <Environment> names (the Phoenix set).",
        "The last line is pass_rate=0.xxxx."
      })
  static final class PetrarchSilver extends Petrarch {
    @Override
    boolean silver() {
      return true;
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

    @Option(
        names = "--errors",
        description =
            "Before the report, list our errors, one per line: far (resolved over 161 km from"
                + " the gold), miss (a gold toponym not recognised), extra (a toponym the gold"
                + " lacks).")
    boolean errors;

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
                  baseline != null,
                  errors ? spec.commandLine().getOut()::println : line -> {});
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

    @Option(
        names = "--n",
        paramLabel = "N",
        description = "Articles to draw (required unless --articles-from is given).")
    int n = -1;

    @Option(
        names = "--articles-from",
        arity = "1..*",
        paramLabel = "SHEET",
        description =
            "Draw the articles of earlier sheets instead, to code them again after a change.")
    List<Path> articlesFrom = List.of();

    @Option(
        names = "--exclude-from",
        arity = "1..*",
        paramLabel = "SHEET",
        description = "Leave out the articles of earlier sheets (for a fresh sample).")
    List<Path> excludeFrom = List.of();

    @Option(
        names = "--carry",
        arity = "1..*",
        paramLabel = "SHEET",
        description =
            "Copy the marks of earlier marked sheets to rows that are the same (sentence, actors,"
                + " event and modality), so that only new rows need a reviewer.")
    List<Path> carry = List.of();

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
      if (articlesFrom.isEmpty() ? n < 1 : n == 0 || n < -1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--n must be at least 1");
      }
      for (Path p : concat(concat(articlesFrom, excludeFrom), carry)) {
        if (missing(spec, p)) {
          return ExitCodes.FAILED;
        }
      }
      java.util.Set<String> wanted = new java.util.HashSet<>();
      for (Path p : articlesFrom) {
        for (String[] row : sheetRows(p)) {
          wanted.add(row[0].substring(0, row[0].lastIndexOf('/')));
        }
      }
      java.util.Set<String> excluded = new java.util.HashSet<>();
      for (Path p : excludeFrom) {
        for (String[] row : sheetRows(p)) {
          excluded.add(row[0].substring(0, row[0].lastIndexOf('/')));
        }
      }
      Map<String, String> marks = new java.util.HashMap<>();
      for (Path p : carry) {
        for (String[] row : sheetRows(p)) {
          String mark = row[6].trim().toLowerCase(Locale.ROOT);
          if (!mark.isEmpty()) {
            marks.put(rowKey(row), mark);
          }
        }
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
      if (!wanted.isEmpty()) {
        all.removeIf(a -> !wanted.contains(a.id()));
      }
      all.removeIf(a -> excluded.contains(a.id()));
      List<Article> drawn = all.subList(0, n < 0 ? all.size() : Math.min(n, all.size()));
      var extractor = PipelineResources.load(NlpConfig.defaults()).extractor();
      List<String> rows = new java.util.ArrayList<>();
      List<String> scores = new java.util.ArrayList<>();
      int carried = 0;
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
        for (var ev : own) {
          scores.add(
              a.id()
                  + "/"
                  + ev.id()
                  + "\t"
                  + String.format(Locale.ROOT, "%.2f", ev.confidence())
                  + "\t"
                  + EventFeatures.of(e.doc(), e.actors(), e.events(), ev).describe());
        }
        if (perArticle > 0 && own.size() > perArticle) {
          Collections.shuffle(own, pick);
          own = new java.util.ArrayList<>(own.subList(0, perArticle));
          own.sort(java.util.Comparator.comparing(org.annalist.model.Event::id));
        }
        for (var ev : own) {
          var m = ev.mentions().get(0);
          String[] row = {
            a.id() + "/" + ev.id(),
            clean(m.sentenceSpan().of(e.doc().text())),
            clean(actorText(e, ev.source(), m.source())) + " [" + ev.sourceCode() + "]",
            clean(actorText(e, ev.target(), m.target())) + " [" + ev.targetCode() + "]",
            ev.code().code() + " " + ev.code().name(),
            ev.modality().name().toLowerCase(Locale.ROOT),
            ""
          };
          String mark = marks.get(rowKey(row));
          if (mark != null) {
            row[6] = mark;
            carried++;
          }
          rows.add(String.join("\t", row));
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
      // Confidence and features go beside the sheet, not on it: the reviewer does not see them.
      List<String> side = new java.util.ArrayList<>();
      side.add("id\tconfidence\tfeatures");
      side.addAll(scores);
      Files.write(scoresOf(out), side, StandardCharsets.UTF_8);
      spec.commandLine().getOut().println("articles=" + coded + " sheet=" + out);
      if (!carry.isEmpty()) {
        spec.commandLine().getOut().println("carried marks=" + carried);
      }
      spec.commandLine().getOut().println("coded events=" + events);
      spec.commandLine().getOut().println("events=" + rows.size());
      return ExitCodes.OK;
    }

    private static String actorText(Extraction e, String actorId, Span span) {
      String name =
          e.actors().stream()
              .filter(a -> a.id().equals(actorId))
              .map(Actor::name)
              .findFirst()
              .orElse("?");
      if (span == null) {
        return name;
      }
      String words = span.of(e.doc().text());
      // A pronoun says whom the coder took it for, which the sentence alone may not show.
      return PRONOUNS.contains(words.toLowerCase(Locale.ROOT))
          ? words + " (= " + name + ")"
          : words;
    }

    private static final Set<String> PRONOUNS =
        Set.of(
            "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "our",
            "i");

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

    @Option(
        names = "--threshold",
        paramLabel = "X",
        description =
            "Also report precision and yield of the events whose confidence is at least X"
                + " (default ${DEFAULT-VALUE}, the threshold under which an event is flagged"
                + " uncertain), from the scores file eval sample writes beside the sheet.")
    double threshold = EventConfidence.THRESHOLD;

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
      Map<String, Boolean> marked = new java.util.HashMap<>();
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
          marked.put(c[0], true);
        } else if (mark.equals("n") || mark.equals("no")) {
          no++;
          marked.put(c[0], false);
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
      Path side = scoresOf(sheet);
      if (Files.isRegularFile(side)) {
        reliability(out, side, marked, articles);
      }
      out.printf(Locale.ROOT, "precision=%.4f%n", yes + no == 0 ? 0.0 : (double) yes / (yes + no));
      return ExitCodes.OK;
    }

    /**
     * Precision per confidence band, and precision and yield at the threshold: whether the
     * confidence means what it says on this sheet.
     */
    private void reliability(
        java.io.PrintWriter out, Path side, Map<String, Boolean> marked, int articles)
        throws java.io.IOException {
      double[] bands = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01};
      int[] n = new int[bands.length - 1];
      int[] y = new int[bands.length - 1];
      int above = 0;
      int aboveMarked = 0;
      int aboveYes = 0;
      for (String line : Files.readAllLines(side, StandardCharsets.UTF_8)) {
        String[] c = line.split("\t", -1);
        if (c.length < 2 || c[0].equals("id")) {
          continue;
        }
        double conf;
        try {
          conf = Double.parseDouble(c[1]);
        } catch (NumberFormatException e) {
          continue;
        }
        if (conf >= threshold) {
          above++;
        }
        Boolean mark = marked.get(c[0]);
        if (mark == null) {
          continue;
        }
        for (int b = 0; b < n.length; b++) {
          if (conf >= bands[b] && conf < bands[b + 1]) {
            n[b]++;
            y[b] += mark ? 1 : 0;
          }
        }
        if (conf >= threshold) {
          aboveMarked++;
          aboveYes += mark ? 1 : 0;
        }
      }
      out.println("confidence band   marked  precision");
      for (int b = 0; b < n.length; b++) {
        out.printf(
            Locale.ROOT,
            "  [%.1f, %.1f)   %6d  %s%n",
            bands[b],
            Math.min(1.0, bands[b + 1]),
            n[b],
            n[b] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) y[b] / n[b]));
      }
      out.printf(
          Locale.ROOT,
          "at confidence >= %.2f: marked %d, precision %.4f, yield %.1f events per 100 articles"
              + " (%d events)%n",
          threshold,
          aboveMarked,
          aboveMarked == 0 ? 0.0 : (double) aboveYes / aboveMarked,
          articles == 0 ? 0.0 : 100.0 * above / articles,
          above);
    }
  }
}
