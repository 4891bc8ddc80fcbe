package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Article;
import org.annalist.model.CleanText;
import org.annalist.model.Enrichment;
import org.annalist.model.Extraction;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.RejectedArticleException;
import org.annalist.pipeline.actor.ActorResolution;
import org.annalist.pipeline.enrich.Enricher;
import org.annalist.pipeline.nlp.CoreNlpAnnotator;
import org.annalist.pipeline.nlp.NlpConfig;
import org.annalist.pipeline.read.ArticleSources;
import org.annalist.pipeline.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist bench ...}: speed and memory, measured side by side. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks, measured side by side in one process.",
    subcommands = {
      BenchCommand.Extract.class,
      BenchCommand.Code.class,
      BenchCommand.Geo.class,
      BenchCommand.Enrich.class,
      BenchParseCommand.class,
      BenchStoreCommand.Ingest.class,
      BenchStoreCommand.Write.class,
      BenchStoreCommand.Search.class,
      BenchStoreCommand.Sql.class,
      BenchServeCommand.class
    })
final class BenchCommand implements Runnable {
  /** The articles a benchmark runs on, and how many timed rounds it runs. */
  static final class Runs {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to run on.")
    List<String> inputs;

    @Mixin InputOptions input = new InputOptions();

    @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds (default 5).")
    int rounds = 5;

    /** Checks the options and reads the articles. */
    List<Article> articles(picocli.CommandLine.Model.CommandSpec spec) {
      input.validate(spec);
      if (rounds < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--rounds must be at least 1");
      }
      return BenchCommand.articles(inputs, input);
    }
  }

  /** The articles of the inputs, at most {@code --limit}; rejected inputs are left out. */
  static List<Article> articles(List<String> inputs, InputOptions input) {
    List<Article> articles = new ArrayList<>();
    new ArticleSources(input.readOptions())
        .read(
            inputs,
            r -> {
              if (r instanceof ReadResult.Ok ok && articles.size() < input.limit) {
                articles.add(ok.article());
              }
            });
    return articles;
  }

  /** The articles annotated by CoreNLP; a rejected article is not part of the measurement. */
  static List<org.annalist.model.AnnotatedDoc> annotated(
      Extractor extractor, List<Article> articles) {
    List<org.annalist.model.AnnotatedDoc> docs = new ArrayList<>();
    for (Article a : articles) {
      try {
        docs.add(extractor.annotate(a));
      } catch (RejectedArticleException e) {
        // Left out.
      }
    }
    return docs;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "a benchmark is required (extract, code, geo, enrich)");
  }

  /**
   * {@code annalist bench extract FILE...}: the whole pipeline against plain CoreNLP with the same
   * annotator settings on the same articles, for each thread count, alternating the two so that
   * machine noise hits both alike.
   */
  @Command(
      name = "extract",
      mixinStandardHelpOptions = true,
      description = {
        "Times the extract pipeline against plain CoreNLP (same annotators, same articles) with"
            + " 1 and 2 threads: model load time, ms per article, tokens per second, the ratio"
            + " of the two, peak heap and peak RSS."
      })
  static final class Extract implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to run on.")
    List<String> inputs;

    @Mixin InputOptions input = new InputOptions();

    @Option(
        names = "--threads",
        split = ",",
        paramLabel = "N",
        description = "Thread counts to measure (default 1,2).")
    List<Integer> threads = List.of(1, 2);

    @Option(
        names = "--rounds",
        paramLabel = "N",
        description = "Timed rounds per setting (default 2).")
    int rounds = 2;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      input.validate(spec);
      if (rounds < 1 || threads.stream().anyMatch(n -> n < 1)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--threads and --rounds must be at least 1");
      }
      PrintWriter err = spec.commandLine().getErr();
      List<Article> articles = articles(inputs, input);
      if (articles.isEmpty()) {
        err.println("annalist: no articles to benchmark");
        return ExitCodes.FAILED;
      }
      long t0 = System.nanoTime();
      CoreNlpAnnotator plain = new CoreNlpAnnotator(NlpConfig.defaults());
      long plainLoad = (System.nanoTime() - t0) / 1_000_000;
      PipelineResources resources = PipelineResources.load(NlpConfig.defaults());
      Extractor extractor = resources.extractor();
      List<String> cleaned = new ArrayList<>();
      for (Article a : articles) {
        CleanText c = resources.cleaner().clean(a.text());
        cleaned.add(c.text());
      }
      long tokens = 0;
      int coded = 0;
      for (Article a : articles) {
        try {
          tokens +=
              extractor.extract(a).doc().sentences().stream()
                  .mapToInt(s -> s.tokens().size())
                  .sum();
          coded++;
        } catch (RejectedArticleException e) {
          // Counted out: rejected articles cost little and are reported below.
        }
      }
      err.printf(Locale.ROOT, "warm-up done: %d articles, %d tokens%n", coded, tokens);
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode result = mapper.createObjectNode();
      result.put("articles", articles.size());
      result.put("coded", coded);
      result.put("tokens", tokens);
      result.put("plainCoreNlpLoadMs", plainLoad);
      result.put("annalistLoadMs", resources.loadTimeMillis());
      ArrayNode rows = result.putArray("runs");
      for (int n : threads) {
        double plainBest = Double.MAX_VALUE;
        double oursBest = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
          List<Article> list = articles;
          plainBest =
              Math.min(
                  plainBest,
                  time(n, list.size(), i -> plain.annotateRaw(cleaned.get(i), list.get(i).date())));
          oursBest =
              Math.min(
                  oursBest,
                  time(
                      n,
                      list.size(),
                      i -> {
                        try {
                          extractor.extract(list.get(i));
                        } catch (RejectedArticleException e) {
                          // Same articles in every round: rejections do not change the comparison.
                        }
                      }));
        }
        ObjectNode row = rows.addObject();
        row.put("threads", n);
        row.put("plainMsPerArticle", plainBest / articles.size());
        row.put("annalistMsPerArticle", oursBest / articles.size());
        row.put("plainTokensPerSecond", tokens / (plainBest / 1000));
        row.put("annalistTokensPerSecond", tokens / (oursBest / 1000));
        row.put("ratio", oursBest / plainBest);
      }
      result.put("peakHeapMb", peakHeapBytes() / (1024.0 * 1024));
      result.put("peakRssMb", peakRssKb() / 1024.0);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(result.toString());
      } else {
        out.printf(
            Locale.ROOT,
            "articles=%d tokens=%d load: plain CoreNLP %d ms, annalist %d ms%n",
            articles.size(),
            tokens,
            plainLoad,
            resources.loadTimeMillis());
        out.printf(
            "%-8s %12s %12s %12s %12s %8s%n",
            "threads", "plain ms/art", "ours ms/art", "plain tok/s", "ours tok/s", "ratio");
        for (var row : rows) {
          out.printf(
              Locale.ROOT,
              "%-8d %12.1f %12.1f %12.0f %12.0f %8.3f%n",
              row.get("threads").asInt(),
              row.get("plainMsPerArticle").asDouble(),
              row.get("annalistMsPerArticle").asDouble(),
              row.get("plainTokensPerSecond").asDouble(),
              row.get("annalistTokensPerSecond").asDouble(),
              row.get("ratio").asDouble());
        }
        out.printf(
            Locale.ROOT,
            "peak heap %.0f MB, peak RSS %.0f MB%n",
            result.get("peakHeapMb").asDouble(),
            result.get("peakRssMb").asDouble());
      }
      return ExitCodes.OK;
    }

    /** Wall milliseconds to run {@code task} on indices [0, n) with {@code threads} threads. */
    static double time(int threads, int n, Consumer<Integer> task) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          int k = i;
          fs.add(pool.submit(() -> task.accept(k)));
        }
        for (Future<?> f : fs) {
          f.get();
        }
        return (System.nanoTime() - t0) / 1e6;
      } finally {
        pool.shutdownNow();
      }
    }

    static long peakHeapBytes() {
      long sum = 0;
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
          sum += p.getPeakUsage().getUsed();
        }
      }
      return sum;
    }

    /** Peak resident set size from /proc (Linux); 0 where it is not available. */
    static long peakRssKb() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
          if (line.startsWith("VmHWM:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
          }
        }
      } catch (IOException | NumberFormatException e) {
        return 0;
      }
      return 0;
    }
  }

  /**
   * {@code annalist bench code FILE...}: the speed of actor resolution, event coding and
   * geoparsing, on annotations made once beforehand, beside the CoreNLP time for the same
   * sentences. One thread.
   */
  @Command(
      name = "code",
      mixinStandardHelpOptions = true,
      description = {
        "Annotates the articles once with CoreNLP (timed), then codes the annotations several"
            + " times on one thread: sentences per second for coding alone and for CoreNLP, and"
            + " the process's peak heap and RSS. With --dictionaries, coding uses a team's"
            + " PETRARCH dictionaries too.",
        "The last line is sentences_per_second=N (coding)."
      })
  static final class Code implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin Runs run = new Runs();

    @Mixin CodingOptions coding = new CodingOptions();

    @Override
    public Integer call() throws Exception {
      List<Article> articles = run.articles(spec);
      int rounds = run.rounds;
      PipelineResources resources = coding.resources();
      Extractor extractor = coding.extractor(resources);
      long t0 = System.nanoTime();
      List<org.annalist.model.AnnotatedDoc> docs = annotated(extractor, articles);
      double nlpMs = (System.nanoTime() - t0) / 1e6;
      if (docs.isEmpty()) {
        spec.commandLine().getErr().println("annalist: no articles to benchmark");
        return ExitCodes.FAILED;
      }
      long sentences = docs.stream().mapToLong(d -> d.sentences().size()).sum();
      long events = 0;
      double best = Double.MAX_VALUE;
      Map<Extractor.Stage, Long> before = extractor.stageNanos();
      for (int round = 0; round < rounds; round++) {
        long t = System.nanoTime();
        long n = 0;
        for (var d : docs) {
          n += extractor.code(d).events().size();
        }
        best = Math.min(best, (System.nanoTime() - t) / 1e6);
        events = n;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT, "articles=%d sentences=%d events=%d%n", docs.size(), sentences, events);
      out.printf(
          Locale.ROOT,
          "CoreNLP: %.0f ms, %.0f sentences/s (one pass, includes warm-up)%n",
          nlpMs,
          sentences / (nlpMs / 1000));
      out.printf(
          Locale.ROOT,
          "coding:  %.1f ms, %.0f sentences/s (best of %d rounds, one thread)%n",
          best,
          sentences / (best / 1000),
          rounds);
      out.printf(Locale.ROOT, "coding is %.1fx faster than CoreNLP%n", nlpMs / best);
      Map<Extractor.Stage, Long> after = extractor.stageNanos();
      StringBuilder stages = new StringBuilder("stages (mean per round):");
      double actorsAndEvents = 0;
      for (Extractor.Stage st :
          List.of(
              Extractor.Stage.ACTORS,
              Extractor.Stage.EVENTS,
              Extractor.Stage.PLACES,
              Extractor.Stage.ENRICH)) {
        double ms =
            (after.getOrDefault(st, 0L) - before.getOrDefault(st, 0L)) / 1e6 / Math.max(1, rounds);
        if (st == Extractor.Stage.ACTORS || st == Extractor.Stage.EVENTS) {
          actorsAndEvents += ms;
        }
        stages.append(
            String.format(Locale.ROOT, " %s %.1f ms", st.name().toLowerCase(Locale.ROOT), ms));
      }
      out.println(stages);
      out.printf(
          Locale.ROOT,
          "actors and events alone: %.0f sentences/s%n",
          sentences / (actorsAndEvents / 1000));
      out.printf(
          Locale.ROOT,
          "peak heap %.0f MB, peak RSS %.0f MB (the process, CoreNLP included)%n",
          Extract.peakHeapBytes() / (1024.0 * 1024),
          Extract.peakRssKb() / 1024.0);
      out.printf(Locale.ROOT, "sentences_per_second=%.0f%n", sentences / (best / 1000));
      return ExitCodes.OK;
    }
  }

  /**
   * {@code annalist bench geo}: geoparsing time per article with annotations given, beside the
   * CoreNLP time for the same articles, and the gazetteer's load time and heap.
   */
  @Command(
      name = "geo",
      mixinStandardHelpOptions = true,
      description = {
        "Times geoparsing (recognition and resolution of places) on articles annotated"
            + " beforehand, beside CoreNLP's time for the same articles, and the gazetteer's load"
            + " time and heap.",
        "The last line is ms_per_article=N."
      })
  static final class Geo implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin Runs run = new Runs();

    @Override
    public Integer call() throws Exception {
      List<Article> articles = run.articles(spec);
      int rounds = run.rounds;
      PipelineResources resources = PipelineResources.load(NlpConfig.defaults());
      Runtime rt = Runtime.getRuntime();
      System.gc();
      long heapBefore = rt.totalMemory() - rt.freeMemory();
      long g0 = System.nanoTime();
      var geoparser = resources.geoparser();
      double loadMs = (System.nanoTime() - g0) / 1e6;
      System.gc();
      long heapAfter = rt.totalMemory() - rt.freeMemory();
      Extractor extractor = resources.extractor();
      List<org.annalist.pipeline.actor.ActorResolution> coded = new ArrayList<>();
      long t0 = System.nanoTime();
      List<org.annalist.model.AnnotatedDoc> docs = annotated(extractor, articles);
      double nlpMs = (System.nanoTime() - t0) / 1e6;
      if (docs.isEmpty()) {
        spec.commandLine().getErr().println("annalist: no articles to benchmark");
        return ExitCodes.FAILED;
      }
      for (var d : docs) {
        coded.add(extractor.actors(d));
      }
      long toponyms = 0;
      double best = Double.MAX_VALUE;
      for (int round = 0; round < rounds; round++) {
        long t = System.nanoTime();
        long n = 0;
        for (int i = 0; i < docs.size(); i++) {
          var e = coded.get(i);
          n += geoparser.parse(docs.get(i), e.actors(), e.places()).toponyms().size();
        }
        best = Math.min(best, (System.nanoTime() - t) / 1e6);
        toponyms = n;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "articles=%d toponyms=%d%n", docs.size(), toponyms);
      out.printf(
          Locale.ROOT,
          "gazetteer: loaded in %.0f ms, %.0f MB of heap%n",
          loadMs,
          (heapAfter - heapBefore) / 1e6);
      out.printf(
          Locale.ROOT,
          "CoreNLP:   %.1f ms per article (one pass, includes warm-up)%n",
          nlpMs / docs.size());
      out.printf(
          Locale.ROOT,
          "geoparse:  %.2f ms per article (best of %d rounds, one thread)%n",
          best / docs.size(),
          rounds);
      out.printf(Locale.ROOT, "geoparsing is %.0fx faster than CoreNLP%n", nlpMs / best);
      out.printf(Locale.ROOT, "ms_per_article=%.2f%n", best / docs.size());
      return ExitCodes.OK;
    }
  }

  /**
   * {@code annalist bench enrich}: the enrichment stage (tone, themes, quotations, amounts, names)
   * per article with annotations, actors, events and places given, beside the CoreNLP time for the
   * same articles; optionally CoreNLP's quote annotator against the enrichment's own quotation
   * rules on the same articles.
   */
  @Command(
      name = "enrich",
      mixinStandardHelpOptions = true,
      description = {
        "Times the enrichment stage on articles annotated and coded beforehand, beside CoreNLP's"
            + " time for the same articles; peak heap and RSS. With --compare-quotes N, also"
            + " times CoreNLP's quote annotator (alone, and with the coreference it needs to"
            + " attribute quotes) against the enrichment's quotation rules on N articles.",
        "The last line is ms_per_article=N (enrichment)."
      })
  static final class Enrich implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin Runs run = new Runs();

    @Option(
        names = "--compare-quotes",
        paramLabel = "N",
        description =
            "Also compare CoreNLP's quote annotator with the quotation rules on the first N"
                + " articles (default 0: no comparison; loads coreference models, 2-3 GB).")
    int compareQuotes;

    @Override
    public Integer call() throws Exception {
      if (compareQuotes < 0) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--compare-quotes must be at least 0");
      }
      List<Article> articles = run.articles(spec);
      int rounds = run.rounds;
      PipelineResources resources = PipelineResources.load(NlpConfig.defaults());
      Runtime rt = Runtime.getRuntime();
      System.gc();
      long heapBefore = rt.totalMemory() - rt.freeMemory();
      long l0 = System.nanoTime();
      Enricher enricher = Enricher.load(resources.plover());
      double loadMs = (System.nanoTime() - l0) / 1e6;
      System.gc();
      long heapAfter = rt.totalMemory() - rt.freeMemory();
      Extractor extractor = resources.extractor();
      long t0 = System.nanoTime();
      List<AnnotatedDoc> docs = annotated(extractor, articles);
      double nlpMs = (System.nanoTime() - t0) / 1e6;
      if (docs.isEmpty()) {
        spec.commandLine().getErr().println("annalist: no articles to benchmark");
        return ExitCodes.FAILED;
      }
      List<ActorResolution> resolutions = new ArrayList<>();
      List<Extraction> coded = new ArrayList<>();
      long c0 = System.nanoTime();
      for (AnnotatedDoc d : docs) {
        resolutions.add(extractor.actors(d));
        coded.add(extractor.code(d));
      }
      double codeMs = (System.nanoTime() - c0) / 1e6;
      long words = 0;
      long themes = 0;
      long quotes = 0;
      long amounts = 0;
      double best = Double.MAX_VALUE;
      for (int round = 0; round < rounds; round++) {
        long t = System.nanoTime();
        long w = 0;
        long th = 0;
        long q = 0;
        long a = 0;
        for (int i = 0; i < docs.size(); i++) {
          Extraction x = coded.get(i);
          Enrichment en = enricher.enrich(docs.get(i), resolutions.get(i), x.places(), x.events());
          w += en.tone().wordCount();
          th += en.themes().size();
          q += en.quotations().size();
          a += en.amounts().size();
        }
        best = Math.min(best, (System.nanoTime() - t) / 1e6);
        words = w;
        themes = th;
        quotes = q;
        amounts = a;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "articles=%d words=%d themes=%d quotations=%d amounts=%d%n",
          docs.size(),
          words,
          themes,
          quotes,
          amounts);
      out.printf(
          Locale.ROOT,
          "enrichment data: loaded in %.0f ms, %.1f MB of heap%n",
          loadMs,
          (heapAfter - heapBefore) / 1e6);
      out.printf(
          Locale.ROOT,
          "CoreNLP:     %8.1f ms per article (one pass, includes warm-up)%n",
          nlpMs / docs.size());
      out.printf(
          Locale.ROOT,
          "coding:      %8.2f ms per article (actors, events, places and enrichment; one pass)%n",
          codeMs / docs.size());
      out.printf(
          Locale.ROOT,
          "enrichment:  %8.3f ms per article (best of %d rounds, one thread)%n",
          best / docs.size(),
          rounds);
      out.printf(Locale.ROOT, "enrichment is %.0fx faster than CoreNLP%n", nlpMs / best);
      if (compareQuotes > 0) {
        compareQuotes(
            out,
            resources,
            enricher,
            docs.subList(0, Math.min(compareQuotes, docs.size())),
            resolutions);
      }
      out.printf(
          Locale.ROOT,
          "peak heap %.0f MB, peak RSS %.0f MB%n",
          Extract.peakHeapBytes() / (1024.0 * 1024),
          Extract.peakRssKb() / 1024.0);
      out.printf(Locale.ROOT, "ms_per_article=%.3f%n", best / docs.size());
      return ExitCodes.OK;
    }

    /**
     * CoreNLP's quote annotator on the cleaned texts: alone (quotes found, not attributed), and in
     * a pipeline with the coreference it needs to attribute them, against the quotation rules.
     */
    private void compareQuotes(
        PrintWriter out,
        PipelineResources resources,
        Enricher enricher,
        List<AnnotatedDoc> docs,
        List<ActorResolution> resolutions) {
      int n = docs.size();
      Properties qp = new Properties();
      qp.setProperty("quote.attributeQuotes", "false");
      QuoteAnnotator quoteOnly = new QuoteAnnotator("quote", qp, false);
      List<Annotation> base = new ArrayList<>();
      for (AnnotatedDoc d : docs) {
        base.add(resources.annotator().annotateRaw(d.text(), d.article().date()));
      }
      long t = System.nanoTime();
      int corenlpQuotes = 0;
      int matched = 0;
      int oursDirect = 0;
      for (int i = 0; i < n; i++) {
        quoteOnly.annotate(base.get(i));
        List<CoreMap> qs = base.get(i).get(CoreAnnotations.QuotationsAnnotation.class);
        corenlpQuotes += qs == null ? 0 : qs.size();
      }
      double quoteMs = (System.nanoTime() - t) / 1e6;
      long r = System.nanoTime();
      List<List<Enrichment.Quotation>> ours = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ours.add(enricher.quotations(docs.get(i), resolutions.get(i)));
      }
      double rulesMs = (System.nanoTime() - r) / 1e6;
      for (int i = 0; i < n; i++) {
        List<CoreMap> qs = base.get(i).get(CoreAnnotations.QuotationsAnnotation.class);
        for (Enrichment.Quotation q : ours.get(i)) {
          if (q.kind() != Enrichment.QuotationKind.DIRECT) {
            continue;
          }
          oursDirect++;
          for (CoreMap cq : qs == null ? List.<CoreMap>of() : qs) {
            int b = cq.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = cq.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (b <= q.span().start() && q.span().end() <= e) {
              matched++;
              break;
            }
          }
        }
      }
      long oursSpeakers =
          ours.stream().flatMap(List::stream).filter(q -> q.speakerText() != null).count();
      long oursAll = ours.stream().mapToLong(List::size).sum();
      out.printf(Locale.ROOT, "quotations on %d articles:%n", n);
      out.printf(
          Locale.ROOT,
          "  rules:                      %8.3f ms per article, %d quotations (%d direct), %d"
              + " with a speaker%n",
          rulesMs / n,
          oursAll,
          oursDirect,
          oursSpeakers);
      out.printf(
          Locale.ROOT,
          "  CoreNLP quote, unattributed: %8.3f ms per article, %d quotes; %d of our direct"
              + " quotations lie in one of them%n",
          quoteMs / n,
          corenlpQuotes,
          matched);
      Properties full = resources.annotator().config().coreNlpProperties();
      full.setProperty("annotators", full.getProperty("annotators") + ",coref,quote");
      full.setProperty("ner.buildEntityMentions", "true");
      full.setProperty("coref.algorithm", "statistical");
      long l = System.nanoTime();
      StanfordCoreNLP attributing = new StanfordCoreNLP(full);
      double attributingLoad = (System.nanoTime() - l) / 1e6;
      long a0 = System.nanoTime();
      int speakers = 0;
      for (AnnotatedDoc d : docs) {
        Annotation a = new Annotation(d.text());
        if (d.article().date() != null) {
          a.set(CoreAnnotations.DocDateAnnotation.class, d.article().date().toString());
        }
        attributing.annotate(a);
        List<CoreMap> qs = a.get(CoreAnnotations.QuotationsAnnotation.class);
        for (CoreMap q : qs == null ? List.<CoreMap>of() : qs) {
          if (q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class) != null) {
            speakers++;
          }
        }
      }
      double attributingMs = (System.nanoTime() - a0) / 1e6;
      long b0 = System.nanoTime();
      for (AnnotatedDoc d : docs) {
        resources.annotator().annotateRaw(d.text(), d.article().date());
      }
      double baseMs = (System.nanoTime() - b0) / 1e6;
      out.printf(
          Locale.ROOT,
          "  CoreNLP with coref + quote attribution: %.1f ms per article more than our CoreNLP"
              + " settings (%.1f against %.1f; models loaded in %.0f ms), %d quotes with a"
              + " speaker%n",
          (attributingMs - baseMs) / n,
          attributingMs / n,
          baseMs / n,
          attributingLoad,
          speakers);
    }
  }
}
