package org.annalist.pipeline.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class GeoVirusGoldParserTest {
  private static final String XML =
      """
      <articles>
          <article>
              <source>https://news.example.org/wiki/Fever_in_Lowmoor</source>
              <text>Fever cases rose in Lowmoor, Freedonia this week.</text>
              <locations>
                  <location>
                      <name>Lowmoor</name>
                      <start>21</start>
                      <end>28</end>
                      <lat>12.5</lat>
                      <lon>-3.25</lon>
                      <page>https://example.org/wiki/Lowmoor</page>
                  </location>
                  <!--<location>-->
                      <!--<name></name>-->
                      <!--<start></start>-->
                  <!--</location>-->
                  <location>
                      <name>Freedonia</name>
                      <start>30</start>
                      <end>39</end>
                      <lat>11</lat>
                      <lon>-2</lon>
                      <page>https://example.org/wiki/Freedonia</page>
                  </location>
              </locations>
          </article>
          <!--<article>-->
              <!--<source></source>-->
              <!--<text></text>-->
          <!--</article>-->
          <article>
              <source>https://news.example.org/wiki/Clinic</source>
              <text>Brill and Dene opened clinics.</text>
              <locations>
                  <location>
                      <location>
                          <name>Brill</name>
                          <start>1</start>
                          <end>6</end>
                          <lat>10</lat>
                          <lon>20</lon>
                      </location>
                      <name>Dene</name>
                      <start>11</start>
                      <end>15</end>
                      <lat>10.5</lat>
                      <lon>20.5</lon>
                  </location>
              </locations>
          </article>
      </articles>
      """;

  @Test
  void commentedOutArticlesAndLocationsAreNotData() throws IOException {
    GoldCorpus corpus = GoldXml.read(GoldFormat.GEOVIRUS, XML);

    assertThat(corpus.articles())
        .extracting(GoldArticle::id)
        .containsExactly("geovirus-1", "geovirus-2");
    assertThat(corpus.articles().get(0).toponyms())
        .extracting(GoldToponym::phrase)
        .containsExactly("Lowmoor", "Freedonia");
  }

  @Test
  void offsetsCountingFromOneAreShiftedToTheRawText() throws IOException {
    GoldArticle first = GoldXml.read(GoldFormat.GEOVIRUS, XML).articles().get(0);

    GoldToponym lowmoor = first.toponyms().get(0);
    assertThat(lowmoor)
        .isEqualTo(new GoldToponym(20, 27, "Lowmoor", new GeoPoint(12.5, -3.25), null, null));
    assertThat(first.text().substring(lowmoor.start(), lowmoor.end())).isEqualTo("Lowmoor");
  }

  @Test
  void aLocationNestedInsideAnotherIsReadToo() throws IOException {
    GoldCorpus corpus = GoldXml.read(GoldFormat.GEOVIRUS, XML);

    assertThat(corpus.articles().get(1).toponyms())
        .extracting(GoldToponym::phrase, GoldToponym::start, GoldToponym::end)
        .containsExactly(tuple("Dene", 10, 14), tuple("Brill", 0, 5));
    assertThat(corpus.mismatches()).isEmpty();
    assertThat(corpus.toponymCount()).isEqualTo(4);
  }

  @Test
  void anOffsetOfZeroCannotBeGeoVirus() {
    String xml = XML.replace("<start>1</start>", "<start>0</start>");

    assertThatThrownBy(() -> GoldXml.read(GoldFormat.GEOVIRUS, xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage(
            "gold.xml:32: record 2: location 2: <start> is 0, but GeoVirus offsets count from 1");
  }

  @Test
  void malformedXmlNamesTheLineAndRecord() {
    String xml = XML.replace("<lat>11</lat>", "<lat>11</lon>");

    assertThatThrownBy(() -> GoldXml.read(GoldFormat.GEOVIRUS, xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageStartingWith("gold.xml:2: record 1: invalid XML: ");
  }

  @Test
  void aLocationEndingAfterTheTextIsAnError() {
    String xml = XML.replace("<end>39</end>", "<end>90</end>");

    assertThatThrownBy(() -> GoldXml.read(GoldFormat.GEOVIRUS, xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage(
            "gold.xml:2: record 1: toponym \"Freedonia\" at [29, 89) ends after the text,"
                + " which has 49 characters");
  }
}
