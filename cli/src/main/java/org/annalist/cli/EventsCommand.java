package org.annalist.cli;

import java.util.concurrent.Callable;
import org.annalist.store.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist events}: stored events, filtered. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "Lists stored events by day: actors, CAMEO code, modality, place, article.")
final class EventsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DataOptions data = new DataOptions();

  @Mixin EventFilterOptions filters = new EventFilterOptions();

  @Option(names = "--limit", paramLabel = "N", description = "Events shown (default 100).")
  int limit = 100;

  @Option(names = "--offset", paramLabel = "N", description = "Events skipped first.")
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
    filters.validate(spec);
    try (StoreQueries store = data.query()) {
      format.print(store.events(filters.filter(null), limit, offset), spec.commandLine().getOut());
    }
    return ExitCodes.OK;
  }
}
