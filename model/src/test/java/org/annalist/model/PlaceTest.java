package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** GDELT's geo type of a place, from its kind and whether it lies in the United States. */
class PlaceTest {
  private static Place place(String type, String country) {
    Span s = new Span(0, 4);
    return new Place(
        "p1", "Name", type, country, null, null, List.of(new Mention("Name", s, 0, "name")));
  }

  @Test
  void gdeltTypeFollowsKindAndCountry() {
    assertThat(place("country", "USA").gdeltType()).isEqualTo(1);
    assertThat(place("country", "GEO").gdeltType()).isEqualTo(1);
    assertThat(place("region", "USA").gdeltType()).isEqualTo(2);
    assertThat(place("region", "GEO").gdeltType()).isEqualTo(5);
    assertThat(place("territory", "GEO").gdeltType()).isEqualTo(5);
    assertThat(place("city", "USA").gdeltType()).isEqualTo(3);
    assertThat(place("county", "USA").gdeltType()).isEqualTo(3);
    assertThat(place("feature", "USA").gdeltType()).isEqualTo(3);
    assertThat(place("city", "GEO").gdeltType()).isEqualTo(4);
    assertThat(place("feature", "FRA").gdeltType()).isEqualTo(4);
    assertThat(place("macro", null).gdeltType()).isEqualTo(5);
  }
}
