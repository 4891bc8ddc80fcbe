package org.annalist.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.Article.DateOrigin;
import org.annalist.model.Rejection;
import org.junit.jupiter.api.Test;

class GeoVirusReaderTest {
  private final String file = Results.fixture("eval/geovirus-sample.xml").toString();

  @Test
  void readsArticlesByPositionSkippingCommentedOutOnes() {
    Results results = Results.read(file);

    List<Article> articles = results.articles();
    assertThat(articles).extracting(Article::id).containsExactly("geovirus-1", "geovirus-2");
    assertThat(articles).extracting(Article::format).containsOnly("geovirus");
    assertThat(articles.get(0).url())
        .isEqualTo("https://news.example.org/wiki/Fever_cases_rise_in_Lowmoor");
    assertThat(articles.get(0).origin()).isEqualTo(file + ":2");
    assertThat(articles.get(0).dateOrigin()).isEqualTo(DateOrigin.UNKNOWN);
    assertThat(results.rejections())
        .singleElement()
        .extracting(Rejection::reason)
        .isEqualTo("empty text");
  }

  @Test
  void keepsTheTextExactlySoThatOffsetsHold() {
    List<Article> articles = Results.read(file).articles();

    assertThat(articles.get(0).text().substring(20, 27)).isEqualTo("Lowmoor");
    assertThat(articles.get(1).text())
        .isEqualTo(
            "A clinic opened in Farrow & Dene to test for the virus.\n"
                + "Nurses from Brill joined the team.");
  }

  @Test
  void theFormatCanBeGivenExplicitly() {
    assertThat(Results.read(Results.options(InputFormat.GEOVIRUS), file).articles()).hasSize(2);
  }
}
