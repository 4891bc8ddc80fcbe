package org.annalist.pipeline.eval.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annalist.pipeline.read.XmlCorpus;
import org.annalist.pipeline.read.XmlElement;

/**
 * Reads the gold annotation of a geoparsing corpus: per article its id, its raw text and its gold
 * toponyms with offsets into that text.
 *
 * <p>The document is split into {@code <article>} records by {@link XmlCorpus}, so comments and
 * CDATA are handled as XML. Unlike the article readers, which reject a bad record and go on, a gold
 * reader refuses the whole file at the first bad record ({@link GoldFormatException}, naming the
 * line and the record's number): leaving out gold would silently change every score.
 *
 * <p>Every toponym's offsets are checked against the text: a span that does not fit in the text is
 * an error; a span that fits but selects something other than the annotation's phrase is kept and
 * listed in {@link GoldCorpus#mismatches}, for the caller to report.
 *
 * <p>Stateless and thread-safe.
 */
public final class GoldReader {
  private GoldReader() {}

  /** Reads a gold file; its name as given is the origin used in messages. */
  public static GoldCorpus read(GoldFormat format, Path file) throws IOException {
    return read(format, file.toString(), Files.readAllBytes(file));
  }

  /**
   * Reads a gold document.
   *
   * @param origin the file name used in messages and article origins
   * @param content the document's bytes; the encoding it declares is followed (UTF-8 if none)
   * @throws GoldFormatException at the first record that cannot be read
   * @throws IOException when the document cannot be decoded or has no {@code <article>}
   */
  public static GoldCorpus read(GoldFormat format, String origin, byte[] content)
      throws IOException {
    Objects.requireNonNull(format, "format");
    RecordParser parser =
        switch (format) {
          case LGL -> new LglGoldParser();
          case GEOVIRUS -> new GeoVirusGoldParser();
          case GEOWEBNEWS -> new GwnGoldParser();
        };
    List<GoldArticle> articles = new ArrayList<>();
    List<OffsetMismatch> mismatches = new ArrayList<>();
    Map<ToponymType, Integer> excluded = new EnumMap<>(ToponymType.class);
    Map<String, String> seen = new HashMap<>();
    new XmlCorpus("article")
        .scan(
            origin,
            content,
            new XmlCorpus.RecordHandler() {
              @Override
              public void record(XmlElement record, int position, String at)
                  throws GoldFormatException {
                GoldArticle article;
                try {
                  article = parser.parse(record, position, at, excluded);
                  checkOffsets(article, mismatches);
                } catch (BadRecord e) {
                  throw new GoldFormatException(at, position, e.getMessage());
                }
                String first = seen.putIfAbsent(article.id(), at);
                if (first != null) {
                  throw new GoldFormatException(
                      at, position, "duplicate article id " + article.id() + ", first at " + first);
                }
                articles.add(article);
              }

              @Override
              public void malformed(int position, String at, String reason)
                  throws GoldFormatException {
                throw new GoldFormatException(at, position, reason);
              }
            });
    return new GoldCorpus(format, origin, articles, mismatches, excluded);
  }

  private static void checkOffsets(GoldArticle article, List<OffsetMismatch> mismatches)
      throws BadRecord {
    String text = article.text();
    for (GoldToponym toponym : article.toponyms()) {
      if (toponym.end() > text.length()) {
        throw new BadRecord(
            "toponym \""
                + toponym.phrase()
                + "\" at ["
                + toponym.start()
                + ", "
                + toponym.end()
                + ") ends after the text, which has "
                + text.length()
                + " characters");
      }
      String found = text.substring(toponym.start(), toponym.end());
      if (!found.equals(toponym.phrase())) {
        mismatches.add(
            new OffsetMismatch(
                article.id(),
                article.origin(),
                toponym.start(),
                toponym.end(),
                toponym.phrase(),
                found));
      }
    }
  }
}
