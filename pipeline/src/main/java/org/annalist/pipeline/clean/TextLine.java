package org.annalist.pipeline.clean;

/**
 * One raw line after normalisation: its text and, for every char of it, the raw offset it came
 * from. Package-private working state of the {@link Cleaner}; never shared.
 */
final class TextLine {
  private final String text;
  private final int[] raw;
  private final int terminator;
  private final boolean endsParagraph;

  /**
   * @param text the normalised text, trimmed, single spaces
   * @param raw the raw offset of each char of {@code text}
   * @param terminator the raw offset of the line break after the line, or the raw length
   * @param endsParagraph whether the line break is a paragraph separator (U+2029)
   */
  TextLine(String text, int[] raw, int terminator, boolean endsParagraph) {
    this.text = text;
    this.raw = raw;
    this.terminator = terminator;
    this.endsParagraph = endsParagraph;
  }

  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  boolean isBlank() {
    return text.isEmpty();
  }

  /** The raw offset of the {@code i}th char of the text. */
  int rawAt(int i) {
    return raw[i];
  }

  /** The raw offset of the first char; the line must not be blank. */
  int rawStart() {
    return raw[0];
  }

  /** The raw offset after the last char; the line must not be blank. */
  int rawEnd() {
    return raw[raw.length - 1] + 1;
  }

  int terminator() {
    return terminator;
  }

  boolean endsParagraph() {
    return endsParagraph;
  }
}
