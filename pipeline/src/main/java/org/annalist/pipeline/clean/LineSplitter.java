package org.annalist.pipeline.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits raw text into {@link TextLine}s and normalises each one char by char, remembering the raw
 * offset of every char it keeps. Linear in the input. Not thread-safe: one instance per call.
 */
final class LineSplitter {
  private final String raw;
  private final boolean foldQuotes;
  private final StringBuilder text = new StringBuilder();
  private int[] offsets = new int[256];

  private LineSplitter(String raw, boolean foldQuotes) {
    this.raw = raw;
    this.foldQuotes = foldQuotes;
  }

  /** The lines of {@code raw}; an empty input has one blank line. */
  static List<TextLine> split(String raw, boolean foldQuotes) {
    return new LineSplitter(raw, foldQuotes).lines();
  }

  private List<TextLine> lines() {
    List<TextLine> lines = new ArrayList<>();
    int n = raw.length();
    int start = 0;
    while (true) {
      int end = start;
      while (end < n && !isLineBreak(raw.charAt(end))) {
        end++;
      }
      boolean paragraph = end < n && raw.charAt(end) == '\u2029';
      lines.add(normalise(start, end, paragraph));
      if (end == n) {
        return lines;
      }
      start =
          raw.charAt(end) == '\r' && end + 1 < n && raw.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }
  }

  private TextLine normalise(int start, int end, boolean paragraph) {
    text.setLength(0);
    int pendingSpace = -1;
    for (int i = start; i < end; i++) {
      char c = raw.charAt(i);
      if (isSpace(c)) {
        if (pendingSpace < 0) {
          pendingSpace = i;
        }
      } else if (!isRemovable(c)) {
        if (pendingSpace >= 0 && text.length() > 0) {
          append(' ', pendingSpace);
        }
        pendingSpace = -1;
        append(foldQuotes ? foldQuote(c) : c, i);
      }
    }
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      composeInPlace();
    }
    return new TextLine(text.toString(), Arrays.copyOf(offsets, text.length()), end, paragraph);
  }

  private void append(char c, int rawOffset) {
    int at = text.length();
    if (at == offsets.length) {
      offsets = Arrays.copyOf(offsets, at * 2);
    }
    offsets[at] = rawOffset;
    text.append(c);
  }

  /**
   * Applies NFC to each base char and its combining marks wherever that keeps the length, so that
   * every char keeps its own raw offset. A decomposed sequence that NFC would shorten (such as
   * {@code e} + U+0301) is left as it is.
   */
  private void composeInPlace() {
    int n = text.length();
    int start = 0;
    while (start < n) {
      int end = start + Character.charCount(text.codePointAt(start));
      while (end < n && isMark(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      String cluster = text.substring(start, end);
      if (!Normalizer.isNormalized(cluster, Normalizer.Form.NFC)) {
        String composed = Normalizer.normalize(cluster, Normalizer.Form.NFC);
        if (composed.length() == cluster.length()) {
          for (int k = 0; k < composed.length(); k++) {
            text.setCharAt(start + k, composed.charAt(k));
          }
        }
      }
      start = end;
    }
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Tab, vertical tab, form feed and the Unicode space separators, NBSP included. */
  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u000B'
        || c == '\f'
        || (c > 0x7F && Character.getType(c) == Character.SPACE_SEPARATOR);
  }

  /**
   * Control characters and invisible format characters: zero-width space, word joiner, byte order
   * mark, soft hyphen, direction marks and embeddings. The zero-width (non-)joiners U+200C and
   * U+200D are kept: Persian, Indic scripts and emoji sequences need them.
   */
  static boolean isRemovable(char c) {
    if (Character.getType(c) == Character.CONTROL) {
      return true;
    }
    return c == '\u00AD'
        || c == '\u061C'
        || c == '\u180E'
        || c == '\u200B'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u2066' && c <= '\u206F')
        || c == '\uFEFF'
        || (c >= '\uFFF9' && c <= '\uFFFB');
  }

  /** Curly quotes and primes to their ASCII form; other chars unchanged. */
  static char foldQuote(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
      default -> c;
    };
  }
}
