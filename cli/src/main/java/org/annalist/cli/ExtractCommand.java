package org.annalist.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.annalist.model.Article;
import org.annalist.model.Extraction;
import org.annalist.model.Rejection;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.RejectedArticleException;
import org.annalist.pipeline.explain.Explainer;
import org.annalist.pipeline.json.ExtractionJson;
import org.annalist.pipeline.read.ArticleSources;
import org.annalist.pipeline.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist extract FILE...}: one JSON document per article on standard output. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles and prints, for each, one JSON document: metadata, cleaned text, removed"
          + " noise, headings, sentences, entities, actors, places and events with evidence.",
      "Rejected inputs are reported on standard error, one line each; the others go on.",
      "Exit codes: 0 all processed, 1 the run failed (nothing processed), 2 usage error,"
          + " 3 done but some inputs rejected."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Files, directories (read recursively) or - for standard input.")
  List<String> inputs;

  @Mixin InputOptions input = new InputOptions();

  @Option(names = "--jsonl", description = "One compact JSON document per line.")
  boolean jsonl;

  @Option(
      names = "--explain",
      description =
          "Print each event readably instead of JSON: the pattern that matched, the actor entries"
              + " used and the evidence marked in its sentence.")
  boolean explain;

  @Option(
      names = "--min-confidence",
      paramLabel = "X",
      description =
          "Leave out events whose confidence is below X (0 to 1; default 0). The confidence is"
              + " the estimated share of such events a careful reader marks right; 0.75 keeps"
              + " the events not flagged uncertain.")
  double minConfidence = 0;

  @Mixin CodingOptions coding = new CodingOptions();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Articles processed in parallel (default 1). Output keeps input order.")
  int threads = 1;

  private final Explainer explainer = new Explainer();

  /** Standard input; replaced by tests. */
  InputStream stdin = System.in;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--threads must be at least 1");
    }
    input.validate(spec);
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--min-confidence must be between 0 and 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExtractionJson json = new ExtractionJson();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    AtomicInteger seen = new AtomicInteger();
    Lazy lazy = new Lazy();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Deque<Future<Object>> pending = new ArrayDeque<>();
    try {
      new ArticleSources(input.readOptions(), stdin)
          .read(
              inputs,
              r -> {
                if (r instanceof ReadResult.Rejected rej) {
                  pending.add(
                      java.util.concurrent.CompletableFuture.completedFuture(rej.rejection()));
                } else if (r instanceof ReadResult.Ok ok && seen.get() < input.limit) {
                  seen.incrementAndGet();
                  Article a = ok.article();
                  pending.add(pool.submit(() -> process(lazy, a)));
                }
                while (pending.size() > threads * 2L) {
                  emit(pending.poll(), out, err, json, done, rejected);
                }
              });
      while (!pending.isEmpty()) {
        emit(pending.poll(), out, err, json, done, rejected);
      }
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    if (done.get() + rejected.get() == 0) {
      err.println("annalist: no articles found in the inputs");
      return ExitCodes.FAILED;
    }
    if (rejected.get() > 0) {
      err.printf("annalist: %d processed, %d rejected%n", done.get(), rejected.get());
      return done.get() == 0 ? ExitCodes.FAILED : ExitCodes.SOME_REJECTED;
    }
    return ExitCodes.OK;
  }

  private Object process(Lazy lazy, Article a) {
    Extractor extractor = lazy.get();
    try {
      return extractor.extract(a);
    } catch (RejectedArticleException e) {
      return new Rejection(a.origin() == null ? a.id() : a.origin(), e.getMessage());
    } catch (RuntimeException e) {
      return new Rejection(
          a.origin() == null ? a.id() : a.origin(),
          "internal error: "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  private void emit(
      Future<Object> f,
      PrintWriter out,
      PrintWriter err,
      ExtractionJson json,
      AtomicInteger done,
      AtomicInteger rejected) {
    Object r;
    try {
      r = f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    if (r instanceof Extraction e) {
      Extraction kept = e.withMinConfidence(minConfidence);
      out.println(explain ? explainer.explain(kept) : json.write(kept, !jsonl));
      done.incrementAndGet();
    } else if (r instanceof Rejection rej) {
      err.println("annalist: " + rej.message());
      rejected.incrementAndGet();
    }
  }

  /** Loads the pipeline on first use, so that runs with only bad inputs stay fast. */
  private final class Lazy {
    private Extractor extractor;

    synchronized Extractor get() {
      if (extractor == null) {
        extractor = coding.extractor();
      }
      return extractor;
    }
  }
}
