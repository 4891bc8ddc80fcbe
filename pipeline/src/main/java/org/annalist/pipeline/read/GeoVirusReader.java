package org.annalist.pipeline.read;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.annalist.model.Article;

/**
 * Reads the GeoVirus corpus: {@code <articles>} of {@code <article>} with {@code <source>} (the
 * Wikinews address) and {@code <text>}. The id is {@code geovirus-N}, N the article's position from
 * 1 (commented-out articles are not counted). The text is kept exactly, since the gold location
 * offsets point into it. The corpus has no dates: the user's default applies.
 */
final class GeoVirusReader implements ArticleReader {
  private final LocalDate defaultDate;
  private final XmlCorpus corpus = new XmlCorpus("article", null);

  GeoVirusReader(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
  }

  @Override
  public void read(RawInput input, Consumer<ReadResult> sink) throws BadInput {
    corpus.read(input, this::toArticle, sink);
  }

  private Optional<Article> toArticle(XmlElement record, int position, String origin)
      throws BadInput {
    String text = EvalRecords.requiredText(record, "text");
    ArticleDate dated = ArticleDate.of(null, defaultDate);
    return Optional.of(
        new Article(
            InputFormat.GEOVIRUS.cliName() + "-" + position,
            EvalRecords.strippedOrNull(record.childText("source")),
            null,
            null,
            dated.date(),
            dated.origin(),
            text,
            InputFormat.GEOVIRUS.cliName(),
            origin));
  }
}
