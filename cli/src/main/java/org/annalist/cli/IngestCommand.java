package org.annalist.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.annalist.model.Rejection;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.read.ArticleSources;
import org.annalist.pipeline.read.ReadResult;
import org.annalist.server.QueryRelay;
import org.annalist.store.Ingestion;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist ingest SOURCE...}: extracts articles into the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles, extracts their actors, places and events, and stores them (created when"
          + " missing). An article already stored (same content or URL) is skipped; rejected"
          + " inputs are stored with their reason (see annalist rejected).",
      "A progress line is shown when standard error is a terminal; a summary always.",
      "Exit codes: 0 all stored, 1 the run failed, 2 usage error, 3 done but some inputs"
          + " rejected."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "SOURCE",
      description = "Files, directories (read recursively) or - for standard input.")
  List<String> inputs;

  @Mixin InputOptions input = new InputOptions();

  @Mixin CodingOptions coding = new CodingOptions();

  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Articles extracted in parallel (default: the number of processors, at most 2; more"
              + " threads need more heap, see ANNALIST_JAVA_OPTS).")
  int threads = Math.min(2, Runtime.getRuntime().availableProcessors());

  @Option(
      names = "--batch",
      paramLabel = "N",
      description =
          "Articles per committed batch (default 32); a batch is also committed after 2 seconds.")
  int batch = 32;

  @Option(names = "--no-progress", description = "No progress line, even on a terminal.")
  boolean noProgress;

  /** Standard input; replaced by tests. */
  InputStream stdin = System.in;

  @Override
  @SuppressWarnings("try") // The relay answers other processes while the ingest runs.
  public Integer call() {
    if (threads < 1 || batch < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--threads and --batch must be at least 1");
    }
    input.validate(spec);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean progress = !noProgress && Terminal.stderrIsTerminal();
    try (Store store = data.write();
        QueryRelay relay = QueryRelay.start(store)) {
      if (store.repair().reindexed() + store.repair().removed() > 0) {
        err.printf(
            "annalist: repaired the full-text index: %d articles indexed, %d entries removed%n",
            store.repair().reindexed(), store.repair().removed());
      }
      ProgressLine line = new ProgressLine(err, progress);
      if (progress && !inputs.contains(ArticleSources.STDIN)) {
        line.countInBackground(input, inputs);
      }
      Ingestion ingestion =
          new Ingestion(
              store,
              () -> {
                Extractor x = coding.extractor();
                return x::extract;
              },
              threads,
              batch,
              Duration.ofSeconds(2),
              input.limit,
              line);
      Ingestion.Progress p = ingestion.run(new ArticleSources(input.readOptions(), stdin), inputs);
      line.clear();
      double secs = p.elapsedNanos() / 1e9;
      err.printf(
          Locale.ROOT,
          "annalist: %d read: %d stored (%d events), %d already stored, %d rejected in %.1f s"
              + " (%.2f articles/s) into %s%n",
          p.read(),
          p.stored(),
          p.events(),
          p.duplicates(),
          p.rejected(),
          secs,
          secs > 0 ? p.processed() / secs : 0.0,
          data.data);
      out.flush();
      if (p.read() == 0) {
        err.println("annalist: no articles found in the inputs");
        return ExitCodes.FAILED;
      }
      if (p.rejected() > 0) {
        return p.stored() + p.duplicates() == 0 ? ExitCodes.FAILED : ExitCodes.SOME_REJECTED;
      }
      return ExitCodes.OK;
    }
  }

  /** Prints rejections, and a progress line rewritten in place when standard error is a tty. */
  private static final class ProgressLine implements Ingestion.Listener {
    private static final long EVERY_NANOS = 250_000_000L;
    private final PrintWriter err;
    private final boolean show;
    private final AtomicLong total = new AtomicLong(-1);
    private long last;
    private boolean drawn;

    ProgressLine(PrintWriter err, boolean show) {
      this.err = err;
      this.show = show;
    }

    /** Counts the inputs' articles on a background thread, for the ETA. */
    void countInBackground(InputOptions input, List<String> inputs) {
      Thread t =
          new Thread(
              () -> {
                long[] n = {0};
                new ArticleSources(input.readOptions())
                    .read(
                        inputs,
                        r -> {
                          if (r instanceof ReadResult.Ok || r instanceof ReadResult.Rejected) {
                            n[0]++;
                          }
                        });
                total.set(Math.min(n[0], input.limit));
              },
              "ingest-count");
      t.setDaemon(true);
      t.start();
    }

    @Override
    public void rejected(Rejection r) {
      clear();
      err.println("annalist: " + r.message());
    }

    @Override
    public void progress(Ingestion.Progress p) {
      long now = System.nanoTime();
      if (!show || now - last < EVERY_NANOS) {
        return;
      }
      last = now;
      double secs = p.elapsedNanos() / 1e9;
      double rate = secs > 0 ? p.processed() / secs : 0;
      long all = total.get();
      String eta = "ETA ?";
      if (all >= 0 && rate > 0) {
        long left = (long) Math.max(0, (all - p.processed()) / rate);
        eta =
            String.format(Locale.ROOT, "ETA %d:%02d:%02d", left / 3600, left / 60 % 60, left % 60);
      }
      String of = all >= 0 ? "/" + all : "";
      err.printf(
          Locale.ROOT,
          "\r%d%s articles, %d stored, %d already stored, %d rejected, %.2f/s, %s\033[K",
          p.processed(),
          of,
          p.stored(),
          p.duplicates(),
          p.rejected(),
          rate,
          eta);
      err.flush();
      drawn = true;
    }

    void clear() {
      if (drawn) {
        err.print("\r\033[K");
        err.flush();
        drawn = false;
      }
    }
  }
}
