package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.store.SearchHit;
import org.annalist.store.SearchQuery;
import org.annalist.store.SearchResult;
import org.annalist.store.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist search QUERY}: ranked full-text search with highlighted snippets. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the stored articles' titles, texts and actor and place names, best first, with"
          + " the matching words in [brackets].",
      "Query syntax: words (all must match; English stemming), \"a phrase\", -word to exclude,"
          + " a | b for either, prefix*."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (words are joined).")
  List<String> words;

  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      converter = InputOptions.DateConverter.class,
      description = "Articles dated on or after this day.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      converter = InputOptions.DateConverter.class,
      description = "Articles dated on or before this day.")
  LocalDate to;

  @Option(
      names = "--actor",
      paramLabel = "ACTOR",
      description =
          "Articles with this actor: a CAMEO code or its beginning in capitals (GEO matches"
              + " GEOGOV), or words of an actor's or place's name.")
  String actor;

  @Option(
      names = "--country",
      paramLabel = "CODE",
      description = "Articles with an actor or place of this country (ISO alpha-3 or FIPS).")
  String country;

  @Option(
      names = "--code",
      paramLabel = "CAMEO",
      description = "Articles with an event of this CAMEO code or its beginning.")
  String code;

  @Option(names = "--limit", paramLabel = "N", description = "Hits shown (default 10).")
  int limit = 10;

  @Option(names = "--offset", paramLabel = "N", description = "Hits skipped first.")
  int offset;

  @Option(names = "--json", description = "One JSON object: total and hits.")
  boolean json;

  @Override
  public Integer call() {
    Paging.check(spec, limit, offset);
    String text = String.join(" ", words).strip();
    if (text.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "the query is empty");
    }
    SearchQuery q = new SearchQuery(text, from, to, actor, country, code, limit, offset);
    SearchResult r;
    try (StoreQueries store = data.query()) {
      r = store.search(q);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      printJson(r, out);
      return ExitCodes.OK;
    }
    if (r.total() == 0) {
      out.println("No article matches.");
      return ExitCodes.OK;
    }
    out.printf(
        "%d article%s match; %d to %d:%n",
        r.total(),
        r.total() == 1 ? "" : "s",
        Math.min(offset + 1, r.total()),
        offset + r.hits().size());
    int rank = offset;
    for (SearchHit h : r.hits()) {
      rank++;
      out.printf(
          Locale.ROOT,
          "%n%d. %s  %s  (score %.2f)%n",
          rank,
          h.date() == null ? "date unknown" : h.date(),
          h.title() == null ? "(no title)" : h.title(),
          h.score());
      out.printf("   %s  %s%n", h.articleId(), h.url() != null ? h.url() : nz(h.origin()));
      out.println("   " + h.snippet().marked("[", "]"));
    }
    return ExitCodes.OK;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static void printJson(SearchResult r, PrintWriter out) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("total", r.total());
    ArrayNode hits = root.putArray("hits");
    for (SearchHit h : r.hits()) {
      ObjectNode o = hits.addObject();
      o.put("id", h.articleId());
      o.put("score", h.score());
      o.put("title", h.title());
      o.put("date", h.date() == null ? null : h.date().toString());
      o.put("url", h.url());
      o.put("origin", h.origin());
      o.put("snippet", h.snippet().text());
      ArrayNode marks = o.putArray("marks");
      h.snippet().marks().forEach(m -> marks.addArray().add(m.start()).add(m.end()));
    }
    out.println(root.toPrettyString());
  }
}
