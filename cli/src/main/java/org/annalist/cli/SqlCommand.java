package org.annalist.cli;

import java.util.concurrent.Callable;
import org.annalist.store.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist sql "QUERY"}: one read-only SQL query over the store's tables. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one read-only SQL query (DuckDB dialect) over the tables articles, events, mentions,"
          + " actors, places, rejected, ingest_batches and schema_version.",
      "Writes, settings, files, the network and extensions are refused."
    })
final class SqlCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The query, e.g. \"SELECT ...\".")
  String query;

  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--max-rows",
      paramLabel = "N",
      description = "Rows printed at most (default 1000).")
  int maxRows = 1000;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = TableFormat.Converter.class,
      description = "table (default), json or csv.")
  TableFormat format = TableFormat.TABLE;

  @Override
  public Integer call() {
    Paging.check(spec, maxRows, 0);
    try (StoreQueries store = data.query()) {
      format.print(store.sql(query, maxRows), spec.commandLine().getOut());
    }
    return ExitCodes.OK;
  }
}
