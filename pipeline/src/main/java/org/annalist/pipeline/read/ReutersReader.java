package org.annalist.pipeline.read;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.annalist.model.Article;

/**
 * Reads Reuters-21578 in its XML form ({@code reut2-NNN.xml}): {@code <LEWIS>} of {@code <REUTERS
 * NEWID>} with {@code <DATE>} ({@code 26-FEB-1987 15:01:01.79}), and {@code <TEXT>} holding {@code
 * <TITLE>} and {@code <BODY>}. Files are decoded as ISO-8859-1, whatever they declare. Stories
 * without a body (briefs, unprocessed telexes) are skipped, not rejected. The id is {@code
 * reuters-<NEWID>}, the source {@code Reuters}, the body kept as written.
 */
final class ReutersReader implements ArticleReader {
  private static final DateTimeFormatter STORY_DATE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d-MMM-uuuu")
          .toFormatter(Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);

  private final LocalDate defaultDate;
  private final XmlCorpus corpus = new XmlCorpus("REUTERS", StandardCharsets.ISO_8859_1);

  ReutersReader(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
  }

  @Override
  public void read(RawInput input, Consumer<ReadResult> sink) throws BadInput {
    corpus.read(input, this::toArticle, sink);
  }

  private Optional<Article> toArticle(XmlElement record, int position, String origin)
      throws BadInput {
    String newId = EvalRecords.requiredAttribute(record, "NEWID");
    XmlElement story = record.child("TEXT");
    String body = story == null ? null : story.childText("BODY");
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    ArticleDate dated = ArticleDate.of(storyDate(record.childText("DATE")), defaultDate);
    return Optional.of(
        new Article(
            InputFormat.REUTERS.cliName() + "-" + newId,
            null,
            "Reuters",
            EvalRecords.strippedOrNull(story.childText("TITLE")),
            dated.date(),
            dated.origin(),
            body,
            InputFormat.REUTERS.cliName(),
            origin));
  }

  /** The day of {@code 26-FEB-1987 15:01:01.79} (trailing telex codes ignored), or null. */
  static LocalDate storyDate(String value) {
    String day = EvalRecords.strippedOrNull(value);
    if (day == null) {
      return null;
    }
    try {
      return LocalDate.parse(day.split("\\s+", 2)[0], STORY_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
