package org.annalist.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that filter GeoNames alternate names to what English text could write. */
class GazetteerBuilderTest {
  @Test
  void keepsLatinNamesThatEnglishTextCouldWrite() {
    assertThat(GazetteerBuilder.keepAlternate("Tiflis")).isTrue();
    assertThat(GazetteerBuilder.keepAlternate("Luân Đôn")).isTrue();
    assertThat(GazetteerBuilder.keepAlternate("L.A.")).isTrue();
    assertThat(GazetteerBuilder.keepAlternate("NYC")).isTrue();
  }

  @Test
  void dropsOtherScriptsCodesTransliterationsAndNumbers() {
    assertThat(GazetteerBuilder.keepAlternate("Тбилиси")).isFalse();
    assertThat(GazetteerBuilder.keepAlternate("თბილისი")).isFalse();
    assertThat(GazetteerBuilder.keepAlternate("TBS")).isFalse();
    assertThat(GazetteerBuilder.keepAlternate("tblys")).isFalse();
    assertThat(GazetteerBuilder.keepAlternate("75001")).isFalse();
    assertThat(GazetteerBuilder.keepAlternate("Tbilisi - tbilisi")).isFalse();
  }

  @Test
  void dropsAlternatesWhoseKeyRepeatsAnEarlierName() {
    assertThat(
            GazetteerBuilder.englishAlternates(
                "Tbilisi", "Tbilisi", "TBS,Tbilisi,Tiflis,Tíflis,tbilisi,Тбилиси,Tbilissi"))
        .containsExactly("Tiflis", "Tbilissi");
  }

  @Test
  void isoNamesAgreeWithPackageNamesByCoreNamePrefixOrContainment() {
    assertThat(GazetteerBuilder.namesAgree("Kharkivska oblast", List.of("Kharkiv Oblast")))
        .isTrue();
    assertThat(GazetteerBuilder.namesAgree("Tehrān", List.of("Tehran Province"))).isTrue();
    assertThat(GazetteerBuilder.namesAgree("Fārs", List.of("Tehran Province", "Tehran"))).isFalse();
    assertThat(
            GazetteerBuilder.namesAgree("Ciudad Autónoma de Buenos Aires", List.of("Buenos Aires")))
        .isTrue();
  }

  @Test
  void isoCodesNotesAreDroppedFromNames() {
    assertThat(GazetteerBuilder.clean("Amānat al ‘Āşimah [city]")).isEqualTo("Amānat al ‘Āşimah");
    assertThat(GazetteerBuilder.clean("Dakhla-Oued Ed-Dahab (EH)"))
        .isEqualTo("Dakhla-Oued Ed-Dahab");
    assertThat(GazetteerBuilder.clean("Guelmim-Oued Noun (EH-partial)"))
        .isEqualTo("Guelmim-Oued Noun");
    assertThat(GazetteerBuilder.clean("Nafarroako Foru Komunitatea*"))
        .isEqualTo("Nafarroako Foru Komunitatea");
  }

  @Test
  void strippingGenericWordsLeavesTheProperName() {
    assertThat(GazetteerBuilder.core("Kursk Oblast")).isEqualTo("kursk");
    assertThat(GazetteerBuilder.core("Province of Idlib")).isEqualTo("idlib");
  }
}
