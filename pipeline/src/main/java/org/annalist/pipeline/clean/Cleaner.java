package org.annalist.pipeline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Block;
import org.annalist.model.CleanText;
import org.annalist.model.Noise;
import org.annalist.model.OffsetMap;
import org.annalist.model.Span;

/**
 * Turns the raw text of an article into {@link CleanText}: scraper residue removed, section
 * headings marked, whitespace and quotes normalised, every cleaned char mapped back to the raw
 * text.
 *
 * <p>The steps, in this order:
 *
 * <ol>
 *   <li>Each raw line is normalised: runs of spaces, tabs and Unicode spaces (NBSP included) become
 *       one space, the line is trimmed, control and invisible format chars are dropped, curly
 *       quotes and primes become ASCII (one char for one char), and NFC is applied where it keeps
 *       the length.
 *   <li>Whole lines matching a {@link NoiseRule} are removed and reported as {@link Noise} with
 *       their raw span; what is left of the paragraph around them closes up.
 *   <li>Paragraphs are the runs of non-blank lines between blank lines; a single line break inside
 *       one is a space. Headings are then marked (see {@link HeadingRules}), but only if at least
 *       one ordinary paragraph remains: a text made only of short lines has none.
 *   <li>The blocks are laid out in order, separated by {@code "\n\n"}.
 * </ol>
 *
 * <p>Immutable and thread-safe: build one from a {@link CleanerConfig} and share it. Each call is
 * linear in the length of the input.
 */
public final class Cleaner {
  private record CompiledRule(Pattern pattern, String reason) {}

  private final CleanerConfig config;
  private final List<CompiledRule> rules;
  private final HeadingRules headings;

  public Cleaner(CleanerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.rules =
        config.noiseRules().stream().map(r -> new CompiledRule(r.pattern(), r.reason())).toList();
    this.headings = new HeadingRules(config.maxHeadingWords(), config.maxHeadingChars());
  }

  public CleanerConfig config() {
    return config;
  }

  /**
   * Cleans {@code raw}; the result's spans index its own text, its noise spans index {@code raw}.
   */
  public CleanText clean(String raw) {
    Objects.requireNonNull(raw, "raw");
    Matcher[] matchers = new Matcher[rules.size()];
    List<Noise> removed = new ArrayList<>();
    List<List<TextLine>> paragraphs = new ArrayList<>();
    List<TextLine> current = new ArrayList<>();
    for (TextLine line : LineSplitter.split(raw, config.foldQuotes())) {
      if (!line.isBlank()) {
        String reason = noiseReason(line.text(), matchers);
        if (reason == null) {
          current.add(line);
        } else {
          Span span = new Span(line.rawStart(), line.rawEnd());
          removed.add(new Noise(span.of(raw), span, reason));
        }
      }
      if ((line.isBlank() || line.endsParagraph()) && !current.isEmpty()) {
        paragraphs.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      paragraphs.add(current);
    }
    return layOut(raw, pieces(paragraphs), removed);
  }

  /** The reason of the first rule matching {@code line}; matchers are per call, made on demand. */
  private String noiseReason(String line, Matcher[] matchers) {
    if (line.length() > config.maxNoiseLineChars()) {
      return null;
    }
    for (int i = 0; i < matchers.length; i++) {
      if (matchers[i] == null) {
        matchers[i] = rules.get(i).pattern().matcher(line);
      } else {
        matchers[i].reset(line);
      }
      if (matchers[i].matches()) {
        return rules.get(i).reason();
      }
    }
    return null;
  }

  private List<HeadingRules.Piece> pieces(List<List<TextLine>> paragraphs) {
    List<HeadingRules.Piece> pieces = new ArrayList<>();
    boolean anyParagraph = false;
    for (List<TextLine> paragraph : paragraphs) {
      for (HeadingRules.Piece piece : headings.split(paragraph)) {
        anyParagraph |= piece.type() == Block.Type.PARAGRAPH;
        pieces.add(piece);
      }
    }
    if (anyParagraph) {
      return pieces;
    }
    List<HeadingRules.Piece> plain = new ArrayList<>();
    for (List<TextLine> paragraph : paragraphs) {
      plain.add(new HeadingRules.Piece(paragraph, Block.Type.PARAGRAPH));
    }
    return plain;
  }

  private static CleanText layOut(
      String raw, List<HeadingRules.Piece> pieces, List<Noise> removed) {
    StringBuilder text = new StringBuilder(raw.length());
    OffsetMap.Builder map = new OffsetMap.Builder();
    List<Block> blocks = new ArrayList<>(pieces.size());
    TextLine previous = null;
    for (HeadingRules.Piece piece : pieces) {
      List<TextLine> lines = piece.lines();
      if (previous != null) {
        // The separator maps to the break after the previous block and the char just before
        // this one: both are whitespace (or removed residue) in the raw text.
        text.append("\n\n");
        map.add(previous.terminator());
        map.add(lines.get(0).rawStart() - 1);
      }
      int start = text.length();
      for (int i = 0; i < lines.size(); i++) {
        TextLine line = lines.get(i);
        if (i > 0) {
          text.append(' ');
          map.add(lines.get(i - 1).terminator());
        }
        text.append(line.text());
        for (int k = 0; k < line.length(); k++) {
          map.add(line.rawAt(k));
        }
      }
      blocks.add(new Block(new Span(start, text.length()), piece.type()));
      previous = lines.get(lines.size() - 1);
    }
    return new CleanText(text.toString(), blocks, removed, map.build(raw.length()));
  }
}
