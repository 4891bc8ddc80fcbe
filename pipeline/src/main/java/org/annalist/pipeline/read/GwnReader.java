package org.annalist.pipeline.read;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.annalist.model.Article;

/**
 * Reads the GeoWebNews corpus ({@code GWN.dev.xml}): {@code <articles>} of {@code <article file>}
 * with {@code <title>}, {@code <link>} and {@code <text>}. The id is {@code gwn-<file>}. The text
 * is kept exactly, since the gold toponym offsets point into it. The corpus has no dates: the
 * user's default applies.
 */
final class GwnReader implements ArticleReader {
  private final LocalDate defaultDate;
  private final XmlCorpus corpus = new XmlCorpus("article", null);

  GwnReader(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
  }

  @Override
  public void read(RawInput input, Consumer<ReadResult> sink) throws BadInput {
    corpus.read(input, this::toArticle, sink);
  }

  private Optional<Article> toArticle(XmlElement record, int position, String origin)
      throws BadInput {
    String file = EvalRecords.requiredAttribute(record, "file");
    String text = EvalRecords.requiredText(record, "text");
    ArticleDate dated = ArticleDate.of(null, defaultDate);
    return Optional.of(
        new Article(
            InputFormat.GWN.cliName() + "-" + file,
            EvalRecords.strippedOrNull(record.childText("link")),
            null,
            EvalRecords.strippedOrNull(record.childText("title")),
            dated.date(),
            dated.origin(),
            text,
            InputFormat.GWN.cliName(),
            origin));
  }
}
