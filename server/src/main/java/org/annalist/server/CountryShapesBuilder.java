package org.annalist.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Regenerates {@code countries.geojson}, the country shapes of the web map: a GeoJSON
 * FeatureCollection derived from the {@code countries} object of {@code countries-110m.json} in the
 * npm package world-atlas 2.0.2 (TopoJSON of the Natural Earth 1:110m admin-0 countries). Each
 * feature has the properties {@code id} (the ISO 3166-1 numeric code as a string, or {@code null}
 * where the source has none, as for Kosovo, N. Cyprus and Somaliland), {@code iso3} (the ISO 3166-1
 * alpha-3 code, the country filter of the API) and {@code name} (the English name as the package
 * gives it). The alpha-3 code is that of the numeric code in the pipeline's gazetteer ({@link
 * #COUNTRIES}); a feature without a numeric code gets that of the gazetteer's country without one
 * of the same name (Kosovo: XKX), or {@code null} (N. Cyprus, Somaliland). The quantized,
 * delta-encoded arcs are decoded with the topology's transform and coordinates are rounded to three
 * decimals (about 100 m).
 *
 * <pre>
 * mkdir -p /tmp/wa &amp;&amp; cd /tmp/wa &amp;&amp; npm pack world-atlas@2.0.2 &amp;&amp; tar xzf world-atlas-2.0.2.tgz
 * cd - &amp;&amp; mvn -q -pl server compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp server/target/classes:$(cat /tmp/cp.txt) org.annalist.server.CountryShapesBuilder \
 *   /tmp/wa/package/countries-110m.json \
 *   server/src/main/resources/org/annalist/server/web/countries.geojson
 * </pre>
 */
public final class CountryShapesBuilder {
  /** The TopoJSON object that holds the countries. */
  static final String OBJECT = "countries";

  /** The gazetteer's countries (a pipeline resource): iso2, iso3, ccn3, ..., name (sixth), ... */
  static final String COUNTRIES = "/org/annalist/pipeline/geo/countries.tsv";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CountryShapesBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CountryShapesBuilder TOPOJSON OUTPUT");
    }
    ObjectMapper mapper = new ObjectMapper();
    JsonNode topology = mapper.readTree(Path.of(args[0]).toFile());
    ObjectNode collection = featureCollection(topology, OBJECT, Alpha3.load());
    Path out = Path.of(args[1]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, mapper.writeValueAsString(collection) + "\n");
    System.out.println(collection.get("features").size() + " features written to " + out);
  }

  /**
   * The ISO 3166-1 alpha-3 codes of the gazetteer's countries, by numeric code and, for those
   * without a numeric code, by name.
   */
  record Alpha3(Map<String, String> byNumeric, Map<String, String> byName) {
    /** Reads {@link #COUNTRIES}. */
    static Alpha3 load() throws IOException {
      try (InputStream in = CountryShapesBuilder.class.getResourceAsStream(COUNTRIES)) {
        if (in == null) {
          throw new IOException("resource " + COUNTRIES + " is missing");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }

    /**
     * Parses lines of tab-separated columns iso2, iso3, ccn3, geonameid, independent, name, ...;
     * lines starting with '#' and blank lines are skipped.
     */
    static Alpha3 parse(String tsv) {
      Map<String, String> byNumeric = new HashMap<>();
      Map<String, String> byName = new HashMap<>();
      for (String line : tsv.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length < 6 || c[1].isEmpty()) {
          throw new IllegalArgumentException("not a country line: " + line);
        }
        if (c[2].isEmpty()) {
          byName.put(c[5], c[1]);
        } else {
          byNumeric.put(c[2], c[1]);
        }
      }
      return new Alpha3(Map.copyOf(byNumeric), Map.copyOf(byName));
    }

    /** The alpha-3 code of a numeric code, or by name when that is null; null when unknown. */
    String of(String numeric, String name) {
      return numeric != null ? byNumeric.get(numeric) : byName.get(name);
    }
  }

  /** The GeoJSON FeatureCollection of the named GeometryCollection object of a topology. */
  static ObjectNode featureCollection(JsonNode topology, String objectName, Alpha3 alpha3) {
    JsonNode object = topology.path("objects").path(objectName);
    if (!"GeometryCollection".equals(object.path("type").asText())) {
      throw new IllegalArgumentException("no GeometryCollection named " + objectName);
    }
    double[][][] arcs = arcs(topology);
    ArrayNode features = NODES.arrayNode();
    for (JsonNode geometry : object.path("geometries")) {
      ObjectNode feature = feature(geometry, arcs, alpha3);
      if (feature != null) {
        features.add(feature);
      }
    }
    ObjectNode collection = NODES.objectNode();
    collection.put("type", "FeatureCollection");
    collection.set("features", features);
    return collection;
  }

  /**
   * The feature of one TopoJSON geometry, with {@code id}, {@code iso3} and {@code name} as its
   * properties; null when nothing of its shape is left.
   */
  static ObjectNode feature(JsonNode geometry, double[][][] arcs, Alpha3 alpha3) {
    String type = geometry.path("type").asText();
    List<List<List<double[]>>> polygons = new ArrayList<>();
    switch (type) {
      case "Polygon" -> polygons.add(polygon(geometry.path("arcs"), arcs));
      case "MultiPolygon" -> {
        for (JsonNode rings : geometry.path("arcs")) {
          polygons.add(polygon(rings, arcs));
        }
      }
      default -> throw new IllegalArgumentException("unsupported geometry type: " + type);
    }
    polygons.removeIf(List::isEmpty);
    if (polygons.isEmpty()) {
      return null;
    }
    ObjectNode shape = NODES.objectNode();
    shape.put("type", type);
    if (type.equals("Polygon")) {
      shape.set("coordinates", polygonNode(polygons.get(0)));
    } else {
      ArrayNode coordinates = shape.putArray("coordinates");
      for (List<List<double[]>> polygon : polygons) {
        coordinates.add(polygonNode(polygon));
      }
    }
    JsonNode idNode = geometry.get("id");
    String id = idNode == null || idNode.isNull() ? null : idNode.asText();
    String name = geometry.path("properties").path("name").asText();
    ObjectNode properties = NODES.objectNode();
    properties.put("id", id);
    properties.put("iso3", alpha3.of(id, name));
    properties.put("name", name);
    ObjectNode feature = NODES.objectNode();
    feature.put("type", "Feature");
    feature.set("properties", properties);
    feature.set("geometry", shape);
    return feature;
  }

  /**
   * The rings of one polygon, given as arrays of arc indexes; a ring of fewer than four positions
   * is dropped, and the whole polygon (an empty list) when its outer ring is.
   */
  static List<List<double[]>> polygon(JsonNode rings, double[][][] arcs) {
    List<List<double[]>> polygon = new ArrayList<>();
    for (JsonNode indexes : rings) {
      int[] refs = new int[indexes.size()];
      for (int i = 0; i < refs.length; i++) {
        refs[i] = indexes.get(i).asInt();
      }
      List<double[]> ring = ring(refs, arcs);
      if (ring.size() >= 4) {
        polygon.add(ring);
      } else if (polygon.isEmpty()) {
        return List.of();
      }
    }
    return polygon;
  }

  /**
   * One ring stitched from arcs: a negative index {@code ~i} is arc {@code i} reversed; the first
   * position of each arc after the first repeats the last of the one before and is left out, as is
   * any position equal to the one before it.
   */
  static List<double[]> ring(int[] refs, double[][][] arcs) {
    List<double[]> ring = new ArrayList<>();
    for (int ref : refs) {
      double[][] arc = arcs[ref >= 0 ? ref : ~ref];
      for (int k = 0; k < arc.length; k++) {
        double[] p = arc[ref >= 0 ? k : arc.length - 1 - k];
        if (ring.isEmpty() || !Arrays.equals(ring.get(ring.size() - 1), p)) {
          ring.add(p);
        }
      }
    }
    return ring;
  }

  /** All arcs of a topology as absolute longitude and latitude, rounded to three decimals. */
  static double[][][] arcs(JsonNode topology) {
    JsonNode transform = topology.get("transform");
    double[] scale = {1, 1};
    double[] translate = {0, 0};
    boolean quantized = transform != null && !transform.isNull();
    if (quantized) {
      scale =
          new double[] {
            transform.path("scale").path(0).asDouble(), transform.path("scale").path(1).asDouble()
          };
      translate =
          new double[] {
            transform.path("translate").path(0).asDouble(),
            transform.path("translate").path(1).asDouble()
          };
    }
    JsonNode arcs = topology.path("arcs");
    double[][][] decoded = new double[arcs.size()][][];
    for (int i = 0; i < decoded.length; i++) {
      decoded[i] = arc(arcs.get(i), quantized, scale, translate);
    }
    return decoded;
  }

  /**
   * One arc: when quantized, its positions after the first are deltas from the one before, and each
   * is then scaled and translated; without a transform the positions are absolute.
   */
  static double[][] arc(JsonNode positions, boolean quantized, double[] scale, double[] translate) {
    double[][] arc = new double[positions.size()][];
    long x = 0;
    long y = 0;
    for (int k = 0; k < arc.length; k++) {
      JsonNode p = positions.get(k);
      if (quantized) {
        x += p.get(0).asLong();
        y += p.get(1).asLong();
        arc[k] =
            new double[] {round(x * scale[0] + translate[0]), round(y * scale[1] + translate[1])};
      } else {
        arc[k] = new double[] {round(p.get(0).asDouble()), round(p.get(1).asDouble())};
      }
    }
    return arc;
  }

  /** A coordinate rounded to three decimals. */
  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static ArrayNode polygonNode(List<List<double[]>> polygon) {
    ArrayNode rings = NODES.arrayNode();
    for (List<double[]> ring : polygon) {
      ArrayNode positions = rings.addArray();
      for (double[] p : ring) {
        positions.addArray().add(p[0]).add(p[1]);
      }
    }
    return rings;
  }
}
