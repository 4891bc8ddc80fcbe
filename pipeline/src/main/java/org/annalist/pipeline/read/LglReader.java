package org.annalist.pipeline.read;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.annalist.model.Article;

/**
 * Reads the LGL corpus: {@code <articles>} of {@code <article docid>} with {@code <title>}, {@code
 * <domain>}, {@code <url>}, {@code <dltime>} and {@code <text>} (often CDATA). The id is {@code
 * lgl-<docid>}; the date is the date part of {@code dltime} when it parses (SOURCE), else the
 * user's default. The text is kept exactly, since the gold toponym offsets point into it.
 */
final class LglReader implements ArticleReader {
  private final LocalDate defaultDate;
  private final XmlCorpus corpus = new XmlCorpus("article", null);

  LglReader(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
  }

  @Override
  public void read(RawInput input, Consumer<ReadResult> sink) throws BadInput {
    corpus.read(input, this::toArticle, sink);
  }

  private Optional<Article> toArticle(XmlElement record, int position, String origin)
      throws BadInput {
    String docid = EvalRecords.requiredAttribute(record, "docid");
    String text = EvalRecords.requiredText(record, "text");
    ArticleDate dated =
        ArticleDate.of(ArticleDate.leadingDate(record.childText("dltime")), defaultDate);
    return Optional.of(
        new Article(
            InputFormat.LGL.cliName() + "-" + docid,
            EvalRecords.strippedOrNull(record.childText("url")),
            EvalRecords.strippedOrNull(record.childText("domain")),
            EvalRecords.strippedOrNull(record.childText("title")),
            dated.date(),
            dated.origin(),
            text,
            InputFormat.LGL.cliName(),
            origin));
  }
}
