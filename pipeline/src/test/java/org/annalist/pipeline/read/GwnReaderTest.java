package org.annalist.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.Article;
import org.junit.jupiter.api.Test;

class GwnReaderTest {
  private final String file = Results.fixture("eval/gwn-sample.xml").toString();

  @Test
  void readsArticlesByFileNumberAndRejectsTheMalformedOne() {
    Results results = Results.read(file);

    List<Article> articles = results.articles();
    assertThat(articles).extracting(Article::id).containsExactly("gwn-0", "gwn-12");
    Article first = articles.get(0);
    assertThat(first.format()).isEqualTo("gwn");
    assertThat(first.title()).isEqualTo("Storm closes coast road");
    assertThat(first.url()).isEqualTo("http://www.example.com/storm/coast-road.html");
    assertThat(first.date()).isNull();
    assertThat(first.text())
        .isEqualTo(
            "A storm closed the coast road between Harlow Bay and Kestrel Point on Sunday.\n\n"
                + "Crews expect to reopen it by Wednesday.");
    assertThat(first.text().substring(38, 48)).isEqualTo("Harlow Bay");
    assertThat(results.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.origin()).isEqualTo(file + ":22");
              assertThat(r.reason()).startsWith("invalid XML: ").doesNotContain("\n");
            });
  }
}
