package org.annalist.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped gazetteer, loaded once: lookups of well-known places, codes, counts. */
class GazetteerTest {
  private static final Gazetteer GAZ = Gazetteer.load();

  private static GazetteerEntry only(String name, GeoType type, String iso2) {
    List<GazetteerEntry> found =
        GAZ.lookup(name).stream().filter(e -> e.type() == type && e.iso2().equals(iso2)).toList();
    assertThat(found).as("%s %s in %s", type, name, iso2).hasSize(1);
    return found.get(0);
  }

  @Test
  void tbilisiIsFoundByItsOldNameTiflis() {
    List<GazetteerEntry> found = GAZ.lookup("Tiflis");
    assertThat(found).isNotEmpty();
    GazetteerEntry tbilisi = found.get(0);
    assertThat(tbilisi.name()).isEqualTo("Tbilisi");
    assertThat(tbilisi.geonameId()).isEqualTo(611717);
    assertThat(tbilisi.type()).isEqualTo(GeoType.CITY);
    assertThat(tbilisi.featureCode()).isEqualTo("PPLC");
    assertThat(tbilisi.iso3()).isEqualTo("GEO");
    assertThat(tbilisi.fips()).isEqualTo("GG");
    assertThat(tbilisi.gdeltAdm1()).isEqualTo("GG51");
    assertThat(tbilisi.lat()).isCloseTo(41.69, within(0.01));
    assertThat(tbilisi.lon()).isCloseTo(44.83, within(0.01));
    assertThat(tbilisi.population()).isGreaterThan(1_000_000);
    assertThat(GAZ.byGeonameId(611717)).contains(tbilisi);
  }

  @Test
  void georgiaTheCountryHasItsIsoAndFipsCodes() {
    Country georgia = GAZ.countryByIso2("GE").orElseThrow();
    assertThat(georgia.iso3()).isEqualTo("GEO");
    assertThat(georgia.fips()).isEqualTo("GG");
    assertThat(georgia.cameo()).isEqualTo("GEO");
    assertThat(georgia.geonameId()).isEqualTo(614540);
    assertThat(georgia.demonyms()).contains("Georgian");
    assertThat(GAZ.countryByIso3("geo")).contains(georgia);
    assertThat(GAZ.countryByFips("GG")).contains(georgia);
    assertThat(GAZ.countriesByDemonym("Georgian")).containsExactly(georgia);

    GazetteerEntry entry = GAZ.entryOf(georgia);
    assertThat(entry.type()).isEqualTo(GeoType.COUNTRY);
    assertThat(entry.featureCode()).isEqualTo("PCLI");
    assertThat(entry.gdeltAdm1()).isEmpty();
    assertThat(entry.gdeltAdm1Code()).isEqualTo("GG");
    assertThat(GAZ.byGeonameId(614540)).contains(entry);
  }

  @Test
  void georgiaTheNameGivesTheCountryFirstThenTheUsState() {
    List<GazetteerEntry> found = GAZ.lookup("Georgia");
    assertThat(found.get(0).type()).isEqualTo(GeoType.COUNTRY);
    assertThat(found.get(0).iso2()).isEqualTo("GE");
    GazetteerEntry state = only("Georgia", GeoType.REGION, "US");
    assertThat(state.admin1()).isEqualTo("GA");
    assertThat(state.gdeltAdm1()).isEqualTo("USGA");
  }

  @Test
  void parisIsInFranceAndInTexas() {
    List<GazetteerEntry> paris = GAZ.lookup("Paris");
    assertThat(paris.get(0).iso2()).isEqualTo("FR");
    assertThat(paris.get(0).featureCode()).isEqualTo("PPLC");
    GazetteerEntry texas =
        paris.stream()
            .filter(e -> e.iso2().equals("US") && e.admin1().equals("TX"))
            .findFirst()
            .orElseThrow();
    assertThat(texas.name()).isEqualTo("Paris");
    assertThat(texas.fips()).isEqualTo("US");
    assertThat(texas.gdeltAdm1()).isEqualTo("USTX");
    assertThat(texas.lat()).isCloseTo(33.66, within(0.01));
    assertThat(paris.indexOf(texas)).isGreaterThan(0);
  }

  @Test
  void abkhaziaIsGeorgianRegionGg02() {
    GazetteerEntry abkhazia = only("Abkhazia", GeoType.REGION, "GE");
    assertThat(abkhazia.admin1()).isEqualTo("02");
    assertThat(abkhazia.gdeltAdm1()).isEqualTo("GG02");
    assertThat(abkhazia.fips()).isEqualTo("GG");
    Region region = GAZ.region("GE", "02").orElseThrow();
    assertThat(region.name()).isEqualTo("Abkhazia");
    assertThat(region.gdeltAdm1()).isEqualTo("GG02");
    // The centroid lies in Abkhazia, between Sukhumi and the Black Sea coast towns.
    assertThat(region.lat()).isBetween(42.4, 43.6);
    assertThat(region.lon()).isBetween(40.0, 42.2);
    assertThat(GAZ.lookup("Abkhaz Republic")).contains(abkhazia);
  }

  @Test
  void southOssetiaIsATerritoryOfGeorgiaExportedAsTheCountryAlone() {
    GazetteerEntry ossetia = only("South Ossetia", GeoType.TERRITORY, "GE");
    assertThat(ossetia.featureCode()).isEqualTo("TERR");
    assertThat(ossetia.iso3()).isEqualTo("GEO");
    assertThat(ossetia.fips()).isEqualTo("GG");
    // It spans several Georgian regions, so it has no ADM1 code of its own.
    assertThat(ossetia.admin1()).isEmpty();
    assertThat(ossetia.gdeltAdm1()).isEmpty();
    assertThat(ossetia.gdeltAdm1Code()).isEqualTo("GG");
    assertThat(ossetia.lat()).isCloseTo(42.3, within(0.3));
    assertThat(GAZ.lookup("Tskhinvali Region")).containsExactly(ossetia);
  }

  @Test
  void territoriesInsideOneUnitTakeItsAdm1Code() {
    assertThat(only("Kashmir", GeoType.TERRITORY, "IN").gdeltAdm1()).isEqualTo("IN12");
    assertThat(only("Transnistria", GeoType.TERRITORY, "MD").gdeltAdm1()).isEqualTo("MD58");
    GazetteerEntry gaza = only("the Gaza Strip", GeoType.TERRITORY, "PS");
    assertThat(gaza.fips()).isEqualTo("GZ");
    assertThat(gaza.gdeltAdm1Code()).isEqualTo("GZ");
    assertThat(only("West Bank", GeoType.TERRITORY, "PS").fips()).isEqualTo("WE");
    assertThat(only("Donbass", GeoType.TERRITORY, "UA").gdeltAdm1Code()).isEqualTo("UP");
  }

  @Test
  void lookupsIgnoreCaseDiacriticsAndPunctuation() {
    GazetteerEntry zurich = only("Zürich", GeoType.CITY, "CH");
    assertThat(GAZ.lookup("Zurich")).contains(zurich);
    assertThat(GAZ.lookup("ZÜRICH")).contains(zurich);
    assertThat(GAZ.lookup("zurich")).contains(zurich);
    GazetteerEntry sanaa = GAZ.byGeonameId(71137).orElseThrow();
    assertThat(GAZ.lookup("Şan‘ā’")).contains(sanaa);
    assertThat(GAZ.lookup("Sanaa")).contains(sanaa);
    assertThat(GAZ.lookup("Nagorno Karabakh")).isEqualTo(GAZ.lookup("nagorno-karabakh"));
    assertThat(GAZ.lookup("Washington D.C.")).isEqualTo(GAZ.lookup("Washington DC"));
  }

  @Test
  void gdeltAdm1FollowsTheCrosswalkWhereGeoNamesIsNotFips() {
    // Zurich: GeoNames uses the ISO canton code ZH, FIPS SZ25.
    assertThat(only("Zürich", GeoType.CITY, "CH").gdeltAdm1()).isEqualTo("SZ25");
    // Marseille: GeoNames region 93, FIPS old region B8 through its department 13.
    assertThat(GAZ.byGeonameId(2995469).orElseThrow().gdeltAdm1()).isEqualTo("FRB8");
    // London: no FIPS first-level code for England.
    assertThat(GAZ.byGeonameId(2643743).orElseThrow().gdeltAdm1Code()).isEqualTo("UK");
    // Mombasa: county 37 lies in the FIPS province Coast, KE02.
    assertThat(only("Mombasa", GeoType.CITY, "KE").gdeltAdm1()).isEqualTo("KE02");
  }

  @Test
  void usCountiesAreSecondLevelUnitsOfTheirState() {
    List<GazetteerEntry> boone = GAZ.lookup("Boone County");
    assertThat(boone).hasSizeGreaterThan(5).allMatch(e -> e.type() == GeoType.COUNTY);
    List<GazetteerEntry> harrises = GAZ.lookup("Harris County");
    assertThat(harrises).extracting(GazetteerEntry::admin1).containsExactly("TX", "GA");
    GazetteerEntry harris = harrises.get(0);
    assertThat(harris.gdeltAdm1()).isEqualTo("USTX");
    assertThat(harris.featureCode()).isEqualTo("ADM2");
    assertThat(harris.lat()).isCloseTo(29.86, within(0.2));
    assertThat(harris.lon()).isCloseTo(-95.39, within(0.2));
    assertThat(harris.population()).isGreaterThan(2_000_000);
    assertThat(only("Orleans Parish", GeoType.COUNTY, "US").admin1()).isEqualTo("LA");
    // A county's bare name is no name of the county: "Harris" stays a town's.
    assertThat(GAZ.lookup("Harris")).noneMatch(e -> e.type() == GeoType.COUNTY);
    assertThat(GAZ.countyCount()).isBetween(3_000, 3_150);
  }

  @Test
  void usTownsKnowTheirCounty() {
    GazetteerEntry henry =
        GAZ.lookup("Henry County").stream()
            .filter(e -> e.admin1().equals("TN"))
            .findFirst()
            .orElseThrow();
    GazetteerEntry paris =
        GAZ.lookup("Paris").stream()
            .filter(e -> e.type() == GeoType.CITY && e.admin1().equals("TN"))
            .findFirst()
            .orElseThrow();
    assertThat(GAZ.county(henry)).isEqualTo("US.TN.079");
    assertThat(GAZ.county(paris)).isEqualTo(GAZ.county(henry));
    assertThat(GAZ.county(only("Mombasa", GeoType.CITY, "KE"))).isNull();
    assertThat(GAZ.county(GAZ.lookup("France").get(0))).isNull();
  }

  @Test
  void statesStandAtTheCentroidOfTheirMainPartAndTheUsAtItsGeographicCentre() {
    GazetteerEntry us = GAZ.entryOf(GAZ.countryByIso2("US").orElseThrow());
    assertThat(us.lat()).isCloseTo(39.83, within(0.01));
    assertThat(us.lon()).isCloseTo(-98.58, within(0.01));
    // Other countries keep the point of countries.tsv.
    assertThat(GAZ.entryOf(GAZ.countryByIso2("RU").orElseThrow()).lon()).isEqualTo(100.0);
    Region alaska = GAZ.region("US", "AK").orElseThrow();
    assertThat(alaska.lat()).isCloseTo(64.5, within(1.5));
    assertThat(alaska.lon()).isCloseTo(-152.5, within(2.0));
    Region newYork = GAZ.region("US", "NY").orElseThrow();
    assertThat(newYork.lat()).isCloseTo(42.9, within(0.5));
    assertThat(newYork.lon()).isCloseTo(-75.5, within(0.5));
  }

  @Test
  void countsAreInTheExpectedRanges() {
    assertThat(GAZ.placeCount()).isBetween(130_000, 140_000);
    assertThat(GAZ.countries()).hasSizeBetween(245, 255);
    assertThat(GAZ.regions()).hasSizeBetween(3_500, 4_200);
    long named = GAZ.regions().stream().filter(r -> !r.name().isEmpty()).count();
    assertThat(named).isBetween(3_600L, 3_834L);
    assertThat(GAZ.territories()).hasSizeBetween(20, 40);
  }

  @Test
  void regionNamesComeFromThePackagesAndOurFewRows() {
    Map<Region.NameSource, Long> bySource =
        GAZ.regions().stream()
            .collect(Collectors.groupingBy(Region::nameSource, Collectors.counting()));
    assertThat(bySource.get(Region.NameSource.ISO3166_2_DB)).isGreaterThan(3_500L);
    assertThat(bySource.get(Region.NameSource.ISO_CODES)).isBetween(1L, 50L);
    assertThat(bySource.get(Region.NameSource.OWN)).isBetween(10L, 40L);
    assertThat(GAZ.regions())
        .allMatch(r -> r.name().isEmpty() == (r.nameSource() == Region.NameSource.NONE));

    Region kharkiv = GAZ.region("UA", "07").orElseThrow();
    assertThat(kharkiv.name()).isEqualTo("Kharkiv Oblast");
    assertThat(kharkiv.nameSource()).isEqualTo(Region.NameSource.ISO3166_2_DB);
    // The bare name of a seat names the city only.
    assertThat(GAZ.lookup("Kharkiv")).extracting(GazetteerEntry::type).containsOnly(GeoType.CITY);
    assertThat(GAZ.region("UA", "13").orElseThrow().name()).isEqualTo("Kyiv Oblast");
    assertThat(GAZ.lookup("Kiev Oblast")).containsExactlyElementsOf(GAZ.lookup("Kyiv Oblast"));
    assertThat(GAZ.region("XK", "10097360").orElseThrow().name()).isEqualTo("Pristina District");
    // Units that territories.tsv names instead have no entry of their own.
    assertThat(GAZ.region("PS", "GZ").orElseThrow().nameSource()).isEqualTo(Region.NameSource.NONE);
    assertThat(GAZ.lookup("Kashmir"))
        .filteredOn(e -> e.iso2().equals("IN"))
        .extracting(GazetteerEntry::type)
        .containsExactly(GeoType.TERRITORY);
  }

  @Test
  void countryGeoNamesIdsComeFromIso31662DbWhereItHasThem() {
    Set<String> withoutId =
        GAZ.countries().stream()
            .filter(c -> c.geonameId() == 0)
            .map(Country::iso2)
            .collect(Collectors.toSet());
    assertThat(withoutId)
        .containsExactlyInAnyOrder(
            "AW", "AX", "BL", "BV", "CC", "CW", "CX", "EH", "HM", "MF", "NC", "NF", "PF", "SJ",
            "SX", "XK");
    assertThat(GAZ.countryByIso2("US").orElseThrow().geonameId()).isEqualTo(6252001);
  }

  @Test
  void everyCountryHasCodesAndEveryFipsCodeIsTwoLetters() {
    for (Country c : GAZ.countries()) {
      assertThat(c.iso2()).matches("[A-Z]{2}");
      assertThat(c.iso3()).matches("[A-Z]{3}");
      assertThat(c.fipsCodes()).allMatch(f -> f.matches("[A-Z]{2}"));
      assertThat(c.cameo()).matches("[A-Z]{3}");
    }
    Set<String> withoutFips =
        GAZ.countries().stream()
            .filter(c -> c.fips().isEmpty())
            .map(Country::iso2)
            .collect(Collectors.toSet());
    assertThat(withoutFips).containsExactlyInAnyOrder("BQ", "UM");
  }

  @Test
  void unknownNamesGiveNothing() {
    assertThat(GAZ.lookup("Qwxzyville")).isEmpty();
    assertThat(GAZ.lookup("")).isEmpty();
    assertThat(GAZ.byGeonameId(1)).isEmpty();
    assertThat(GAZ.countryByIso2("QQ")).isEmpty();
    assertThat(GAZ.region("GE", "99")).isEmpty();
  }
}
