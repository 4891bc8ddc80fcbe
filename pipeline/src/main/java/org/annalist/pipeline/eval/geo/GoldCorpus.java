package org.annalist.pipeline.eval.geo;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The gold annotation of one file.
 *
 * @param format the format it was read as
 * @param origin the file as the user named it
 * @param articles the articles in the order of the file
 * @param mismatches gold toponyms whose offsets do not select their phrase
 * @param excluded annotations read but left out of the gold, by type (GeoWebNews only: the spans
 *     that are no toponym, see {@link ToponymType#isToponym})
 */
public record GoldCorpus(
    GoldFormat format,
    String origin,
    List<GoldArticle> articles,
    List<OffsetMismatch> mismatches,
    Map<ToponymType, Integer> excluded) {
  public GoldCorpus {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(origin, "origin");
    articles = List.copyOf(articles);
    mismatches = List.copyOf(mismatches);
    excluded =
        Collections.unmodifiableMap(
            excluded.isEmpty() ? new EnumMap<>(ToponymType.class) : new EnumMap<>(excluded));
  }

  /** The number of gold toponyms in all articles. */
  public int toponymCount() {
    return articles.stream().mapToInt(a -> a.toponyms().size()).sum();
  }

  /** The number of gold toponyms with coordinates. */
  public int withPointCount() {
    return (int)
        articles.stream().flatMap(a -> a.toponyms().stream()).filter(GoldToponym::hasPoint).count();
  }

  /** The number of annotations left out of the gold. */
  public int excludedCount() {
    return excluded.values().stream().mapToInt(Integer::intValue).sum();
  }
}
