package org.annalist.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.Article.DateOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReutersReaderTest {
  private final String file = Results.fixture("eval/reut2-sample.xml").toString();

  @TempDir Path dir;

  @Test
  void readsStoriesWithABodyAndSkipsTheOthers() {
    Results results = Results.read(file);

    assertThat(results.rejections()).isEmpty();
    List<Article> articles = results.articles();
    assertThat(articles).extracting(Article::id).containsExactly("reuters-41", "reuters-43");
    Article first = articles.get(0);
    assertThat(first.format()).isEqualTo("reuters");
    assertThat(first.title()).isEqualTo("ATLANTIS RAISES GRAIN QUOTA");
    assertThat(first.source()).isEqualTo("Reuters");
    assertThat(first.date()).isEqualTo(LocalDate.of(1987, 3, 3));
    assertThat(first.dateOrigin()).isEqualTo(DateOrigin.SOURCE);
    assertThat(first.origin()).isEqualTo(file + ":3");
    assertThat(first.text())
        .isEqualTo(
            "The Atlantis grain board raised its\nexport quota by 40,000 tonnes, citing a crop"
                + " <above> forecasts\nand lower stocks at Porta & Vell.\n Reuter\n");
    assertThat(articles.get(1).text()).contains("caf\u00e9 ferries");
  }

  @Test
  void storyDatesIgnoreTelexCodesAndPadding() {
    assertThat(ReutersReader.storyDate(" 3-MAR-1987 09:12:44.10"))
        .isEqualTo(LocalDate.of(1987, 3, 3));
    assertThat(ReutersReader.storyDate("19-OCT-1987 15:01:01.79   C T"))
        .isEqualTo(LocalDate.of(1987, 10, 19));
    assertThat(ReutersReader.storyDate("31-FEB-1987 10:00:00.00")).isNull();
    assertThat(ReutersReader.storyDate(null)).isNull();
  }

  @Test
  void filesAreDecodedAsLatin1() throws IOException {
    String story =
        "<?xml version=\"1.0\"?>\n<LEWIS>\n<REUTERS NEWID=\"9\"><DATE>1-APR-1987 10:00:00.00</DATE>"
            + "<TEXT><TITLE>T</TITLE><BODY>Se\u00f1or Ib\u00e1\u00f1ez resigned.</BODY></TEXT>"
            + "</REUTERS>\n</LEWIS>\n";
    Path latin =
        Files.write(dir.resolve("reut2-900.xml"), story.getBytes(StandardCharsets.ISO_8859_1));

    Article article = Results.read(latin.toString()).onlyArticle();

    assertThat(article.text()).isEqualTo("Se\u00f1or Ib\u00e1\u00f1ez resigned.");
  }

  @Test
  void aStoryWithoutNewIdIsRejectedAndTheOthersAreRead() throws IOException {
    String stories =
        "<LEWIS>\n<REUTERS><TEXT><BODY>No id.</BODY></TEXT></REUTERS>\n"
            + "<REUTERS NEWID=\"2\"><TEXT><BODY>Has id.</BODY></TEXT></REUTERS>\n</LEWIS>\n";
    Path path = Files.writeString(dir.resolve("reut2-901.xml"), stories);

    Results results = Results.read(path.toString());

    assertThat(results.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.origin()).isEqualTo(path + ":2");
              assertThat(r.reason()).isEqualTo("missing NEWID attribute");
            });
    assertThat(results.articles()).extracting(Article::id).containsExactly("reuters-2");
    assertThat(results.articles().get(0).dateOrigin()).isEqualTo(DateOrigin.UNKNOWN);
  }
}
