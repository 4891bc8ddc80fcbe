package org.annalist.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Centroids of TopoJSON shapes: arcs decoded, reversed, joined; holes; the largest part. */
class AtlasBuilderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static AtlasBuilder.Topology topology(String json) throws Exception {
    return AtlasBuilder.Topology.read(JSON.readTree(json));
  }

  private static JsonNode geometry(AtlasBuilder.Topology t, int i) {
    return t.root().path("objects").path("shapes").path("geometries").get(i);
  }

  @Test
  void aSquareStandsAtItsMiddleWhateverItsWinding() throws Exception {
    // One arc around the square from (10, 20) to (14, 24), quantized with a scale of 2 and
    // delta-encoded; the second shape walks it backwards.
    AtlasBuilder.Topology t =
        topology(
            """
            {"type":"Topology","transform":{"scale":[2,2],"translate":[10,20]},
             "arcs":[[[0,0],[2,0],[0,2],[-2,0],[0,-2]]],
             "objects":{"shapes":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","arcs":[[0]]},
               {"type":"Polygon","arcs":[[-1]]}]}}}
            """);
    for (int i = 0; i < 2; i++) {
      double[] p = t.point(geometry(t, i));
      assertThat(p[0]).as("lat").isCloseTo(22, within(1e-9));
      assertThat(p[1]).as("lon").isCloseTo(12, within(1e-9));
    }
  }

  @Test
  void aHoleMovesTheCentroidAwayFromIt() throws Exception {
    AtlasBuilder.Topology t =
        topology(
            """
            {"type":"Topology",
             "arcs":[[[0,0],[4,0],[4,4],[0,4],[0,0]], [[0,0],[0,2],[2,2],[2,0],[0,0]]],
             "objects":{"shapes":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","arcs":[[0],[1]]}]}}}
            """);
    double[] p = t.point(geometry(t, 0));
    // 16 minus the corner square of 4 at (1, 1): (16*2 - 4*1) / 12.
    assertThat(p[0]).isCloseTo(28.0 / 12, within(1e-9));
    assertThat(p[1]).isCloseTo(28.0 / 12, within(1e-9));
  }

  @Test
  void theLargestPartWinsAndRingsAcrossTheAntimeridianStayWhole() throws Exception {
    AtlasBuilder.Topology t =
        topology(
            """
            {"type":"Topology",
             "arcs":[[[0,0],[1,0],[1,1],[0,1],[0,0]],
                     [[178,10],[-178,10],[-178,14],[178,14],[178,10]]],
             "objects":{"shapes":{"type":"GeometryCollection","geometries":[
               {"type":"MultiPolygon","arcs":[[[0]],[[1]]]}]}}}
            """);
    double[] p = t.point(geometry(t, 0));
    assertThat(p[0]).isCloseTo(12, within(1e-9));
    assertThat(Math.abs(p[1])).isCloseTo(180, within(1e-9));
  }

  @Test
  void ringMomentsGiveAreaAndCentroid() {
    double[] m =
        AtlasBuilder.Topology.moments(
            List.of(new double[] {0, 0}, new double[] {2, 0}, new double[] {0, 2}));
    assertThat(m[0]).isEqualTo(2.0);
    assertThat(m[1] / m[0]).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m[2] / m[0]).isCloseTo(2.0 / 3, within(1e-12));
  }
}
