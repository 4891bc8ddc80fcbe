package org.annalist.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Loading a small gazetteer written here: the joins, and the errors for bad lines. */
class GazetteerFilesTest {
  private static final String PLACES_HEADER = "# places\n# id\tname\n";

  private final Map<String, String> files = new HashMap<>();

  GazetteerFilesTest() {
    files.put(
        Gazetteer.COUNTRIES,
        "# countries\n"
            + "GE\tGEO\t268\t614540\tyes\tGeorgia\tGeorgia\tSakartvelo\tGeorgian\tTbilisi\t42\t43.5\n");
    files.put(Gazetteer.COUNTRY_CODES, "GE\tGG\tGEO\tGeorgia\n");
    files.put(Gazetteer.CENTROIDS, "# points\nregion\tGE.02\t43.1\t41.2\n");
    files.put(Gazetteer.REGION_POINTS, "# points\n");
    files.put(Gazetteer.COUNTRY_POINTS, "# points\nGE\t42.17\t43.51\tsomewhere\n");
    files.put(Gazetteer.COUNTIES, "# no counties\n");
    files.put(Adm1Crosswalk.FILE, "# no rules\n");
    files.put(
        Gazetteer.REGIONS,
        "GE\t02\tGE-AB\tApkhazeti\tAbkhazeti|Tskhinvali\tiso3166-2-db\t6643410\t43.0\t41.0\t194925\t13\n"
            + "GE\t51\tGE-TB\tTbilisi\t\tiso-codes\t\t41.69\t44.83\t1049498\t1\n");
    files.put(Gazetteer.REGION_NAMES, "GE\t02\tAbkhazia\tAbkhaziya\tkeep\n");
    files.put(
        Gazetteer.TERRITORIES,
        "South Ossetia\tTskhinvali|Samachablo\tGE\t-\t42.3\t44.0\tseveral units\n");
    files.put(
        Gazetteer.PLACES,
        PLACES_HEADER
            + "611717\tTbilisi\tTbilisi\tTiflis\tP\tPPLC\tGE\t51\t\t41.69411\t44.83368\t1049498\n"
            + "611847\tSokhumi\tSokhumi\tSukhumi|Sukhum\tP\tPPLA\tGE\t02\t\t43.00697\t40.9893\t81546\n");
  }

  private Gazetteer load() {
    return Gazetteer.load(
        name -> {
          String text = files.get(name);
          if (text == null) {
            return null;
          }
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          return new ByteArrayInputStream(name.endsWith(".gz") ? gzip(bytes) : bytes);
        });
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void shapeCentroidsReplaceThePointsOfCountriesAndRegions() {
    Gazetteer g = load();
    GazetteerEntry georgia = g.entryOf(g.countryByIso2("GE").orElseThrow());
    assertThat(georgia.lat()).isEqualTo(42.17);
    assertThat(georgia.lon()).isEqualTo(43.51);
    assertThat(g.region("GE", "02").orElseThrow().lat()).isEqualTo(43.1);
    // A unit without a centroid keeps the point of regions.tsv.
    assertThat(g.region("GE", "51").orElseThrow().lon()).isEqualTo(44.83);
  }

  @Test
  void aCountyNeedsAKnownState() {
    files.put(Gazetteer.COUNTIES, "TX\t48201\tHarris County\t29.86\t-95.39\t0\t0\n");
    assertThatThrownBy(this::load)
        .hasMessageContaining(Gazetteer.COUNTIES + ":1:")
        .hasMessageContaining("US.TX");
  }

  @Test
  void joinsTheFiles() {
    Gazetteer g = load();
    assertThat(g.placeCount()).isEqualTo(2);
    assertThat(g.lookup("Sukhum"))
        .singleElement()
        .extracting(GazetteerEntry::gdeltAdm1)
        .isEqualTo("GG02");
    assertThat(g.lookup("Abkhaziya"))
        .singleElement()
        .extracting(GazetteerEntry::type)
        .isEqualTo(GeoType.REGION);
    // Our name wins; the package names stay as alternates.
    Region abkhazia = g.region("GE", "02").orElseThrow();
    assertThat(abkhazia.name()).isEqualTo("Abkhazia");
    assertThat(abkhazia.nameSource()).isEqualTo(Region.NameSource.OWN);
    assertThat(abkhazia.geonameId()).isEqualTo(6643410);
    assertThat(g.lookup("Apkhazeti")).extracting(GazetteerEntry::name).containsExactly("Abkhazia");
    assertThat(g.lookup("Abkhazeti")).hasSize(1);
    assertThat(g.byGeonameId(6643410)).contains(g.lookup("Abkhazia").get(0));
    // A region's alternate (made up here) that names a territory finds the territory alone.
    assertThat(g.lookup("Tskhinvali"))
        .extracting(GazetteerEntry::type)
        .containsExactly(GeoType.TERRITORY);
    // A unit we do not name keeps the name of the packages.
    assertThat(g.region("GE", "51").orElseThrow().name()).isEqualTo("Tbilisi");
    assertThat(g.region("GE", "51").orElseThrow().nameSource())
        .isEqualTo(Region.NameSource.ISO_CODES);
    assertThat(g.lookup("Tbilisi"))
        .extracting(GazetteerEntry::type)
        .containsExactly(GeoType.REGION, GeoType.CITY);
    assertThat(g.countryByIso2("GE").orElseThrow().geonameId()).isEqualTo(614540);
    assertThat(g.lookup("South Ossetia"))
        .singleElement()
        .extracting(GazetteerEntry::gdeltAdm1Code)
        .isEqualTo("GG");
  }

  @Test
  void ourRowCanDropThePackageNamesOrLeaveTheUnitUnnamed() {
    files.put(Gazetteer.REGION_NAMES, "GE\t02\tAbkhazia\t-\tdrop\nGE\t51\t-\t-\tkeep\n");
    Gazetteer g = load();
    assertThat(g.lookup("Abkhazia")).hasSize(1);
    assertThat(g.lookup("Apkhazeti")).isEmpty();
    Region tbilisi = g.region("GE", "51").orElseThrow();
    assertThat(tbilisi.name()).isEmpty();
    assertThat(tbilisi.nameSource()).isEqualTo(Region.NameSource.NONE);
    assertThat(g.lookup("Tbilisi")).extracting(GazetteerEntry::type).containsExactly(GeoType.CITY);
  }

  @Test
  void aBadRegistryValueNamesFileAndLine() {
    files.put(Gazetteer.REGION_NAMES, "GE\t02\tAbkhazia\t-\tmaybe\n");
    assertThatThrownBy(this::load)
        .hasMessage("region-names.tsv:1: registry must be keep or drop: maybe");
  }

  @Test
  void aBadCoordinateNamesFileAndLine() {
    files.put(
        Gazetteer.PLACES,
        PLACES_HEADER
            + "611717\tTbilisi\tTbilisi\t\tP\tPPLC\tGE\t51\t\t41.69411\t44.83368\t1049498\n"
            + "611847\tSokhumi\tSokhumi\t\tP\tPPLA\tGE\t02\t\tnorth\t40.9893\t81546\n");
    assertThatThrownBy(this::load)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("places.tsv.gz:4: latitude is not a number: 'north'");
  }

  @Test
  void aMissingColumnNamesFileAndLine() {
    files.put(
        Gazetteer.PLACES,
        PLACES_HEADER
            + "611717\tTbilisi\tTbilisi\t\tP\tPPLC\tGE\t51\t41.69411\t44.83368\t1049498\n");
    assertThatThrownBy(this::load)
        .hasMessage("places.tsv.gz:3: expected 12 tab-separated columns, found 11");
  }

  @Test
  void anUnknownCountryNamesFileAndLine() {
    files.put(
        Gazetteer.REGIONS,
        "GE\t02\t\t\t\t-\t\t43.0\t41.0\t194925\t13\nXX\t01\t\t\t\t-\t\t1\t1\t0\t1\n");
    assertThatThrownBy(this::load).hasMessage("regions.tsv:2: unknown country XX");
  }

  @Test
  void aNameForAnUnknownUnitNamesFileAndLine() {
    files.put(
        Gazetteer.REGION_NAMES, "# names\nGE\t02\tAbkhazia\t-\tkeep\nGE\t77\tNowhere\t-\tkeep\n");
    assertThatThrownBy(this::load).hasMessage("region-names.tsv:3: no unit GE.77 in regions.tsv");
  }

  @Test
  void aBadCrosswalkRuleNamesFileAndLine() {
    files.put(Adm1Crosswalk.FILE, "GE\tadmin3\t02\tGG02\t-\n");
    assertThatThrownBy(this::load)
        .hasMessage("adm1-crosswalk.tsv:1: level must be admin1 or admin2: admin3");
  }

  @Test
  void aMissingFileIsNamed() {
    files.remove(Gazetteer.TERRITORIES);
    assertThatThrownBy(this::load).hasMessage("missing gazetteer file territories.tsv");
  }
}
