package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.model.CameoCodebook;
import org.annalist.store.ResultTable;
import org.annalist.store.StoreQueries;
import org.annalist.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist stats}: what the store holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Counts of articles, events, mentions, actors, places and rejected inputs, the date range,"
            + " and the most frequent actors, event roots and event places.")
final class StatsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DataOptions data = new DataOptions();

  @Option(names = "--top", paramLabel = "N", description = "Entries per ranking (default 10).")
  int top = 10;

  @Option(names = "--json", description = "One JSON object.")
  boolean json;

  @Override
  public Integer call() {
    Paging.check(spec, top, 0);
    StoreStats s;
    try (StoreQueries store = data.query()) {
      s = store.stats(top);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = mapper.createObjectNode();
      root.set("counts", mapper.valueToTree(s.counts()));
      root.put("firstDate", s.firstDate());
      root.put("lastDate", s.lastDate());
      root.set("topActors", rows(mapper, s.topActors()));
      root.set("topCodes", rows(mapper, s.topCodes()));
      root.set("topPlaces", rows(mapper, s.topPlaces()));
      out.println(root.toPrettyString());
      return ExitCodes.OK;
    }
    for (String t :
        List.of("articles", "stories", "events", "mentions", "actors", "places", "rejected")) {
      out.printf("%-9s %,d%n", t, s.counts().get(t));
    }
    out.printf(
        "dates     %s%n", s.firstDate() == null ? "none" : s.firstDate() + " to " + s.lastDate());
    out.println();
    out.println("Top actors (events):");
    s.topActors().rows().forEach(r -> out.printf("  %-12s %,d%n", r.get(0), r.get(1)));
    out.println("Top event roots (events):");
    CameoCodebook codes = CameoCodebook.load();
    s.topCodes()
        .rows()
        .forEach(
            r ->
                out.printf(
                    "  %-3s %-40s %,d%n",
                    r.get(0),
                    codes.find((String) r.get(0)).map(c -> c.name()).orElse(""),
                    r.get(1)));
    out.println("Top event places (events):");
    s.topPlaces()
        .rows()
        .forEach(r -> out.printf("  %-30s %-3s %,d%n", r.get(0), r.get(1), r.get(2)));
    return ExitCodes.OK;
  }

  private static com.fasterxml.jackson.databind.JsonNode rows(ObjectMapper m, ResultTable t) {
    var arr = m.createArrayNode();
    for (List<Object> row : t.rows()) {
      ObjectNode o = arr.addObject();
      for (int i = 0; i < t.columns().size(); i++) {
        o.set(t.columns().get(i), m.valueToTree(row.get(i)));
      }
    }
    return arr;
  }
}
