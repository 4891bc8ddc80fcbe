package org.annalist.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.annalist.model.Article;
import org.annalist.model.Article.DateOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {
  @TempDir Path dir;

  @Test
  void keepsTheArticleTextAsParagraphsWithoutPageChrome() {
    Article article =
        Results.read(Results.fixture("html/council-vote.html").toString()).onlyArticle();

    assertThat(article.text())
        .isEqualTo(
            String.join(
                "\n\n",
                "Marrow council backs river bridge",
                "The council of Marrow voted on Thursday to fund a new bridge over the Ostra"
                    + " river.",
                "Mayor Ilse Varga said the crossing would open in \"two years, if the weather"
                    + " allows\".",
                "What the plan includes",
                "A cycle lane on both sides",
                "Lighting for the towpath",
                "We have waited long enough for this bridge.",
                "Work starts\nnext spring."));
  }

  @Test
  void readsTitleUrlSourceAndDateFromTheHead() {
    Article article =
        Results.read(Results.fixture("html/council-vote.html").toString()).onlyArticle();

    assertThat(article.format()).isEqualTo("html");
    assertThat(article.title()).isEqualTo("Marrow council backs river bridge");
    assertThat(article.url()).isEqualTo("https://courier.example.com/news/bridge-vote");
    assertThat(article.source()).isEqualTo("Marrow Courier");
    assertThat(article.date()).isEqualTo(LocalDate.of(2023, 11, 2));
    assertThat(article.dateOrigin()).isEqualTo(DateOrigin.SOURCE);
  }

  @Test
  void fallsBackToTitleTagTimeElementAndOgUrl() throws IOException {
    Path file =
        write(
            "plain.htm",
            "<html><head><title>Dam inspected</title>"
                + "<meta property=\"og:url\" content=\"https://x.example/dam\"></head>"
                + "<body><p>Engineers inspected the Carrow dam.</p>"
                + "<p><time datetime=\"2019-04-05T10:00\">Friday</time></p></body></html>");

    Article article = Results.read(file.toString()).onlyArticle();

    assertThat(article.title()).isEqualTo("Dam inspected");
    assertThat(article.url()).isEqualTo("https://x.example/dam");
    assertThat(article.date()).isEqualTo(LocalDate.of(2019, 4, 5));
    assertThat(article.text()).isEqualTo("Engineers inspected the Carrow dam.\n\nFriday");
  }

  @Test
  void aPageWithoutParagraphsKeepsTheTextOfItsDivs() throws IOException {
    Path file =
        write(
            "divs.html",
            "<html><body><div>Floods hit Wexby.</div><div>Roads are closed.<br>Schools too."
                + "</div><div class=\"menu\">Home</div></body></html>");

    Article article = Results.read(file.toString()).onlyArticle();

    assertThat(article.text()).isEqualTo("Floods hit Wexby.\n\nRoads are closed.\nSchools too.");
    assertThat(article.dateOrigin()).isEqualTo(DateOrigin.UNKNOWN);
  }

  @Test
  void aClassNameOnTheStoryWrapperDoesNotRemoveTheStory() throws IOException {
    Path file =
        write(
            "wrapped.html",
            "<html><body><div class=\"layout has-sidebar\"><p>Mills reopen in Ardley.</p>"
                + "<p>Two hundred workers return.</p></div>"
                + "<div class=\"sidebar\"><p>Most read</p></div></body></html>");

    Article article = Results.read(file.toString()).onlyArticle();

    assertThat(article.text()).isEqualTo("Mills reopen in Ardley.\n\nTwo hundred workers return.");
  }

  @Test
  void aDeclaredLatin1PageIsDecodedWithItsCharset() throws IOException {
    String page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
            + "</head><body><p>Caf\u00e9 reopens in S\u00e8te.</p></body></html>";
    Path file = Files.write(dir.resolve("latin.html"), page.getBytes(StandardCharsets.ISO_8859_1));

    assertThat(Results.read(file.toString()).onlyArticle().text())
        .isEqualTo("Caf\u00e9 reopens in S\u00e8te.");
  }

  @Test
  void aPageWithNoTextIsEmptyText() throws IOException {
    Path file = write("chrome.html", "<html><body><nav><p>Home</p></nav></body></html>");

    assertThat(Results.read(file.toString()).onlyRejection().reason()).isEqualTo("empty text");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
