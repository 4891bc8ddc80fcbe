package org.annalist.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.Article.DateOrigin;
import org.junit.jupiter.api.Test;

class LglReaderTest {
  private final String file = Results.fixture("eval/lgl-sample.xml").toString();

  @Test
  void readsArticlesWithDocidTitleUrlDomainAndDownloadDate() {
    Results results = Results.read(file);

    assertThat(results.rejections()).isEmpty();
    List<Article> articles = results.articles();
    assertThat(articles).extracting(Article::id).containsExactly("lgl-90000001", "lgl-90000002");
    Article first = articles.get(0);
    assertThat(first.format()).isEqualTo("lgl");
    assertThat(first.title()).isEqualTo("Cedar Falls library extends hours");
    assertThat(first.url()).isEqualTo("http://courier.example.net/news/library-hours");
    assertThat(first.source()).isEqualTo("courier.example.net");
    assertThat(first.date()).isEqualTo(LocalDate.of(2010, 6, 14));
    assertThat(first.dateOrigin()).isEqualTo(DateOrigin.SOURCE);
    assertThat(first.origin()).isEqualTo(file + ":4");
  }

  @Test
  void cdataTextIsKeptExactly() {
    Article first = Results.read(file).articles().get(0);

    assertThat(first.text()).endsWith("the board said <Tuesday>.");
    assertThat(first.text().substring(0, 11)).isEqualTo("Cedar Falls");
  }

  @Test
  void anUnreadableDownloadTimeFallsBackToTheUserDate() {
    LocalDate date = LocalDate.of(2010, 6, 1);

    Article second = Results.read(Results.withDate(date), file).articles().get(1);

    assertThat(second.date()).isEqualTo(date);
    assertThat(second.dateOrigin()).isEqualTo(DateOrigin.USER);
  }
}
