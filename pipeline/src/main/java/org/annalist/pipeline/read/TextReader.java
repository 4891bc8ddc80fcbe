package org.annalist.pipeline.read;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.annalist.model.Article;

/**
 * Reads plain text: the whole file is the body, kept as written (a byte order mark is dropped). The
 * date is the user's default (USER), else unknown.
 */
final class TextReader implements ArticleReader {
  private final LocalDate defaultDate;

  TextReader(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
  }

  @Override
  public void read(RawInput input, Consumer<ReadResult> sink) throws BadInput {
    String body = TextBytes.decodeUtf8(input.bytes());
    if (body.isBlank()) {
      throw new BadInput("empty text");
    }
    ArticleDate dated = ArticleDate.of(null, defaultDate);
    sink.accept(
        new ReadResult.Ok(
            new Article(
                ContentIds.of(body),
                null,
                null,
                null,
                dated.date(),
                dated.origin(),
                body,
                InputFormat.TEXT.cliName(),
                input.origin())));
  }
}
