package org.annalist.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.annalist.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {
  @TempDir Path dir;

  @Test
  void gzipFilesAreDecompressedAndTheirInnerNameDecidesTheFormat() throws IOException {
    Path jsonl = dir.resolve("feed.jsonl.gz");
    Files.write(jsonl, gzip(Files.readAllBytes(Results.fixture("jsonl/feed.jsonl"))));
    Path seed = dir.resolve("seed.txt.gz");
    Files.write(seed, gzip("  date 2020-02-02 Ice on the lake.".getBytes(StandardCharsets.UTF_8)));

    Results results = Results.read(jsonl.toString(), seed.toString());

    assertThat(results.articles()).hasSize(4);
    assertThat(results.articles().get(0).format()).isEqualTo("jsonl");
    assertThat(results.articles().get(0).origin()).isEqualTo(jsonl + ":1");
    Article last = results.articles().get(3);
    assertThat(last.format()).isEqualTo("seed");
    assertThat(last.text()).isEqualTo("Ice on the lake.");
    assertThat(last.date()).isEqualTo(LocalDate.of(2020, 2, 2));
  }

  @Test
  void gzipIsRecognisedByItsMagicBytesWithoutTheSuffix() throws IOException {
    Path file = dir.resolve("packed");
    Files.write(file, gzip("Plain words, packed.".getBytes(StandardCharsets.UTF_8)));

    Article article = Results.read(file.toString()).onlyArticle();

    assertThat(article.format()).isEqualTo("text");
    assertThat(article.text()).isEqualTo("Plain words, packed.");
  }

  @Test
  void directoriesAreReadRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.createDirectories(dir.resolve(".hidden-dir"));
    Files.writeString(dir.resolve("c.txt"), "third");
    Files.writeString(dir.resolve("a.txt"), "first");
    Files.writeString(dir.resolve("b/inner/x.txt"), "second");
    Files.writeString(dir.resolve(".secret.txt"), "hidden");
    Files.writeString(dir.resolve(".hidden-dir/y.txt"), "hidden too");

    Results results = Results.read(dir.toString());

    assertThat(results.rejections()).isEmpty();
    assertThat(results.articles())
        .extracting(Article::text)
        .containsExactly("first", "second", "third");
    assertThat(results.articles().get(1).origin())
        .isEqualTo(dir.resolve("b/inner/x.txt").toString());
  }

  @Test
  void aDirectoryKeepsGoingPastABadFile() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "");
    Files.writeString(dir.resolve("b.txt"), "Good news from Orrin.");

    Results results = Results.read(dir.toString());

    assertThat(results.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.origin()).isEqualTo(dir.resolve("a.txt").toString());
              assertThat(r.reason()).isEqualTo("empty file");
            });
    assertThat(results.articles())
        .extracting(Article::text)
        .containsExactly("Good news from Orrin.");
  }

  @Test
  void dashReadsTheGivenStandardInput() {
    InputStream stdin =
        new ByteArrayInputStream(
            "{\"id\": \"s1\", \"text\": \"From a pipe.\"}\n".getBytes(StandardCharsets.UTF_8));

    Article article = Results.read(ReadOptions.defaults(), stdin, "-").onlyArticle();

    assertThat(article.format()).isEqualTo("jsonl");
    assertThat(article.id()).isEqualTo("s1");
    assertThat(article.origin()).isEqualTo("stdin:1");
  }

  @Test
  void standardInputWithoutMarkupIsSeedOrText() {
    InputStream stdin =
        new ByteArrayInputStream("date 2018-08-08 Heat wave.".getBytes(StandardCharsets.UTF_8));

    Article article = Results.read(ReadOptions.defaults(), stdin, "-").onlyArticle();

    assertThat(article.format()).isEqualTo("seed");
    assertThat(article.origin()).isEqualTo(ArticleSources.STDIN_ORIGIN);
  }

  @Test
  void aStreamIsReadUnderTheGivenNameAndLeftOpen() {
    List<ReadResult> results = new ArrayList<>();
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream("<p>Tide tables change.</p>".getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    new ArticleSources(ReadOptions.defaults()).read(in, "tides.html", results::add);

    assertThat(results).singleElement().isInstanceOf(ReadResult.Ok.class);
    assertThat(((ReadResult.Ok) results.get(0)).article().format()).isEqualTo("html");
    assertThat(closed[0]).isFalse();
  }

  @Test
  void anExplicitFormatOverridesDetection() {
    String file = Results.fixture("jsonl/feed.jsonl").toString();

    Article article = Results.read(Results.options(InputFormat.TEXT), file).onlyArticle();

    assertThat(article.format()).isEqualTo("text");
    assertThat(article.text()).startsWith("{\"id\": \"wire-001\"");
  }

  @Test
  void resultsReachTheSinkOneAtATime() {
    String file = Results.fixture("jsonl/feed.jsonl").toString();
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(
            () ->
                new ArticleSources(ReadOptions.defaults())
                    .read(
                        List.of(file),
                        result -> {
                          seen.add(result.getClass().getSimpleName());
                          if (seen.size() == 2) {
                            throw new IllegalStateException("sink is full");
                          }
                        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("sink is full");
    assertThat(seen).containsExactly("Ok", "Ok");
  }

  static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }
}
