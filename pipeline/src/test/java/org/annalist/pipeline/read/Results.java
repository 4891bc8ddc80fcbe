package org.annalist.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.Rejection;

/** What a read produced, in order, with helpers for tests. */
final class Results {
  final List<ReadResult> all = new ArrayList<>();

  static Results read(ReadOptions options, String... inputs) {
    return read(options, new ByteArrayInputStream(new byte[0]), inputs);
  }

  static Results read(ReadOptions options, InputStream stdin, String... inputs) {
    Results results = new Results();
    new ArticleSources(options, stdin).read(List.of(inputs), results.all::add);
    return results;
  }

  static Results read(String... inputs) {
    return read(ReadOptions.defaults(), inputs);
  }

  static ReadOptions options(InputFormat format) {
    return new ReadOptions(format, null, ReadOptions.DEFAULT_MAX_BYTES);
  }

  static ReadOptions withDate(LocalDate date) {
    return new ReadOptions(InputFormat.AUTO, date, ReadOptions.DEFAULT_MAX_BYTES);
  }

  /** The path of a test resource under {@code read/}. */
  static Path fixture(String name) {
    URL url = Results.class.getResource("/read/" + name);
    assertThat(url).as("fixture %s", name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  List<Article> articles() {
    return all.stream()
        .filter(ReadResult.Ok.class::isInstance)
        .map(r -> ((ReadResult.Ok) r).article())
        .toList();
  }

  List<Rejection> rejections() {
    return all.stream()
        .filter(ReadResult.Rejected.class::isInstance)
        .map(r -> ((ReadResult.Rejected) r).rejection())
        .toList();
  }

  Article onlyArticle() {
    assertThat(rejections()).isEmpty();
    assertThat(articles()).hasSize(1);
    return articles().get(0);
  }

  Rejection onlyRejection() {
    assertThat(articles()).isEmpty();
    assertThat(rejections()).hasSize(1);
    return rejections().get(0);
  }
}
