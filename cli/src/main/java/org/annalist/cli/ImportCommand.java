package org.annalist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist import DIR}: loads the tables a Spark job wrote into the store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Loads the Parquet tables written by the Spark job (org.annalist.spark.SparkIngest: one"
          + " directory per table under DIR) into the store (created when missing), in one"
          + " transaction: articles the store does not hold, with their events (ids kept),"
          + " mentions, actors, places and annotations, and the rejected inputs. The imported"
          + " articles join the store's stories and are indexed for search.",
      "Exit codes: 0 imported, 1 failed (nothing imported), 2 usage error."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The job's output directory.")
  Path dir;

  @Mixin DataOptions data = new DataOptions();

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "no such directory: " + dir);
    }
    long t = System.nanoTime();
    try (Store store = data.write()) {
      Store.Imported r = store.importTables(dir);
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "annalist: imported %d articles (%d events), %d already stored, %d rejected inputs"
                  + " in %.1f s into %s%n",
              r.articles(),
              r.events(),
              r.duplicates(),
              r.rejected(),
              (System.nanoTime() - t) / 1e9,
              data.data);
    }
    return ExitCodes.OK;
  }
}
