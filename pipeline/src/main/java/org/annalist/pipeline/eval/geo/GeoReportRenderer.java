package org.annalist.pipeline.eval.geo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.annalist.pipeline.eval.EntityScore;

/**
 * Renders a {@link GeoReport} as a plain-text table, one column per system, or as one JSON object.
 * Stateless and thread-safe.
 */
public final class GeoReportRenderer {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int LABEL_WIDTH = 22;
  private static final int MIN_COLUMN_WIDTH = 12;
  private static final String ABSENT = "n/a";

  private GeoReportRenderer() {}

  /**
   * The report as a table: a heading line with the counts of the corpus, then one row per figure
   * and one column per system (recognition, then resolution of the matched toponyms whose gold has
   * coordinates), then a last line {@code acc161=0.xxxx} with the main system's accuracy within 161
   * km to four decimals. A figure that cannot be computed (no pair to measure, no gold country)
   * shows as {@code n/a}. Lines end with {@code \n}; there is none after the last line.
   */
  public static String text(GeoReport report) {
    List<GeoReport.SystemScores> systems = report.systems();
    int width = MIN_COLUMN_WIDTH;
    for (GeoReport.SystemScores system : systems) {
      width = Math.max(width, system.name().length() + 2);
    }
    Table table = new Table(systems, width);
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "%s: %d articles, %d gold toponyms, %d with coordinates",
            report.dataset(),
            report.articles(),
            report.goldToponyms(),
            report.goldWithPoint()));
    lines.add(table.header());
    lines.add("toponym recognition");
    lines.add(table.row("precision", s -> decimal(s.recognition().precision())));
    lines.add(table.row("recall", s -> decimal(s.recognition().recall())));
    lines.add(table.row("f1", s -> decimal(s.recognition().f1())));
    lines.add(table.row("predicted", s -> count(s.recognition().predicted())));
    lines.add(table.row("matched", s -> count(s.recognition().tp())));
    lines.add("resolution of matched toponyms with gold coordinates");
    lines.add(table.row("pairs", s -> count(s.resolution().pairs())));
    lines.add(table.row("unresolved", s -> count(s.resolution().unresolved())));
    lines.add(table.row("acc@161km", s -> decimal(s.resolution().acc161())));
    lines.add(table.row("mean error km", s -> kilometres(s.resolution().meanKm())));
    lines.add(table.row("median error km", s -> kilometres(s.resolution().medianKm())));
    lines.add(table.row("AUC", s -> decimal(s.resolution().auc())));
    lines.add(table.row("country accuracy", s -> decimal(s.resolution().countryAccuracy())));
    lines.add(
        table.row(
            "country pairs",
            s ->
                s.resolution().countryPairs() == null
                    ? ABSENT
                    : count(s.resolution().countryPairs())));
    lines.add(
        String.format(Locale.ROOT, "acc161=%.4f", report.main().scores().resolution().acc161()));
    return String.join("\n", lines);
  }

  /**
   * The report as one line of JSON: {@code dataset}, {@code articles}, {@code gold_toponyms},
   * {@code gold_with_coordinates}, {@code systems} (in order, each with {@code name}, {@code
   * recognition} and {@code resolution}), and {@code acc161} of the main system. A figure that
   * cannot be computed is {@code null}.
   */
  public static String json(GeoReport report) {
    return toJson(report).toString();
  }

  /** The JSON object of {@link #json}. */
  public static ObjectNode toJson(GeoReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("dataset", report.dataset());
    root.put("articles", report.articles());
    root.put("gold_toponyms", report.goldToponyms());
    root.put("gold_with_coordinates", report.goldWithPoint());
    ArrayNode systems = root.putArray("systems");
    for (GeoReport.SystemScores system : report.systems()) {
      ObjectNode node = systems.addObject();
      node.put("name", system.name());
      EntityScore recognition = system.scores().recognition();
      ObjectNode r = node.putObject("recognition");
      r.put("precision", recognition.precision());
      r.put("recall", recognition.recall());
      r.put("f1", recognition.f1());
      r.put("gold", recognition.gold());
      r.put("predicted", recognition.predicted());
      r.put("matched", recognition.tp());
      ResolutionScore resolution = system.scores().resolution();
      ObjectNode g = node.putObject("resolution");
      g.put("pairs", resolution.pairs());
      g.put("unresolved", resolution.unresolved());
      g.put("within_161km", resolution.within161());
      g.put("acc161", resolution.acc161());
      g.put("mean_error_km", resolution.meanKm());
      g.put("median_error_km", resolution.medianKm());
      g.put("auc", resolution.auc());
      g.put("country_pairs", resolution.countryPairs());
      g.put("country_correct", resolution.countryCorrect());
      g.put("country_accuracy", resolution.countryAccuracy());
    }
    root.put("acc161", report.main().scores().resolution().acc161());
    return root;
  }

  private static String decimal(Double value) {
    return value == null ? ABSENT : String.format(Locale.ROOT, "%.4f", value);
  }

  private static String kilometres(Double value) {
    return value == null ? ABSENT : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String count(int value) {
    return Integer.toString(value);
  }

  /** Fixed-width rows: a label, then one right-aligned cell per system. */
  private record Table(List<GeoReport.SystemScores> systems, int width) {
    String header() {
      StringBuilder b = new StringBuilder(" ".repeat(LABEL_WIDTH));
      for (GeoReport.SystemScores system : systems) {
        b.append(pad(system.name()));
      }
      return b.toString();
    }

    String row(String label, Function<GeoScores, String> cell) {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "  %-" + (LABEL_WIDTH - 2) + "s", label));
      for (GeoReport.SystemScores system : systems) {
        b.append(pad(cell.apply(system.scores())));
      }
      return b.toString();
    }

    private String pad(String value) {
      return " ".repeat(Math.max(0, width - value.length())) + value;
    }
  }
}
