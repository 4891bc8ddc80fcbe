package org.annalist.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.Article.DateOrigin;
import org.annalist.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {
  @TempDir Path dir;

  @Test
  void readsEachLineAndRejectsTheBadOnesWithTheirLineNumbers() {
    String file = Results.fixture("jsonl/feed.jsonl").toString();

    Results results = Results.read(file);

    assertThat(results.articles())
        .extracting(Article::id, Article::title, Article::date, Article::origin)
        .containsExactly(
            tuple(
                "wire-001",
                "Council approves bridge budget",
                LocalDate.of(2023, 11, 2),
                file + ":1"),
            tuple("7", "Ferry strike ends", LocalDate.of(2023, 11, 3), file + ":3"),
            tuple(
                ContentIds.of("Volunteers planted two hundred trees along the river in Dunmore."),
                "Undated note",
                null,
                file + ":6"));
    List<Rejection> rejections = results.rejections();
    assertThat(rejections).extracting(Rejection::origin).containsExactly(file + ":4", file + ":5");
    assertThat(rejections.get(0).reason()).startsWith("invalid JSON: ").doesNotContain("\n");
    assertThat(rejections.get(1).reason()).isEqualTo("missing text");
  }

  @Test
  void keepsAllFieldsAndTheRawText() {
    Article first = Results.read(Results.fixture("jsonl/feed.jsonl").toString()).articles().get(0);

    assertThat(first.url()).isEqualTo("https://news.example.org/a/1");
    assertThat(first.source()).isEqualTo("Example Wire");
    assertThat(first.text())
        .isEqualTo(
            "The city council of Marrow approved the budget for the new bridge on Thursday.");
    assertThat(first.format()).isEqualTo("jsonl");
    assertThat(first.dateOrigin()).isEqualTo(DateOrigin.SOURCE);
  }

  @Test
  void undatedLinesTakeTheUserDate() {
    LocalDate date = LocalDate.of(2023, 12, 24);

    List<Article> articles =
        Results.read(Results.withDate(date), Results.fixture("jsonl/feed.jsonl").toString())
            .articles();

    assertThat(articles.get(2).date()).isEqualTo(date);
    assertThat(articles.get(2).dateOrigin()).isEqualTo(DateOrigin.USER);
    assertThat(articles.get(0).dateOrigin()).isEqualTo(DateOrigin.SOURCE);
  }

  @Test
  void rejectsNonObjectsTrailingGarbageAndBadDates() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("odd.ndjson"),
            String.join(
                "\n",
                "[1, 2]",
                "{\"text\": \"one\"} {\"text\": \"two\"}",
                "{\"text\": \"dated\", \"date\": \"yesterday\"}",
                "{\"text\": 42}",
                "{\"text\": \"fine\", \"date\": \"2020-01-31\"}"),
            StandardCharsets.UTF_8);

    Results results = Results.read(file.toString());

    assertThat(results.rejections())
        .extracting(Rejection::reason)
        .satisfiesExactly(
            r -> assertThat(r).isEqualTo("invalid JSON: expected an object"),
            r -> assertThat(r).startsWith("invalid JSON: "),
            r -> assertThat(r).isEqualTo("invalid date: yesterday"),
            r -> assertThat(r).isEqualTo("missing text"));
    assertThat(results.articles()).extracting(Article::text).containsExactly("fine");
  }

  @Test
  void crlfLineEndingsAreLines() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("windows.jsonl"),
            "{\"text\": \"a\"}\r\n\r\n{\"text\": \"b\"}\r\n",
            StandardCharsets.UTF_8);

    assertThat(Results.read(file.toString()).articles())
        .extracting(Article::text, Article::origin)
        .containsExactly(tuple("a", file + ":1"), tuple("b", file + ":3"));
  }
}
