package org.annalist.model;

import java.util.List;
import java.util.Objects;

/**
 * The cleaned text of an article: scraper residue removed, headings marked, whitespace and quotes
 * normalised, with a map back to the raw text.
 */
public record CleanText(String text, List<Block> blocks, List<Noise> removed, OffsetMap map) {
  public CleanText {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    removed = List.copyOf(removed);
    Objects.requireNonNull(map, "map");
    if (map.cleanLength() != text.length()) {
      throw new IllegalArgumentException(
          "offset map covers " + map.cleanLength() + " chars, text has " + text.length());
    }
  }

  /** A text that needs no cleaning: one paragraph, nothing removed. */
  public static CleanText unchanged(String text) {
    return new CleanText(
        text,
        List.of(new Block(new Span(0, text.length()), Block.Type.PARAGRAPH)),
        List.of(),
        OffsetMap.identity(text.length()));
  }

  /** The headings, in order. */
  public List<Block> headings() {
    return blocks.stream().filter(b -> b.type() == Block.Type.HEADING).toList();
  }

  /** Whether {@code span} lies inside a heading. */
  public boolean inHeading(Span span) {
    for (Block b : blocks) {
      if (b.type() == Block.Type.HEADING && b.span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }
}
