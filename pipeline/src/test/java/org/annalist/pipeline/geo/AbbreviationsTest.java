package org.annalist.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {

  @Test
  void dottedAbbreviationsStandAnywherePostalCodesOnlyAsQualifiers() {
    Abbreviations a = Abbreviations.load();
    assertThat(a.lookup("Calif.")).isNotNull();
    assertThat(a.lookup("Calif.").admin1()).isEqualTo("CA");
    assertThat(a.lookup("U.S.").admin1()).isNull();
    assertThat(a.lookup("U.S.").iso2()).isEqualTo("US");
    // "IN" and "OR" are words: a place only after "City, ".
    assertThat(a.lookup("IN")).isNull();
    assertThat(a.lookup("OR")).isNull();
    assertThat(a.qualifier("OR").name()).isEqualTo("Oregon");
    assertThat(a.qualifier("Ill.").admin1()).isEqualTo("IL");
    assertThat(a.size()).isGreaterThan(100);
  }

  @Test
  void demonymsOfRegionsAndCitiesInTheSingularAndThePlural() {
    Abbreviations a = Abbreviations.load();
    assertThat(a.demonym("Iowan").name()).isEqualTo("Iowa");
    assertThat(a.demonym("Iowans").admin1()).isEqualTo("IA");
    assertThat(a.demonym("Manitobans").iso2()).isEqualTo("CA");
    assertThat(a.demonym("Londoners").name()).isEqualTo("London");
    // A demonym is no abbreviation, and a country's demonym is the gazetteer's.
    assertThat(a.lookup("Iowan")).isNull();
    assertThat(a.qualifier("Iowan")).isNull();
    assertThat(a.demonym("Georgian")).isNull();
  }

  @Test
  void aBadLineFailsWithItsFileAndLine() {
    String data = "# header\nCalif.\tCalifornia\tUS\tCA\tsometimes\n";
    assertThatThrownBy(
            () ->
                Abbreviations.load(
                    f -> new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("abbreviations.tsv:2")
        .hasMessageContaining("use must be");
    String twice = "X.\tA\tUS\tCA\tany\nX.\tB\tUS\tTX\tany\n";
    assertThatThrownBy(
            () ->
                Abbreviations.load(
                    f -> new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("abbreviations.tsv:2")
        .hasMessageContaining("twice");
  }
}
