package org.annalist.pipeline.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {
  @Test
  void oneDegreeOfLongitudeAtTheEquatorIsAnArcOfTheSphere() {
    double km = new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 1));

    assertThat(km).isCloseTo(6371 * Math.PI / 180, within(1e-9));
    assertThat(km).isCloseTo(111.195, within(0.001));
  }

  @Test
  void londonToParisByHaversine() {
    GeoPoint london = new GeoPoint(51.5074, -0.1278);
    GeoPoint paris = new GeoPoint(48.8566, 2.3522);

    assertThat(london.distanceKm(paris)).isCloseTo(343.556, within(0.001));
    assertThat(paris.distanceKm(london)).isCloseTo(london.distanceKm(paris), within(1e-9));
  }

  @Test
  void antipodesAreHalfTheCircumferenceApart() {
    assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 180)))
        .isCloseTo(GeoPoint.MAX_DISTANCE_KM, within(1e-6));
    assertThat(new GeoPoint(90, 0).distanceKm(new GeoPoint(-90, 0)))
        .isCloseTo(20015.087, within(0.001));
    assertThat(new GeoPoint(12.5, 40).distanceKm(new GeoPoint(12.5, 40))).isZero();
  }

  @Test
  void coordinatesOutOfRangeAreRefused() {
    assertThatThrownBy(() -> new GeoPoint(90.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latitude out of range: 90.5");
    assertThatThrownBy(() -> new GeoPoint(0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("longitude out of range: NaN");
  }
}
