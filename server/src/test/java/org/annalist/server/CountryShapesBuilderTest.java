package org.annalist.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryShapesBuilderTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Two arcs around a 4 by 4 square of the quantized grid, the second run the other way round, and
   * a triangle that is an arc of its own.
   */
  private static final String TOPOLOGY =
      """
      {"type": "Topology",
       "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
       "objects": {"countries": {"type": "GeometryCollection", "geometries": [
         {"type": "Polygon", "arcs": [[0, -2]], "id": "004", "properties": {"name": "Square"}},
         {"type": "MultiPolygon", "arcs": [[[2]], [[1, -1]]], "properties": {"name": "Two"}}
       ]}},
       "arcs": [
         [[0, 0], [4, 0], [0, 4]],
         [[0, 0], [0, 4], [4, 0]],
         [[1, 1], [2, 0], [-2, 2], [0, -2]]
       ]}
      """;

  /** Alpha-3 codes for the hand-made topology: "Two" has no numeric code but a name here. */
  private static final CountryShapesBuilder.Alpha3 CODES =
      CountryShapesBuilder.Alpha3.parse(
          """
          # iso2 iso3 ccn3 geonameid independent name ...
          AF\tAFG\t004\t1149361\tyes\tAfghanistan\tIslamic Republic of Afghanistan
          XT\tTWO\t\t\tno\tTwo\tThe Two

          GE\tGEO\t268\t614540\tyes\tGeorgia\tGeorgia
          """);

  @Test
  void aHandMadeTopologyDecodesToItsExactCoordinates() throws Exception {
    JsonNode collection =
        CountryShapesBuilder.featureCollection(MAPPER.readTree(TOPOLOGY), "countries", CODES);
    JsonNode expected =
        MAPPER.readTree(
            """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"id": "004", "iso3": "AFG", "name": "Square"},
               "geometry": {"type": "Polygon", "coordinates": [
                 [[10.0, 20.0], [12.0, 20.0], [12.0, 21.0], [10.0, 21.0], [10.0, 20.0]]]}},
              {"type": "Feature", "properties": {"id": null, "iso3": "TWO", "name": "Two"},
               "geometry": {"type": "MultiPolygon", "coordinates": [
                 [[[10.5, 20.25], [11.5, 20.25], [10.5, 20.75], [10.5, 20.25]]],
                 [[[10.0, 20.0], [10.0, 21.0], [12.0, 21.0], [12.0, 20.0], [10.0, 20.0]]]]}}
            ]}
            """);
    assertThat(collection).isEqualTo(expected);
  }

  @Test
  void alpha3CodesAreFoundByNumericCodeOrForCountriesWithoutOneByName() throws Exception {
    assertThat(CODES.of("268", "whatever")).isEqualTo("GEO");
    assertThat(CODES.of(null, "Two")).isEqualTo("TWO");
    assertThat(CODES.of("999", "Georgia")).as("an unknown numeric code").isNull();
    assertThat(CODES.of(null, "Georgia")).as("a name of a country with a numeric code").isNull();
    assertThatThrownBy(() -> CountryShapesBuilder.Alpha3.parse("AF\tAFG\t004\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AF");

    CountryShapesBuilder.Alpha3 gazetteer = CountryShapesBuilder.Alpha3.load();
    assertThat(gazetteer.of("004", "Afghanistan")).isEqualTo("AFG");
    assertThat(gazetteer.of("724", "Spain")).isEqualTo("ESP");
    assertThat(gazetteer.of(null, "Kosovo")).isEqualTo("XKX");
    assertThat(gazetteer.of(null, "N. Cyprus")).isNull();
    assertThat(gazetteer.of(null, "Somaliland")).isNull();
  }

  @Test
  void positionsAreRoundedToThreeDecimals() {
    double[][] arc =
        CountryShapesBuilder.arc(
            MAPPER.valueToTree(new int[][] {{1, 0}, {1, 3}}),
            true,
            new double[] {0.0012345, 0.1},
            new double[] {-0.0004, -0.3});
    assertThat(arc).isDeepEqualTo(new double[][] {{0.001, -0.3}, {0.002, 0.0}});
    assertThat(CountryShapesBuilder.round(-45.12351)).isEqualTo(-45.124);
  }

  @Test
  void anUnknownObjectOrGeometryIsRefused() throws Exception {
    assertThatThrownBy(
            () -> CountryShapesBuilder.featureCollection(MAPPER.readTree(TOPOLOGY), "land", CODES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("land");
    JsonNode line = MAPPER.readTree("{\"type\": \"LineString\", \"arcs\": [0]}");
    assertThatThrownBy(() -> CountryShapesBuilder.feature(line, new double[][][] {{{0, 0}}}, CODES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LineString");
  }

  @Test
  void theShippedShapesAreClosedCountriesInPlace() throws Exception {
    JsonNode collection;
    try (InputStream in =
        CountryShapesBuilderTest.class.getResourceAsStream(
            "/org/annalist/server/web/countries.geojson")) {
      assertThat(in).isNotNull();
      collection = MAPPER.readTree(in);
    }
    assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
    JsonNode features = collection.path("features");
    assertThat(features.size()).isGreaterThan(150);

    Set<String> withoutCode = Set.of("Kosovo", "N. Cyprus", "Somaliland");
    Set<String> ids = new HashSet<>();
    Set<String> alpha3 = new HashSet<>();
    Set<String> names = new HashSet<>();
    double[] georgia = null;
    for (JsonNode feature : features) {
      assertThat(feature.path("type").asText()).isEqualTo("Feature");
      String name = feature.path("properties").path("name").asText();
      assertThat(name).isNotBlank();
      assertThat(names.add(name)).as("name %s once", name).isTrue();
      JsonNode id = feature.path("properties").path("id");
      JsonNode iso3 = feature.path("properties").path("iso3");
      assertThat(feature.path("properties").has("iso3")).as("iso3 of %s", name).isTrue();
      if (withoutCode.contains(name)) {
        assertThat(id.isNull()).as("id of %s", name).isTrue();
      } else {
        assertThat(id.isTextual()).as("id of %s", name).isTrue();
        assertThat(id.asText()).as("id of %s", name).matches("\\d{3}");
        assertThat(ids.add(id.asText())).as("id %s once", id).isTrue();
        assertThat(iso3.isTextual()).as("iso3 of %s (%s)", name, id).isTrue();
      }
      if (iso3.isTextual()) {
        assertThat(iso3.asText()).as("iso3 of %s", name).matches("[A-Z]{3}");
        assertThat(alpha3.add(iso3.asText())).as("iso3 %s once", iso3).isTrue();
      }
      switch (name) {
        case "Kosovo" -> assertThat(iso3.asText()).isEqualTo("XKX");
        case "N. Cyprus", "Somaliland" -> assertThat(iso3.isNull()).as("iso3 of %s", name).isTrue();
        case "Georgia" -> assertThat(iso3.asText()).isEqualTo("GEO");
        case "France" -> assertThat(iso3.asText()).isEqualTo("FRA");
        case "United States of America" -> assertThat(iso3.asText()).isEqualTo("USA");
        default -> {}
      }
      double[] box = box(feature.path("geometry"), name);
      if (name.equals("Georgia")) {
        georgia = box;
        assertThat(id.asText()).isEqualTo("268");
      }
    }
    assertThat(names).containsAll(withoutCode);
    assertThat(georgia).as("Georgia").isNotNull();
    assertThat(georgia[0]).isBetween(39.5, 41.0);
    assertThat(georgia[2]).isBetween(46.0, 47.0);
    assertThat(georgia[1]).isBetween(40.5, 41.5);
    assertThat(georgia[3]).isBetween(43.0, 44.0);
  }

  /** The box (min lon, min lat, max lon, max lat) of a geometry, checking each of its rings. */
  private static double[] box(JsonNode geometry, String name) {
    List<JsonNode> polygons = new ArrayList<>();
    switch (geometry.path("type").asText()) {
      case "Polygon" -> polygons.add(geometry.path("coordinates"));
      case "MultiPolygon" -> geometry.path("coordinates").forEach(polygons::add);
      default -> throw new AssertionError(name + " has a geometry of type " + geometry);
    }
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    assertThat(polygons).as("polygons of %s", name).isNotEmpty();
    for (JsonNode polygon : polygons) {
      assertThat(polygon.size()).as("rings of %s", name).isPositive();
      for (JsonNode ring : polygon) {
        assertThat(ring.size()).as("positions of a ring of %s", name).isGreaterThanOrEqualTo(4);
        assertThat(ring.get(ring.size() - 1)).as("ring of %s closed", name).isEqualTo(ring.get(0));
        for (JsonNode p : ring) {
          assertThat(p.size()).isEqualTo(2);
          double lon = p.get(0).asDouble();
          double lat = p.get(1).asDouble();
          assertThat(lon).as("longitude in %s", name).isBetween(-180.0, 180.0);
          assertThat(lat).as("latitude in %s", name).isBetween(-90.0, 90.0);
          box[0] = Math.min(box[0], lon);
          box[1] = Math.min(box[1], lat);
          box[2] = Math.max(box[2], lon);
          box[3] = Math.max(box[3], lat);
        }
      }
    }
    return box;
  }
}
