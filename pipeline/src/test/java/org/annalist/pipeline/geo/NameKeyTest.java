package org.annalist.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void foldsCaseAndDiacritics() {
    assertThat(NameKey.of("Tbilisí")).isEqualTo("tbilisi");
    assertThat(NameKey.of("ZÜRICH")).isEqualTo("zurich");
    assertThat(NameKey.of("São Paulo")).isEqualTo("sao paulo");
    assertThat(NameKey.of("Thành phố Hồ Chí Minh")).isEqualTo("thanh pho ho chi minh");
  }

  @Test
  void spellsOutLettersThatDoNotDecompose() {
    assertThat(NameKey.of("Łódź")).isEqualTo("lodz");
    assertThat(NameKey.of("Straße")).isEqualTo("strasse");
    assertThat(NameKey.of("Tromsø")).isEqualTo("tromso");
    assertThat(NameKey.of("Diyarbakır")).isEqualTo("diyarbakir");
  }

  @Test
  void dropsApostrophesAndStopsAndSeparatesOnOtherPunctuation() {
    assertThat(NameKey.of("N'Djamena")).isEqualTo(NameKey.of("N’Djamena")).isEqualTo("ndjamena");
    assertThat(NameKey.of("D.C.")).isEqualTo("dc");
    assertThat(NameKey.of("St. Louis")).isEqualTo("st louis");
    assertThat(NameKey.of("Nagorno-Karabakh")).isEqualTo("nagorno karabakh");
    assertThat(NameKey.of("  Washington,  D.C. ")).isEqualTo("washington dc");
  }

  @Test
  void keepsOtherScriptsAndGivesEmptyForNoLetters() {
    assertThat(NameKey.of("Тбилиси")).isEqualTo("тбилиси");
    assertThat(NameKey.of("—")).isEmpty();
    assertThat(NameKey.of("")).isEmpty();
  }
}
