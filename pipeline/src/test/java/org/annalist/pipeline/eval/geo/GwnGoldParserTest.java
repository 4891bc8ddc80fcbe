package org.annalist.pipeline.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class GwnGoldParserTest {
  private static final String XML =
      """
      <?xml version="1.0" ?>
      <articles>
      \t<!--A sample written for the tests-->
      \t<article file="7">
      \t\t<title>Lowmoor council</title>
      \t\t<link>http://news.example.net/lowmoor</link>
      \t\t<text>Lowmoor voted; the Freedonian mayor went to Lowmoor Arena in the city.</text>
      \t\t<toponyms>
      \t\t\t<toponym>
      \t\t\t\t<extractedName>Lowmoor</extractedName>
      \t\t\t\t<normalisedName />
      \t\t\t\t<type>Metonymic</type>
      \t\t\t\t<modifierType />
      \t\t\t\t<nonLocational>No</nonLocational>
      \t\t\t\t<start>0</start>
      \t\t\t\t<end>7</end>
      \t\t\t\t<geonamesID>9200001</geonamesID>
      \t\t\t\t<latitude>51.5</latitude>
      \t\t\t\t<longitude>-1.25</longitude>
      \t\t\t</toponym>
      \t\t\t<toponym>
      \t\t\t\t<extractedName>Freedonian</extractedName>
      \t\t\t\t<type>Demonym</type>
      \t\t\t\t<start>19</start>
      \t\t\t\t<end>29</end>
      \t\t\t</toponym>
      \t\t\t<toponym>
      \t\t\t\t<extractedName>Lowmoor Arena</extractedName>
      \t\t\t\t<type>Non_Toponym</type>
      \t\t\t\t<start>44</start>
      \t\t\t\t<end>57</end>
      \t\t\t</toponym>
      \t\t\t<toponym>
      \t\t\t\t<extractedName>Lowmoor Arena</extractedName>
      \t\t\t\t<type>Coercion</type>
      \t\t\t\t<start>44</start>
      \t\t\t\t<end>57</end>
      \t\t\t\t<geonamesID />
      \t\t\t\t<latitude>51.51</latitude>
      \t\t\t\t<longitude>-1.26</longitude>
      \t\t\t</toponym>
      \t\t\t<toponym>
      \t\t\t\t<extractedName>city</extractedName>
      \t\t\t\t<type>Literal_Expression</type>
      \t\t\t\t<start>65</start>
      \t\t\t\t<end>69</end>
      \t\t\t</toponym>
      \t\t</toponyms>
      \t</article>
      </articles>
      """;

  @Test
  void keepsLiteralAndAssociativeToponymsWithTheirType() throws IOException {
    GoldCorpus corpus = GoldXml.read(GoldFormat.GEOWEBNEWS, XML);

    GoldArticle article = corpus.articles().get(0);
    assertThat(article.id()).isEqualTo("gwn-7");
    assertThat(article.toponyms())
        .containsExactly(
            new GoldToponym(
                0, 7, "Lowmoor", new GeoPoint(51.5, -1.25), 9200001L, ToponymType.METONYMIC),
            new GoldToponym(19, 29, "Freedonian", null, null, ToponymType.DEMONYM),
            new GoldToponym(
                44, 57, "Lowmoor Arena", new GeoPoint(51.51, -1.26), null, ToponymType.COERCION));
    assertThat(corpus.mismatches()).isEmpty();
  }

  @Test
  void spansThatAreNoToponymAreLeftOutAndCounted() throws IOException {
    GoldCorpus corpus = GoldXml.read(GoldFormat.GEOWEBNEWS, XML);

    assertThat(corpus.excluded())
        .containsOnly(entry(ToponymType.NON_TOPONYM, 1), entry(ToponymType.LITERAL_EXPRESSION, 1));
    assertThat(corpus.excludedCount()).isEqualTo(2);
    assertThat(corpus.toponymCount()).isEqualTo(3);
    assertThat(corpus.withPointCount()).isEqualTo(2);
  }

  @Test
  void anUnknownTypeIsAnError() {
    String xml = XML.replace("<type>Demonym</type>", "<type>Nickname</type>");

    assertThatThrownBy(() -> GoldXml.read(GoldFormat.GEOWEBNEWS, xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage("gold.xml:4: record 1: toponym 2: unknown toponym type \"Nickname\"");
  }

  @Test
  void anUnreadableCoordinateIsAnError() {
    String xml = XML.replace("<latitude>51.5</latitude>", "<latitude>51,5</latitude>");

    assertThatThrownBy(() -> GoldXml.read(GoldFormat.GEOWEBNEWS, xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage("gold.xml:4: record 1: toponym 1: <latitude> is not a number: \"51,5\"");
  }

  @Test
  void anUnclosedArticleIsAnError() {
    String xml = XML.replace("\t</article>\n", "");

    assertThatThrownBy(() -> GoldXml.read(GoldFormat.GEOWEBNEWS, xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage("gold.xml:4: record 1: unterminated <article> element");
  }
}
