package org.annalist.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.annalist.model.Article;
import org.annalist.model.Article.DateOrigin;
import org.annalist.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedReaderTest {
  private static final String SEED = "seed/stoltenberg-georgia-2024-03-18.txt";

  @TempDir Path dir;

  @Test
  void readsTheSeedArticleWithItsDateAndRawBody() throws IOException {
    Path file = Results.fixture(SEED);
    String raw = Files.readString(file, StandardCharsets.UTF_8);

    Article article = Results.read(file.toString()).onlyArticle();

    assertThat(article.format()).isEqualTo("seed");
    assertThat(article.date()).isEqualTo(LocalDate.of(2024, 3, 18));
    assertThat(article.dateOrigin()).isEqualTo(DateOrigin.SOURCE);
    assertThat(article.text()).startsWith("NATO Secretary General Jens Stoltenberg's recent visit");
    assertThat(raw).isEqualTo(" date 2024-03-18 " + article.text());
    assertThat(article.text()).contains("\n\nAdvertisment\n\nDeepening NATO-Georgia Relations\n\n");
    assertThat(article.id()).matches("[0-9a-f]{16}");
    assertThat(article.origin()).isEqualTo(file.toString());
  }

  @Test
  void bodyMayStartOnTheLineAfterTheDate() throws IOException {
    Path file = write("next-line.txt", "date 2021-07-09\nRain fell.\n");

    Article article = Results.read(file.toString()).onlyArticle();

    assertThat(article.format()).isEqualTo("seed");
    assertThat(article.date()).isEqualTo(LocalDate.of(2021, 7, 9));
    assertThat(article.text()).isEqualTo("Rain fell.\n");
  }

  @Test
  void theSourceDateWinsOverTheUserDate() throws IOException {
    Path file = write("dated.txt", "date 2021-07-09 Rain fell.");

    Article article =
        Results.read(Results.withDate(LocalDate.of(2000, 1, 1)), file.toString()).onlyArticle();

    assertThat(article.date()).isEqualTo(LocalDate.of(2021, 7, 9));
    assertThat(article.dateOrigin()).isEqualTo(DateOrigin.SOURCE);
  }

  @Test
  void anImpossibleDateIsRejected() throws IOException {
    Path file = write("bad-date.txt", "date 2021-02-30 Rain fell.");

    Rejection rejection = Results.read(file.toString()).onlyRejection();

    assertThat(rejection.reason()).isEqualTo("invalid date: 2021-02-30");
  }

  @Test
  void aDateLineWithoutBodyIsEmptyText() throws IOException {
    Path file = write("only-date.txt", "date 2021-07-09\n\n  \n");

    assertThat(Results.read(file.toString()).onlyRejection().reason()).isEqualTo("empty text");
  }

  @Test
  void theSeedFormatRequiresTheDateLine() throws IOException {
    Path file = write("undated.txt", "Rain fell.");

    Rejection rejection =
        Results.read(Results.options(InputFormat.SEED), file.toString()).onlyRejection();

    assertThat(rejection.reason()).startsWith("no date line");
    assertThat(rejection.origin()).isEqualTo(file.toString());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
