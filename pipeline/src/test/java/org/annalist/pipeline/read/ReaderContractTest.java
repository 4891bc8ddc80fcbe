package org.annalist.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.annalist.model.Article;
import org.annalist.model.Article.DateOrigin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every reader promises, checked on every fixture. */
class ReaderContractTest {
  static Stream<String> fixtures() {
    return Stream.of(
        "seed/stoltenberg-georgia-2024-03-18.txt",
        "text/harbour-reopens.txt",
        "jsonl/feed.jsonl",
        "html/council-vote.html",
        "eval/geovirus-sample.xml",
        "eval/reut2-sample.xml",
        "eval/lgl-sample.xml",
        "eval/gwn-sample.xml");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void articlesAreCompleteAndNameWhereTheyCameFrom(String fixture) {
    String path = Results.fixture(fixture).toString();
    Results results = Results.read(path);

    assertThat(results.articles()).isNotEmpty();
    for (Article article : results.articles()) {
      assertThat(article.id()).isNotBlank();
      assertThat(article.text()).isNotBlank();
      assertThat(article.format())
          .isIn(
              Arrays.stream(InputFormat.values())
                  .filter(f -> f != InputFormat.AUTO)
                  .map(InputFormat::cliName)
                  .toList());
      assertThat(article.origin()).startsWith(path);
      assertThat(article.date() == null).isEqualTo(article.dateOrigin() == DateOrigin.UNKNOWN);
    }
    for (var rejection : results.rejections()) {
      assertThat(rejection.origin()).startsWith(path);
      assertThat(rejection.reason()).isNotBlank().doesNotContain("\n");
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readingIsDeterministic(String fixture) {
    String path = Results.fixture(fixture).toString();

    assertThat(Results.read(path).all).isEqualTo(Results.read(path).all);
  }
}
