package org.annalist.pipeline.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads CoNLL-2003 column files: one token per line, whitespace-separated columns with the token
 * first and the NER tag last, a blank line after each sentence, and {@code -DOCSTART-} lines
 * between documents. Tags may be IOB1 or IOB2, even mixed; see {@link IobLabel} for the rule.
 *
 * <p>Every token line of a file must have the same number of columns (at least two). A bad line
 * stops reading with a {@link ConllFormatException} whose message is {@code FILE:LINE: reason}.
 * Stateless and thread-safe.
 */
public final class ConllReader {
  /** The first column of a line that separates documents. */
  public static final String DOCSTART = "-DOCSTART-";

  private static final Pattern COLUMNS = Pattern.compile("\\s+");

  private ConllReader() {}

  /**
   * Reads a UTF-8 file; error messages name it as {@code file.toString()}. The whole file is
   * decoded first, so that a byte that is not UTF-8 is reported on its own line.
   */
  public static List<ConllSentence> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new ConllFormatException(file.toString(), line, "not valid UTF-8");
    }
    return read(new StringReader(out.flip().toString()), file.toString());
  }

  /**
   * Reads CoNLL text from a reader, which is not closed.
   *
   * @param source the name error messages give the input
   */
  public static List<ConllSentence> read(Reader reader, String source) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    BufferedReader in =
        reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
    List<ConllSentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<IobLabel> labels = new ArrayList<>();
    int document = 0;
    boolean documentHasSentences = false;
    int firstLine = 0;
    int columns = 0;
    int columnsLine = 0;
    int lineNumber = 0;
    while (true) {
      String raw = in.readLine();
      if (raw == null) {
        break;
      }
      lineNumber++;
      if (lineNumber == 1 && raw.startsWith("\uFEFF")) {
        raw = raw.substring(1);
      }
      String line = raw.strip();
      boolean docStart = line.startsWith(DOCSTART) && COLUMNS.split(line)[0].equals(DOCSTART);
      if (line.isEmpty() || docStart) {
        if (!tokens.isEmpty()) {
          sentences.add(new ConllSentence(document, firstLine, tokens, IobLabel.decode(labels)));
          documentHasSentences = true;
          tokens.clear();
          labels.clear();
        }
        if (docStart && documentHasSentences) {
          document++;
          documentHasSentences = false;
        }
        continue;
      }
      String[] cells = COLUMNS.split(line);
      if (cells.length < 2) {
        throw new ConllFormatException(
            source, lineNumber, "expected a token and a tag, found only \"" + cells[0] + "\"");
      }
      if (columns == 0) {
        columns = cells.length;
        columnsLine = lineNumber;
      } else if (cells.length != columns) {
        throw new ConllFormatException(
            source,
            lineNumber,
            "expected "
                + columns
                + " columns as on line "
                + columnsLine
                + ", found "
                + cells.length);
      }
      String tag = cells[cells.length - 1];
      IobLabel label = IobLabel.parse(tag, false);
      if (label == null) {
        throw new ConllFormatException(source, lineNumber, "unknown tag \"" + tag + "\"");
      }
      if (tokens.isEmpty()) {
        firstLine = lineNumber;
      }
      tokens.add(cells[0]);
      labels.add(label);
    }
    if (!tokens.isEmpty()) {
      sentences.add(new ConllSentence(document, firstLine, tokens, IobLabel.decode(labels)));
    }
    return List.copyOf(sentences);
  }
}
