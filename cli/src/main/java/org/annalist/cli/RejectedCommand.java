package org.annalist.cli;

import java.util.concurrent.Callable;
import org.annalist.store.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist rejected}: the inputs the store kept as rejected, with their reasons. */
@Command(
    name = "rejected",
    mixinStandardHelpOptions = true,
    description = "Lists the inputs ingest rejected (origin, reason, URL, time), newest first.")
final class RejectedCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DataOptions data = new DataOptions();

  @Option(names = "--limit", paramLabel = "N", description = "Rows shown at most (default 100).")
  int limit = 100;

  @Option(names = "--offset", paramLabel = "N", description = "Rows skipped first.")
  int offset;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = TableFormat.Converter.class,
      description = "table (default), json or csv.")
  TableFormat format = TableFormat.TABLE;

  @Override
  public Integer call() {
    Paging.check(spec, limit, offset);
    try (StoreQueries store = data.query()) {
      format.print(store.rejected(limit, offset), spec.commandLine().getOut());
    }
    return ExitCodes.OK;
  }
}
