package org.annalist.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MacroRegionsTest {

  @Test
  void continentsAndSeasByName() {
    MacroRegions m = MacroRegions.load();
    GazetteerEntry europe = m.byName("Europe");
    assertThat(europe.type()).isEqualTo(GeoType.MACRO);
    assertThat(europe.lat()).isBetween(40.0, 60.0);
    assertThat(m.byName("the Middle East")).isSameAs(m.byName("Middle East"));
    assertThat(m.byName("the Mediterranean").name()).isEqualTo("Mediterranean Sea");
    assertThat(m.byName("european")).isNull();
    assertThat(m.byAdjective("European")).isSameAs(europe);
    assertThat(m.byAdjective("Europeans")).isSameAs(europe);
    assertThat(m.byName("EU")).isSameAs(europe);
    assertThat(m.byName("E.U.")).isSameAs(europe);
    assertThat(m.byAdjective("Europe")).isNull();
    assertThat(m.byName("Atlantis")).isNull();
    assertThat(m.size()).isGreaterThanOrEqualTo(25);
  }

  @Test
  void aNameListedTwiceFailsWithItsLine() {
    String data = "Europe\t-\t48\t9\t-\nOld World\tEurope\t30\t30\t-\n";
    assertThatThrownBy(
            () ->
                MacroRegions.load(
                    f -> new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("macro-regions.tsv:2")
        .hasMessageContaining("twice");
  }
}
