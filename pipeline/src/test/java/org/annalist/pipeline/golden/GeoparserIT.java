package org.annalist.pipeline.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Extraction;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.RejectedArticleException;
import org.annalist.pipeline.geo.GeoType;
import org.annalist.pipeline.geo.Geoparser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Places are read the way the article itself says: each ambiguous name in each of its readings. */
@ExtendWith(PipelineExtension.class)
class GeoparserIT {

  private static List<Geoparser.Toponym> toponyms(
      PipelineResources resources, Extractor extractor, String fixture) {
    try {
      AnnotatedDoc doc = extractor.annotate(Fixtures.article(fixture));
      Extraction e = extractor.code(doc);
      return resources.geoparser().parse(doc, e.actors(), e.places()).toponyms();
    } catch (RejectedArticleException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Geoparser.Toponym> named(List<Geoparser.Toponym> ts, String text) {
    List<Geoparser.Toponym> out = ts.stream().filter(t -> t.text().equals(text)).toList();
    assertThat(out).as("toponyms named %s in %s", text, ts).isNotEmpty();
    return out;
  }

  @Test
  void theCountryAndTheUsStateOfOneName(PipelineResources resources, Extractor extractor) {
    for (Geoparser.Toponym t :
        named(toponyms(resources, extractor, "seed-nato-georgia.txt"), "Georgia")) {
      assertThat(t.entry().type()).isEqualTo(GeoType.COUNTRY);
      assertThat(t.entry().iso2()).isEqualTo("GE");
      assertThat(t.entry().fips()).isEqualTo("GG");
    }
    for (Geoparser.Toponym t :
        named(toponyms(resources, extractor, "georgia-us-state.txt"), "Georgia")) {
      assertThat(t.entry().type()).isEqualTo(GeoType.REGION);
      assertThat(t.entry().iso2()).isEqualTo("US");
      assertThat(t.entry().gdeltAdm1Code()).isEqualTo("USGA");
    }
  }

  @Test
  void aCityByItsQualifierAndByTheArticlesContext(
      PipelineResources resources, Extractor extractor) {
    List<Geoparser.Toponym> texas = toponyms(resources, extractor, "geo-paris-texas.txt");
    for (Geoparser.Toponym t : named(texas, "Paris")) {
      assertThat(t.entry().iso2()).isEqualTo("US");
      assertThat(t.entry().admin1()).isEqualTo("TX");
    }
    List<Geoparser.Toponym> france = toponyms(resources, extractor, "geo-paris-france.txt");
    for (Geoparser.Toponym t : named(france, "Paris")) {
      assertThat(t.entry().iso2()).isEqualTo("FR");
      assertThat(t.entry().featureCode()).isEqualTo("PPLC");
    }
  }

  @Test
  void aTownAndItsCountyReadTogether(PipelineResources resources, Extractor extractor) {
    // Lebanon, Indiana, lies in Boone County, Indiana; the larger Lebanon (Missouri) and Boone
    // County (Missouri) do not lie in each other.
    List<Geoparser.Toponym> ts = toponyms(resources, extractor, "geo-town-county.txt");
    for (Geoparser.Toponym t : named(ts, "Lebanon")) {
      assertThat(t.entry().type()).isEqualTo(GeoType.CITY);
      assertThat(t.entry().admin1()).isEqualTo("IN");
    }
    for (Geoparser.Toponym t : named(ts, "Boone County")) {
      assertThat(t.entry().type()).isEqualTo(GeoType.COUNTY);
      assertThat(t.entry().admin1()).isEqualTo("IN");
    }
  }

  @Test
  void aTownItsCountyItsStreetsAndItsStateInTheNameOfAnAgency(
      PipelineResources resources, Extractor extractor) {
    List<Geoparser.Toponym> ts = toponyms(resources, extractor, "geo-county-street.txt");
    // A name is not its own context: the story's Texas places decide, not the territories.
    for (Geoparser.Toponym t : named(ts, "Palestine")) {
      assertThat(t.entry().type()).isEqualTo(GeoType.CITY);
      assertThat(t.entry().admin1()).isEqualTo("TX");
      assertThat(t.within()).isFalse();
    }
    for (Geoparser.Toponym t : named(ts, "Anderson County")) {
      assertThat(t.entry().type()).isEqualTo(GeoType.COUNTY);
      assertThat(t.entry().admin1()).isEqualTo("TX");
    }
    // A street and a shopping centre lie in the town.
    for (String feature : List.of("Freeman Drive", "Palestine Mall")) {
      for (Geoparser.Toponym t : named(ts, feature)) {
        assertThat(t.within()).isTrue();
        assertThat(t.entry().name()).isEqualTo("Palestine");
        assertThat(t.entry().admin1()).isEqualTo("TX");
      }
    }
    // The state an agency is named after is a place of the story.
    for (Geoparser.Toponym t : named(ts, "Texas")) {
      assertThat(t.entry().type()).isEqualTo(GeoType.REGION);
      assertThat(t.via()).isEqualTo("embedded");
    }
  }

  @Test
  void aDatelineAndThePlacesThatPublicBodiesAreNamedAfter(
      PipelineResources resources, Extractor extractor) {
    List<Geoparser.Toponym> ts = toponyms(resources, extractor, "geo-dateline.txt");
    for (Geoparser.Toponym t : named(ts, "HURRICANE")) {
      assertThat(t.via()).isEqualTo("dateline");
      assertThat(t.entry().type()).isEqualTo(GeoType.CITY);
      assertThat(t.entry().admin1()).isEqualTo("WV");
    }
    List<Geoparser.Toponym> state = named(ts, "West Virginia");
    assertThat(state).hasSize(2);
    for (Geoparser.Toponym t : state) {
      assertThat(t.entry().type()).isEqualTo(GeoType.REGION);
      assertThat(t.entry().gdeltAdm1Code()).isEqualTo("USWV");
    }
  }

  @Test
  void aStateNamedLikeTheCapitalOrABigCityIsTheCityUnlessTheTextSaysState(
      PipelineResources resources, Extractor extractor) {
    List<Geoparser.Toponym> ts = toponyms(resources, extractor, "geo-capital-names.txt");
    for (Geoparser.Toponym t : named(ts, "Washington")) {
      assertThat(t.entry().type()).isEqualTo(GeoType.CITY);
      assertThat(t.entry().featureCode()).isEqualTo("PPLC");
    }
    List<Geoparser.Toponym> newYork = named(ts, "New York");
    assertThat(newYork).hasSize(2);
    assertThat(newYork.get(0).entry().type()).isEqualTo(GeoType.CITY);
    assertThat(newYork.get(0).entry().population()).isGreaterThan(1_000_000);
    assertThat(newYork.get(1).entry().type()).isEqualTo(GeoType.REGION);
    assertThat(newYork.get(1).entry().gdeltAdm1Code()).isEqualTo("USNY");
  }

  @Test
  void aPersonIsNoPlace(PipelineResources resources, Extractor extractor) {
    List<Geoparser.Toponym> ts = toponyms(resources, extractor, "geo-jordan.txt");
    // "Michael Jordan" is a person; "Jordan and Israel signed" is the country.
    assertThat(ts).noneMatch(t -> t.span().start() < 20);
    for (Geoparser.Toponym t : named(ts, "Jordan")) {
      assertThat(t.entry().iso2()).isEqualTo("JO");
    }
    for (Geoparser.Toponym t : named(ts, "Amman")) {
      assertThat(t.entry().iso2()).isEqualTo("JO");
    }
  }

  private static void in(List<Geoparser.Toponym> ts, String name, String iso2, String admin1) {
    for (Geoparser.Toponym t : named(ts, name)) {
      assertThat(t.entry()).as(name).isNotNull();
      assertThat(t.entry().iso2()).as(name).isEqualTo(iso2);
      if (admin1 != null) {
        assertThat(t.entry().admin1()).as(name).isEqualTo(admin1);
      }
    }
  }

  @Test
  void adjectivesDemonymsAndAbbreviationsNameTheirPlaces(
      PipelineResources resources, Extractor extractor) {
    List<Geoparser.Toponym> ts = toponyms(resources, extractor, "geo-adjectives.txt");
    for (String europe : List.of("EU", "European", "Europeans")) {
      for (Geoparser.Toponym t : named(ts, europe)) {
        assertThat(t.entry().type()).as(europe).isEqualTo(GeoType.MACRO);
        assertThat(t.entry().name()).as(europe).isEqualTo("Europe");
      }
    }
    in(ts, "South Korean", "KR", null);
    in(ts, "DPRK", "KP", null);
    in(ts, "Iowans", "US", "IA");
    in(ts, "Scottish", "GB", "SCT");
    // "Londoners" live in the London that the story is about.
    List<Geoparser.Toponym> ontario = toponyms(resources, extractor, "geo-londoners.txt");
    assertThat(named(ontario, "Londoners")).hasSize(2);
    in(ontario, "Londoners", "CA", "08");
  }

  @Test
  void namesWithSeveralReadingsInEachOfThem(PipelineResources resources, Extractor extractor) {
    List<Geoparser.Toponym> world = toponyms(resources, extractor, "geo-readings.txt");
    in(world, "Chad", "TD", null);
    in(world, "Niger", "NE", null);
    in(world, "Alexandria", "EG", null);
    List<Geoparser.Toponym> us = toponyms(resources, extractor, "geo-readings-us.txt");
    in(us, "Alexandria", "US", "VA");
    in(us, "Birmingham", "US", "AL");
    in(us, "Washington", "US", "WA");
    in(us, "Victoria", "CA", null);
    List<Geoparser.Toponym> other = toponyms(resources, extractor, "geo-readings-world.txt");
    in(other, "Birmingham", "GB", null);
    in(other, "Victoria", "AU", null);
    // "Chad Johnson" is a person.
    assertThat(other).noneMatch(t -> t.text().startsWith("Chad"));
  }

  @Test
  void aWorldCityIsNoSmallTownTheStoryGivesNoRegionFor(
      PipelineResources resources, Extractor extractor) {
    List<Geoparser.Toponym> ts = toponyms(resources, extractor, "geo-world-city.txt");
    // Towns named London lie in Ohio and Kentucky; a story that names no place there means the
    // capital. A story that names the town's state means the town (geo-readings-us.txt).
    for (Geoparser.Toponym t : named(ts, "London")) {
      assertThat(t.entry().iso2()).isEqualTo("GB");
    }
  }

  @Test
  void aCountryByAnotherOfItsNames(PipelineResources resources, Extractor extractor) {
    List<Geoparser.Toponym> ts = toponyms(resources, extractor, "geo-country-names.txt");
    // "Macedonia" is a name of North Macedonia; beside Russia and Romania it is the country, not
    // the town of that name in Ohio.
    for (Geoparser.Toponym t : named(ts, "Macedonia")) {
      assertThat(t.entry().type()).isEqualTo(GeoType.COUNTRY);
      assertThat(t.entry().iso2()).isEqualTo("MK");
    }
  }

  @Test
  void companiesAreNoContextForPlaces(PipelineResources resources, Extractor extractor) {
    List<Geoparser.Toponym> ts = toponyms(resources, extractor, "geo-company-actors.txt");
    // Facebook and Twitter are American companies, but a story that asks to be followed there is
    // no American story: Norwich is the English city, not its namesake in Connecticut.
    for (Geoparser.Toponym t : named(ts, "Norwich")) {
      assertThat(t.entry().iso2()).isEqualTo("GB");
    }
  }

  @Test
  void aPlaceWithTheWordsAroundItsName(PipelineResources resources, Extractor extractor) {
    List<Geoparser.Toponym> ts = toponyms(resources, extractor, "geo-name-forms.txt");
    // The tagger misses "Sindh"; the word "province" after a first-level unit's name makes it one.
    for (Geoparser.Toponym t : named(ts, "Sindh province")) {
      assertThat(t.entry().type()).isEqualTo(GeoType.REGION);
      assertThat(t.entry().iso2()).isEqualTo("PK");
    }
    for (Geoparser.Toponym t : named(ts, "Guangdong Province")) {
      assertThat(t.entry().type()).isEqualTo(GeoType.REGION);
      assertThat(t.entry().iso2()).isEqualTo("CN");
      assertThat(t.within()).isFalse();
    }
    // Directions in lower case, several of them.
    for (Geoparser.Toponym t : named(ts, "north west London")) {
      assertThat(t.entry().type()).isEqualTo(GeoType.CITY);
      assertThat(t.entry().iso2()).isEqualTo("GB");
    }
    // "Douma's fall" is tagged as a person, "Afrin" as an organisation; "Qamishli" is spelled
    // without the article of the gazetteer's "Al Qamishli".
    assertThat(named(ts, "Douma")).hasSize(2);
    for (String town : List.of("Douma", "Afrin", "Qamishli")) {
      in(ts, town, "SY", null);
    }
    // A member of Congress's party and place: the place.
    in(ts, "D-Iowa City", "US", "IA");
    in(ts, "D-N.Y.", "US", "NY");
    for (Geoparser.Toponym t : named(ts, "Korean Peninsula")) {
      assertThat(t.entry().type()).isEqualTo(GeoType.MACRO);
      assertThat(t.entry().lat()).isBetween(34.0, 43.0);
    }
  }
}
