package org.annalist.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.annalist.model.Block;
import org.annalist.model.CleanText;
import org.annalist.model.Noise;
import org.annalist.model.Span;

/**
 * Invariants every {@link CleanText} must satisfy, checked independently of the cleaner's own char
 * classes.
 */
final class CleanTextChecks {
  private CleanTextChecks() {}

  /** Layout, noise and offset-map invariants, with {@code spans} random spans compared. */
  static void assertConsistent(String raw, CleanText clean, int spans) {
    assertLayout(clean);
    assertNoise(raw, clean);
    assertCharsMapBack(raw, clean);
    assertSpansMapBack(raw, clean, spans);
  }

  /** Blocks are in order, separated by exactly one blank line, and cover the whole text. */
  static void assertLayout(CleanText clean) {
    String text = clean.text();
    StringBuilder joined = new StringBuilder(text.length());
    int previousEnd = -1;
    for (Block b : clean.blocks()) {
      String part = b.span().of(text);
      if (part.isEmpty()
          || part.contains("\n")
          || part.contains("  ")
          || part.startsWith(" ")
          || part.endsWith(" ")) {
        fail("badly laid out block %s: \"%s\"", b, part);
      }
      if (previousEnd >= 0) {
        if (b.span().start() != previousEnd + 2) {
          fail("block %s does not follow the previous one, which ends at %d", b, previousEnd);
        }
        joined.append("\n\n");
      }
      joined.append(part);
      previousEnd = b.span().end();
    }
    assertThat(joined.toString()).isEqualTo(text);
  }

  /** Each noise span holds its text in the raw input; spans do not overlap. */
  static void assertNoise(String raw, CleanText clean) {
    int previousEnd = 0;
    for (Noise n : clean.removed()) {
      assertThat(n.raw().end()).isLessThanOrEqualTo(raw.length());
      assertThat(n.raw().of(raw)).isEqualTo(n.text());
      assertThat(n.raw().start()).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = n.raw().end();
    }
  }

  /** Every cleaned char comes from a raw char that normalises to it. */
  static void assertCharsMapBack(String raw, CleanText clean) {
    String text = clean.text();
    int previous = -1;
    for (int i = 0; i < text.length(); i++) {
      int r = clean.map().toRaw(i);
      if (r < previous || r >= raw.length()) {
        fail("clean %d maps to raw %d (previous %d, raw length %d)", i, r, previous, raw.length());
      }
      previous = r;
      char c = text.charAt(i);
      char from = raw.charAt(r);
      boolean ok;
      if (c == ' ' || c == '\n') {
        ok = isSpace(from) || isInvisible(from) || inNoise(clean, r);
      } else {
        // Only quote folding or a same-length NFC composition may change a char.
        ok =
            c == fold(from)
                || Normalizer.normalize(String.valueOf(from), Normalizer.Form.NFC)
                    .equals(String.valueOf(c));
      }
      if (!ok) {
        fail("clean %d (U+%04X) maps to raw %d (U+%04X)", i, (int) c, r, (int) from);
      }
    }
    assertThat(clean.map().toRaw(text.length())).isEqualTo(raw.length());
  }

  /**
   * The raw text of each block (of up to about 1000 of them) and of random spans equals the cleaned
   * text, once both are put in canonical form and removed noise is blanked out of the raw text.
   */
  static void assertSpansMapBack(String raw, CleanText clean, int spans) {
    String blanked = blankNoise(raw, clean);
    String text = clean.text();
    List<Block> blocks = clean.blocks();
    int step = Math.max(1, blocks.size() / 1000);
    for (int i = 0; i < blocks.size(); i += step) {
      assertSpanMapsBack(blanked, clean, blocks.get(i).span());
    }
    if (!text.isEmpty()) {
      assertSpanMapsBack(blanked, clean, new Span(0, text.length()));
    }
    Random random = new Random(text.length());
    for (int k = 0; k < spans && !text.isEmpty(); k++) {
      int a = random.nextInt(text.length() + 1);
      int b = random.nextInt(text.length() + 1);
      Span span = new Span(Math.min(a, b), Math.max(a, b));
      if (splitsSurrogate(text, span)) {
        continue;
      }
      assertSpanMapsBack(blanked, clean, span);
    }
  }

  private static void assertSpanMapsBack(String blanked, CleanText clean, Span span) {
    Span rawSpan = clean.map().toRaw(span);
    String expected = canonical(span.of(clean.text()));
    String actual = canonical(rawSpan.of(blanked));
    if (!actual.equals(expected)) {
      assertThat(actual).as("clean %s -> raw %s", span, rawSpan).isEqualTo(expected);
    }
  }

  private static boolean splitsSurrogate(String text, Span span) {
    return (span.start() > 0
            && span.start() < text.length()
            && Character.isLowSurrogate(text.charAt(span.start())))
        || (span.end() > 0
            && span.end() < text.length()
            && Character.isLowSurrogate(text.charAt(span.end())));
  }

  private static String blankNoise(String raw, CleanText clean) {
    StringBuilder b = new StringBuilder(raw);
    for (Noise n : clean.removed()) {
      for (int i = n.raw().start(); i < n.raw().end(); i++) {
        b.setCharAt(i, ' ');
      }
    }
    return b.toString();
  }

  private static boolean inNoise(CleanText clean, int raw) {
    return clean.removed().stream().anyMatch(n -> n.raw().start() <= raw && raw < n.raw().end());
  }

  /** Whitespace collapsed and trimmed, invisible chars dropped, quotes folded, NFC. */
  static String canonical(String s) {
    StringBuilder b = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = true;
      } else if (!isInvisible(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(fold(c));
      }
    }
    return Normalizer.normalize(b, Normalizer.Form.NFC);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  private static boolean isInvisible(char c) {
    int type = Character.getType(c);
    return (type == Character.CONTROL || type == Character.FORMAT)
        && c != '\u200C'
        && c != '\u200D';
  }

  private static char fold(char c) {
    if ("\u2018\u2019\u201A\u201B\u2032".indexOf(c) >= 0) {
      return '\'';
    }
    if ("\u201C\u201D\u201E\u201F\u2033".indexOf(c) >= 0) {
      return '"';
    }
    return c;
  }
}
