package org.annalist.pipeline.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Article;

/**
 * Reads a seed article: optional leading whitespace, {@code date YYYY-MM-DD}, then the body, which
 * may begin on the same line. The body is kept exactly as written; only the date prefix (with the
 * spaces after it, or the one line break that ends it) is removed. The date is SOURCE.
 */
final class SeedReader implements ArticleReader {
  /** The date prefix; {@link FormatDetector} uses it too. */
  static final Pattern DATE_LINE =
      Pattern.compile("\\s*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?![0-9])(?:[ \\t]*\\r?\\n|[ \\t]*)");

  @Override
  public void read(RawInput input, Consumer<ReadResult> sink) throws BadInput {
    String content = TextBytes.decodeUtf8(input.bytes());
    Matcher m = DATE_LINE.matcher(content);
    if (!m.lookingAt()) {
      throw new BadInput("no date line: a seed article starts with 'date YYYY-MM-DD'");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(m.group(1));
    } catch (DateTimeException e) {
      throw new BadInput("invalid date: " + m.group(1));
    }
    String body = content.substring(m.end());
    if (body.isBlank()) {
      throw new BadInput("empty text");
    }
    ArticleDate dated = ArticleDate.of(date, null);
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
                InputFormat.SEED.cliName(),
                input.origin())));
  }
}
