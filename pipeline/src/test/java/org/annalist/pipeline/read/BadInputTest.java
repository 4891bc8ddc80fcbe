package org.annalist.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.annalist.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input is one rejection naming the file and the problem, and nothing throws. */
class BadInputTest {
  @TempDir Path dir;

  @Test
  void missingFile() {
    String missing = dir.resolve("nowhere.txt").toString();

    Rejection rejection = Results.read(missing).onlyRejection();

    assertThat(rejection.origin()).isEqualTo(missing);
    assertThat(rejection.reason()).isEqualTo("no such file");
    assertThat(rejection.message()).isEqualTo(missing + ": no such file");
  }

  @Test
  void directoryWithoutArticles() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Files.writeString(empty.resolve(".only-hidden.txt"), "not read");

    Rejection rejection = Results.read(empty.toString()).onlyRejection();

    assertThat(rejection.origin()).isEqualTo(empty.toString());
    assertThat(rejection.reason()).isEqualTo("no articles found in directory");
  }

  @Test
  void directoryWhoseFilesAreAllBadReportsEachFileOnce() throws IOException {
    Files.writeString(dir.resolve("blank.txt"), "  \n");

    Results results = Results.read(dir.toString());

    assertThat(results.rejections()).extracting(Rejection::reason).containsExactly("empty file");
  }

  @Test
  void emptyFile() throws IOException {
    Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);

    assertThat(Results.read(file.toString()).onlyRejection().reason()).isEqualTo("empty file");
  }

  @Test
  void whitespaceOnlyFile() throws IOException {
    Path file = Files.writeString(dir.resolve("blank.jsonl"), " \n\t\r\n ");

    assertThat(Results.read(file.toString()).onlyRejection().reason()).isEqualTo("empty file");
  }

  @Test
  void whitespaceOnlyBody() throws IOException {
    Path file = Files.writeString(dir.resolve("seed.txt"), "date 2024-01-01   \n \n");

    assertThat(Results.read(file.toString()).onlyRejection().reason()).isEqualTo("empty text");
  }

  @Test
  void binaryFileWithNulBytes() throws IOException {
    byte[] bytes = {'P', 'K', 3, 4, 0, 0, 8, 0, 'x', 'y'};
    Path file = Files.write(dir.resolve("archive.txt"), bytes);

    assertThat(Results.read(file.toString()).onlyRejection().reason())
        .isEqualTo("binary file, not text");
  }

  @Test
  void binaryFileOfControlCharacters() throws IOException {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    Path file = Files.write(dir.resolve("noise"), bytes);

    assertThat(Results.read(file.toString()).onlyRejection().reason())
        .isEqualTo("binary file, not text");
  }

  @Test
  void invalidUtf8NamesTheByte() throws IOException {
    byte[] prefix = "Caf".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = Arrays.copyOf(prefix, prefix.length + 3);
    bytes[3] = (byte) 0xe9; // Latin-1 e-acute: not UTF-8
    bytes[4] = ' ';
    bytes[5] = 'x';
    Path file = Files.write(dir.resolve("latin.txt"), bytes);

    assertThat(Results.read(file.toString()).onlyRejection().reason())
        .isEqualTo("invalid UTF-8 at byte 3");
  }

  @Test
  void fileOverTheLimitIsRejectedBeforeReading() throws IOException {
    Path file = Files.writeString(dir.resolve("big.txt"), "x".repeat(101));
    ReadOptions options = new ReadOptions(InputFormat.AUTO, null, 100);

    assertThat(Results.read(options, file.toString()).onlyRejection().reason())
        .isEqualTo("file too large: 101 bytes, limit 100");
  }

  @Test
  void gzipOverTheLimitStopsDecompressing() throws IOException {
    Path file = dir.resolve("bomb.txt.gz");
    Files.write(file, ArticleSourcesTest.gzip("y".repeat(10_000).getBytes(StandardCharsets.UTF_8)));
    ReadOptions options = new ReadOptions(InputFormat.AUTO, null, 1_000);
    assertThat(Files.size(file)).isLessThan(1_000);

    assertThat(Results.read(options, file.toString()).onlyRejection().reason())
        .isEqualTo("file too large: over 1000 bytes after decompression, limit 1000");
  }

  @Test
  void standardInputOverTheLimit() {
    ReadOptions options = new ReadOptions(InputFormat.AUTO, null, 10);
    ByteArrayInputStream stdin =
        new ByteArrayInputStream("eleven bytes".getBytes(StandardCharsets.UTF_8));

    Rejection rejection = Results.read(options, stdin, "-").onlyRejection();

    assertThat(rejection.origin()).isEqualTo("stdin");
    assertThat(rejection.reason()).isEqualTo("file too large: over 10 bytes, limit 10");
  }

  @Test
  void invalidJsonLineIsRejectedAndTheRestIsRead() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("feed.jsonl"), "{\"text\": \"ok\"}\n{oops\n{\"text\": \"also ok\"}\n");

    Results results = Results.read(file.toString());

    assertThat(results.articles()).hasSize(2);
    assertThat(results.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.origin()).isEqualTo(file + ":2");
              assertThat(r.reason()).startsWith("invalid JSON: ").doesNotContain("\n");
            });
  }

  @Test
  void corruptGzip() throws IOException {
    byte[] packed = ArticleSourcesTest.gzip("some text".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(packed, 12));

    assertThat(Results.read(file.toString()).onlyRejection().reason())
        .startsWith("invalid gzip data: ");
  }

  @Test
  void gzSuffixWithoutGzipData() throws IOException {
    Path file = Files.writeString(dir.resolve("fake.txt.gz"), "not compressed");

    assertThat(Results.read(file.toString()).onlyRejection().reason())
        .isEqualTo("invalid gzip data: no gzip header");
  }

  @Test
  void unknownXml() throws IOException {
    Path file = Files.writeString(dir.resolve("feed.xml"), "<?xml version=\"1.0\"?><rss></rss>");

    assertThat(Results.read(file.toString()).onlyRejection().reason())
        .isEqualTo("unrecognised XML: root element <rss>");
  }

  @Test
  void readingGoesOnAfterABadInput() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "Lambs born in Ferris.");

    Results results = Results.read(dir.resolve("missing.txt").toString(), good.toString());

    assertThat(results.rejections()).hasSize(1);
    assertThat(results.articles()).hasSize(1);
  }
}
