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

class TextReaderTest {
  private static final String TEXT = "text/harbour-reopens.txt";

  @TempDir Path dir;

  @Test
  void theWholeFileIsTheBodyAndTheDateIsUnknown() throws IOException {
    Path file = Results.fixture(TEXT);

    Article article = Results.read(file.toString()).onlyArticle();

    assertThat(article.format()).isEqualTo("text");
    assertThat(article.text()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(article.date()).isNull();
    assertThat(article.dateOrigin()).isEqualTo(DateOrigin.UNKNOWN);
    assertThat(article.title()).isNull();
    assertThat(article.id()).isEqualTo(ContentIds.of(article.text()));
  }

  @Test
  void theUserDateApplies() {
    LocalDate date = LocalDate.of(2022, 5, 1);

    Article article =
        Results.read(Results.withDate(date), Results.fixture(TEXT).toString()).onlyArticle();

    assertThat(article.date()).isEqualTo(date);
    assertThat(article.dateOrigin()).isEqualTo(DateOrigin.USER);
  }

  @Test
  void aByteOrderMarkIsDropped() throws IOException {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] body = "Snow in Tarn.".getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, content, 0, bom.length);
    System.arraycopy(body, 0, content, bom.length, body.length);
    Path file = Files.write(dir.resolve("bom.txt"), content);

    assertThat(Results.read(file.toString()).onlyArticle().text()).isEqualTo("Snow in Tarn.");
  }

  @Test
  void nonAsciiTextIsDecodedAsUtf8() throws IOException {
    Path file =
        Files.writeString(dir.resolve("notes"), "Zoë met Ōtani in Kraków.", StandardCharsets.UTF_8);

    Article article = Results.read(file.toString()).onlyArticle();

    assertThat(article.format()).isEqualTo("text");
    assertThat(article.text()).isEqualTo("Zoë met Ōtani in Kraków.");
  }

  @Test
  void idsAreTheFirstSixteenHexDigitsOfTheSha256() {
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223...
    assertThat(ContentIds.of("abc")).isEqualTo("ba7816bf8f01cfea");
  }
}
