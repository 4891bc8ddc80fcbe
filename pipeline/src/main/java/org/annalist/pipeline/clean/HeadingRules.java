package org.annalist.pipeline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.model.Block;

/**
 * Decides which lines of a paragraph are section headings. Immutable and thread-safe.
 *
 * <p>A line is <em>heading-like</em> when it is short, has a letter or digit, and does not end like
 * a sentence or a broken-off clause (final punctuation, looking through closing brackets, or a
 * dangling English article or conjunction). A paragraph of one line is a heading when it is
 * heading-like. Inside a paragraph of several lines (joined by single line breaks) a line is only
 * split off as a heading when the text around it shows the break is deliberate:
 *
 * <ul>
 *   <li>it does not start in lower case;
 *   <li>the line before (if any) ends a sentence or is itself a heading;
 *   <li>the line after (if any) does not start in lower case, and its first word would have fit on
 *       this line within the width of the paragraph's longest line, so the break is not a wrap;
 *   <li>the line after (if any) reads as a whole paragraph (it ends a sentence or is longer than a
 *       heading), or is itself such a heading.
 * </ul>
 *
 * <p>The last two tests keep the short lines of hard-wrapped text inside their paragraph.
 */
final class HeadingRules {
  /** Final chars that make a line a sentence or a clause that goes on: never a heading. */
  private static final String NOT_HEADING_END =
      ".!?:;,\"'\u2018\u2019\u201C\u201D\u00BB\u203A\u2026-\u2010\u2011\u2012\u2013\u2014"
          + "\u3002\uFF01\uFF1F\uFF1A\uFF1B\uFF0C\u3001\u061F\u060C\u061B\u06D4\u0964\u0965"
          + "\u0589\u1362";

  /** Closing brackets looked through: {@code (He left.)} ends like a sentence. */
  private static final String CLOSERS = ")]}";

  /** Final chars that end a sentence, so that the next line may start a heading. */
  private static final String SENTENCE_END =
      ".!?\"'\u2019\u201D\u00BB\u203A\u2026\u3002\uFF01\uFF1F\u061F\u06D4\u0964\u0965\u0589\u1362";

  /** English words a heading does not end with but a broken-off line does ("... built by the"). */
  private static final Set<String> DANGLING =
      Set.of(
          "a", "an", "the", "and", "or", "but", "nor", "of", "by", "to", "with", "from", "at",
          "than", "as", "that");

  /** A block in the making: consecutive lines and their type. */
  record Piece(List<TextLine> lines, Block.Type type) {
    Piece {
      lines = List.copyOf(lines);
    }
  }

  private final int maxWords;
  private final int maxChars;

  HeadingRules(int maxWords, int maxChars) {
    this.maxWords = maxWords;
    this.maxChars = maxChars;
  }

  /** Splits one paragraph (its non-blank lines, in order) into headings and paragraphs. */
  List<Piece> split(List<TextLine> group) {
    int n = group.size();
    if (n == 1) {
      TextLine line = group.get(0);
      return List.of(
          new Piece(group, headingLike(line.text()) ? Block.Type.HEADING : Block.Type.PARAGRAPH));
    }
    int width = 0;
    for (TextLine line : group) {
      width = Math.max(width, line.length());
    }
    // Backwards: could line i be a heading, given that the line before it allows one? It could
    // when the lines after it are more headings and then a paragraph that starts on the next line.
    boolean[] could = new boolean[n];
    for (int i = n - 1; i >= 0; i--) {
      String text = group.get(i).text();
      could[i] =
          headingLike(text)
              && !startsLowerCase(text)
              && (i == n - 1
                  || (startsAfter(group.get(i), group.get(i + 1), width)
                      && (could[i + 1] || isParagraphLine(group.get(i + 1).text()))));
    }
    List<Piece> pieces = new ArrayList<>();
    List<TextLine> paragraph = new ArrayList<>();
    boolean previousHeading = false;
    for (int i = 0; i < n; i++) {
      TextLine line = group.get(i);
      boolean heading =
          could[i] && (i == 0 || previousHeading || endsSentence(group.get(i - 1).text()));
      if (heading) {
        if (!paragraph.isEmpty()) {
          pieces.add(new Piece(paragraph, Block.Type.PARAGRAPH));
          paragraph.clear();
        }
        pieces.add(new Piece(List.of(line), Block.Type.HEADING));
      } else {
        paragraph.add(line);
      }
      previousHeading = heading;
    }
    if (!paragraph.isEmpty()) {
      pieces.add(new Piece(paragraph, Block.Type.PARAGRAPH));
    }
    return pieces;
  }

  /** Short, with a letter or digit, not ending like a sentence; {@code text} is normalised. */
  boolean headingLike(String text) {
    if (text.isEmpty() || text.length() > maxChars) {
      return false;
    }
    int last = text.length() - 1;
    while (last > 0 && CLOSERS.indexOf(text.charAt(last)) >= 0) {
      last--;
    }
    if (NOT_HEADING_END.indexOf(text.charAt(last)) >= 0) {
      return false;
    }
    int words = 1;
    boolean letterOrDigit = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp == ' ') {
        words++;
      } else if (Character.isLetterOrDigit(cp)) {
        letterOrDigit = true;
      }
      i += Character.charCount(cp);
    }
    return letterOrDigit && words <= maxWords && !endsWithDanglingWord(text);
  }

  private static boolean endsWithDanglingWord(String text) {
    String last = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return DANGLING.contains(last);
  }

  /**
   * Whether {@code next} starts afresh after {@code line}: not in lower case, and its first word
   * would have fit on {@code line} within {@code width}, the longest line of the paragraph.
   */
  private static boolean startsAfter(TextLine line, TextLine next, int width) {
    String after = next.text();
    int firstWord = after.indexOf(' ');
    if (firstWord < 0) {
      firstWord = after.length();
    }
    return !startsLowerCase(after) && line.length() + 1 + firstWord <= width;
  }

  /** A line that reads as a whole paragraph: it ends a sentence, or is too long for a heading. */
  private boolean isParagraphLine(String text) {
    return text.length() > maxChars || endsSentence(text);
  }

  private static boolean startsLowerCase(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        return Character.isLowerCase(cp);
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean endsSentence(String text) {
    return !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
  }
}
