package org.annalist.pipeline.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class LglGoldParserTest {
  private static final String TWO_ARTICLES =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <articles>
        <article docid="501">
          <title>Ferry resumes</title>
          <text><![CDATA[Harlow Bay ferry resumes; the Quay Road stop <reopens>.]]></text>
          <toponyms>
            <toponym>
              <start>0</start>
              <end>10</end>
              <phrase>Harlow Bay</phrase>
              <gaztag geonameid="9100001">
                <name>Harlow Bay</name>
                <lat>44.25</lat>
                <lon>-68.5</lon>
              </gaztag>
            </toponym>
            <toponym>
              <phrase>Quay Road</phrase>
              <start>30</start>
              <end>39</end>
            </toponym>
          </toponyms>
        </article>
        <article docid="502">
          <text>Nothing located here.</text>
          <toponyms count="0"/>
        </article>
      </articles>
      """;

  @Test
  void readsIdTextAndToponymsWithAndWithoutGaztag() throws IOException {
    GoldCorpus corpus = GoldXml.read(GoldFormat.LGL, TWO_ARTICLES);

    assertThat(corpus.articles()).extracting(GoldArticle::id).containsExactly("lgl-501", "lgl-502");
    GoldArticle first = corpus.articles().get(0);
    assertThat(first.text()).isEqualTo("Harlow Bay ferry resumes; the Quay Road stop <reopens>.");
    assertThat(first.origin()).isEqualTo("gold.xml:3");
    assertThat(first.toponyms())
        .containsExactly(
            new GoldToponym(0, 10, "Harlow Bay", new GeoPoint(44.25, -68.5), 9100001L, null),
            new GoldToponym(30, 39, "Quay Road", null, null, null));
    assertThat(corpus.articles().get(1).toponyms()).isEmpty();
    assertThat(corpus.toponymCount()).isEqualTo(2);
    assertThat(corpus.withPointCount()).isEqualTo(1);
    assertThat(corpus.mismatches()).isEmpty();
    assertThat(corpus.excluded()).isEmpty();
  }

  @Test
  void aPhraseTheOffsetsMissIsKeptAndListed() throws IOException {
    String xml = TWO_ARTICLES.replace("<end>39</end>", "<end>38</end>");

    GoldCorpus corpus = GoldXml.read(GoldFormat.LGL, xml);

    assertThat(corpus.toponymCount()).isEqualTo(2);
    assertThat(corpus.mismatches())
        .containsExactly(
            new OffsetMismatch("lgl-501", "gold.xml:3", 30, 38, "Quay Road", "Quay Roa"));
  }

  @Test
  void aMissingOffsetNamesTheRecordAndTheToponym() {
    String xml = TWO_ARTICLES.replace("<start>30</start>", "");

    assertThatThrownBy(() -> GoldXml.read(GoldFormat.LGL, xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage("gold.xml:3: record 1: toponym 2: missing <start>");
  }

  @Test
  void aLatitudeWithoutLongitudeIsAnError() {
    String xml = TWO_ARTICLES.replace("<lon>-68.5</lon>", "");

    assertThatThrownBy(() -> GoldXml.read(GoldFormat.LGL, xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage("gold.xml:3: record 1: toponym 1: latitude without longitude");
  }

  @Test
  void anArticleWithoutDocidIsAnError() {
    String xml = TWO_ARTICLES.replace("<article docid=\"502\">", "<article>");

    assertThatThrownBy(() -> GoldXml.read(GoldFormat.LGL, xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage("gold.xml:24: record 2: missing docid attribute")
        .satisfies(e -> assertThat(((GoldFormatException) e).position()).isEqualTo(2));
  }
}
