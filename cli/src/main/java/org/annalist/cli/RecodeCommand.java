package org.annalist.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.pipeline.Extractor;
import org.annalist.server.QueryRelay;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist recode}: codes the stored articles again with the current dictionaries. */
@Command(
    name = "recode",
    mixinStandardHelpOptions = true,
    description = {
      "Codes every stored article again from its stored annotation, with the dictionaries of this"
          + " version of Annalist, without running CoreNLP on it; its actors, places, events and"
          + " mentions are replaced, batch by batch.",
      "Exit codes: 0 done, 1 the run failed, 2 usage error."
    })
final class RecodeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DataOptions data = new DataOptions();

  @Mixin CodingOptions coding = new CodingOptions();

  @Option(
      names = "--batch",
      paramLabel = "N",
      description = "Articles per committed batch (default 64).")
  int batch = 64;

  @Override
  @SuppressWarnings("try") // The relay answers other processes while the recode runs.
  public Integer call() {
    Paging.positive(spec, "--batch", batch);
    if (coding.parseAll) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "recode codes the stored annotations without parsing: --parse-all applies to ingest");
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean progress = Terminal.stderrIsTerminal();
    try (Store store = data.write();
        QueryRelay relay = QueryRelay.start(store)) {
      long t1 = System.nanoTime();
      Extractor[] extractor = new Extractor[1];
      long[] load = new long[1];
      Store.Recoded r =
          store.recode(
              doc -> {
                if (extractor[0] == null) {
                  long t0 = System.nanoTime();
                  extractor[0] = coding.extractor();
                  load[0] = System.nanoTime() - t0;
                }
                return extractor[0].code(doc);
              },
              batch,
              n -> {
                if (progress) {
                  err.printf("\r%d articles recoded\033[K", n);
                  err.flush();
                }
              });
      if (progress) {
        err.print("\r\033[K");
      }
      double secs = (System.nanoTime() - t1 - load[0]) / 1e9;
      err.printf(
          Locale.ROOT,
          "annalist: recoded %d articles in %.1f s (%.1f articles/s; pipeline loaded in %.1f s):"
              + " %d events before, %d after%n",
          r.articles(),
          secs,
          secs > 0 ? r.articles() / secs : 0.0,
          load[0] / 1e9,
          r.eventsBefore(),
          r.eventsAfter());
    }
    return ExitCodes.OK;
  }
}
