package org.annalist.pipeline.eval.geo;

import java.util.List;
import java.util.Objects;

/**
 * One article of a gold corpus.
 *
 * @param id the id that the article readers of {@code org.annalist.pipeline.read} give the same
 *     record: {@code lgl-<docid>}, {@code geovirus-<position>} or {@code gwn-<file>}
 * @param origin {@code file:line} where the record starts
 * @param text the raw text exactly as in the file (CDATA and entities decoded); the offsets of the
 *     toponyms point into it
 * @param toponyms the gold toponyms in the order of the file
 */
public record GoldArticle(String id, String origin, String text, List<GoldToponym> toponyms) {
  public GoldArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
    toponyms = List.copyOf(toponyms);
  }
}
