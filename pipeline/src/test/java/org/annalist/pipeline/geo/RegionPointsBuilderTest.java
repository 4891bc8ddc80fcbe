package org.annalist.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Points of units: matched by ISO code, kept only near the unit's own places. */
class RegionPointsBuilderTest {

  @Test
  void aUnitTakesThePointOfItsIsoCodeWhenItLiesNearItsPlaces() throws Exception {
    Map<String, double[]> states =
        RegionPointsBuilder.states(
            new ObjectMapper()
                .readTree(
                    """
                    [{"countryCode":"XA","isoCode":"N","latitude":"10.5","longitude":"20.5"},
                     {"countryCode":"XA","isoCode":"S","latitude":"-40.0","longitude":"20.0"},
                     {"countryCode":"XA","isoCode":"E","latitude":"","longitude":""},
                     {"countryCode":"XA","isoCode":"W","latitude":"1","longitude":"1"},
                     {"countryCode":"XA","isoCode":"W","latitude":"2","longitude":"2"}]
                    """));
    // A code listed twice and one without a point are left out.
    assertThat(states).containsOnlyKeys("XA-N", "XA-S");
    Map<String, double[]> boxes =
        RegionPointsBuilder.boxes(
            List.of(
                "# comment",
                "1\tA\tA\t\tP\tPPL\tXA\t01\t\t10.0\t20.0\t5000",
                "2\tB\tB\t\tP\tPPL\tXA\t01\t\t11.0\t21.0\t5000",
                "3\tC\tC\t\tP\tPPL\tXA\t02\t\t-10.0\t20.0\t5000"));
    assertThat(boxes.get("XA.01")).containsExactly(10.0, 20.0, 11.0, 21.0);
    List<String> rows =
        RegionPointsBuilder.points(
            List.of(
                "XA\t01\tXA-N\tNorth\t\tiso-codes\t\t10.2\t20.2\t10000\t2",
                "XA\t02\tXA-S\tSouth\t\tiso-codes\t\t-10.0\t20.0\t5000\t1",
                "XA\t03\t\tEast\t\tiso-codes\t\t0\t0\t0\t0",
                "US\t01\tXA-N\tSame code in the US\t\tiso-codes\t\t10\t20\t1\t1"),
            states,
            boxes);
    // The south's point lies 30 degrees from its only place: a namesake, left out.
    assertThat(rows).containsExactly("region\tXA.01\t10.5000\t20.5000");
  }
}
