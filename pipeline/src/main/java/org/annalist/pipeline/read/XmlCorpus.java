package org.annalist.pipeline.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.annalist.model.Article;
import org.annalist.model.Rejection;

/**
 * Reads an XML corpus one record at a time, tolerantly.
 *
 * <p>The document is not parsed as a whole: a scanner finds each top-level record element (say
 * {@code <article>}), skipping comments, CDATA sections and processing instructions, and each
 * record is parsed on its own. A malformed record therefore becomes one rejection while the records
 * around it are still read. Records are numbered from 1 in document order and their origin is
 * {@code file:line}, the line where the record starts.
 *
 * <p>Readers of articles use {@link #read}; other code that needs the records themselves, such as
 * the readers of gold annotations, uses {@link #scan} and decides itself what a malformed record
 * means. One instance may be used for many documents, but not by two threads at once.
 */
public final class XmlCorpus {
  /** Receives the records of a document, in order. */
  public interface RecordHandler {
    /**
     * A well-formed record.
     *
     * @param record the parsed record
     * @param position the record's number in the document, from 1
     * @param origin {@code file:line} of the record
     * @throws IOException to stop reading; it reaches the caller of {@link #scan}
     */
    void record(XmlElement record, int position, String origin) throws IOException;

    /**
     * A record that is not well-formed, or not closed (then it is the last one).
     *
     * @param position the record's number in the document, from 1
     * @param origin {@code file:line} of the record
     * @param reason what is wrong, in one line, e.g. {@code invalid XML: ...}
     * @throws IOException to stop reading; it reaches the caller of {@link #scan}
     */
    void malformed(int position, String origin, String reason) throws IOException;
  }

  /** Turns one parsed record into an article, or nothing when the record is to be skipped. */
  @FunctionalInterface
  interface RecordMapper {
    /**
     * @param record the parsed record
     * @param position the record's number in the file, from 1
     * @param origin {@code file:line} of the record
     * @throws BadInput when the record cannot become an article; it is rejected
     */
    Optional<Article> map(XmlElement record, int position, String origin) throws BadInput;
  }

  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final int DECLARATION_BYTES = 256;

  private final String recordTag;
  private final Charset forcedCharset;
  private final XMLInputFactory factory;

  /**
   * A corpus whose records are {@code <recordTag>} elements, decoded as the document declares
   * (UTF-8 when it declares nothing).
   */
  public XmlCorpus(String recordTag) {
    this(recordTag, null);
  }

  /**
   * @param recordTag the name of the record element
   * @param forcedCharset the charset to decode with whatever the file declares, or null to follow
   *     the declaration (UTF-8 when there is none)
   */
  XmlCorpus(String recordTag, Charset forcedCharset) {
    this.recordTag = recordTag;
    this.forcedCharset = forcedCharset;
    this.factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /**
   * Passes each record of {@code input} to {@code mapper}, and its article or rejection to {@code
   * sink}.
   *
   * @throws BadInput when the file cannot be decoded or holds no record at all
   */
  void read(RawInput input, RecordMapper mapper, Consumer<ReadResult> sink) throws BadInput {
    String content = decode(input.bytes());
    int records =
        each(
            content,
            input.origin(),
            (position, origin, record, problem) -> {
              if (record == null) {
                sink.accept(reject(origin, problem));
                return;
              }
              try {
                Optional<Article> article = mapper.map(record, position, origin);
                article.ifPresent(a -> sink.accept(new ReadResult.Ok(a)));
              } catch (BadInput e) {
                sink.accept(reject(origin, e.reason()));
              }
            });
    if (records == 0) {
      throw new BadInput(noRecords());
    }
  }

  /**
   * Passes each record of a document to {@code handler}: parsed, or with the reason it is
   * malformed. Reading goes on after a malformed record unless the handler throws.
   *
   * @param origin the file name used in origins and messages
   * @param bytes the document
   * @throws IOException when the document cannot be decoded or holds no record at all (the message
   *     starts with {@code origin: }), or what the handler throws
   */
  public void scan(String origin, byte[] bytes, RecordHandler handler) throws IOException {
    String content;
    try {
      content = decode(bytes);
    } catch (BadInput e) {
      throw new IOException(origin + ": " + e.reason(), e);
    }
    int records =
        each(
            content,
            origin,
            (position, at, record, problem) -> {
              if (record == null) {
                handler.malformed(position, at, problem);
              } else {
                handler.record(record, position, at);
              }
            });
    if (records == 0) {
      throw new IOException(origin + ": " + noRecords());
    }
  }

  /** What {@link #each} hands on: a parsed record, or null and the reason there is none. */
  @FunctionalInterface
  private interface Visitor<E extends Exception> {
    void visit(int position, String origin, XmlElement record, String problem) throws E;
  }

  /** Visits each record of the decoded document; returns how many there were. */
  private <E extends Exception> int each(String content, String origin, Visitor<E> visitor)
      throws E {
    RecordScanner scanner = new RecordScanner(content, recordTag);
    int position = 0;
    for (RecordSpan span = scanner.next(); span != null; span = scanner.next()) {
      position++;
      String at = origin + ":" + span.line();
      if (span.end() < 0) {
        visitor.visit(position, at, null, "unterminated <" + recordTag + "> element");
        break;
      }
      XmlElement record;
      try {
        record = XmlElement.parse(factory, content.substring(span.start(), span.end()));
      } catch (XMLStreamException e) {
        visitor.visit(position, at, null, "invalid XML: " + streamMessage(e));
        continue;
      }
      visitor.visit(position, at, record, null);
    }
    return position;
  }

  private String noRecords() {
    return "no <" + recordTag + "> records found";
  }

  private String decode(byte[] bytes) throws BadInput {
    if (forcedCharset != null) {
      return new String(bytes, forcedCharset);
    }
    String head =
        new String(
            bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_ENCODING.matcher(TextBytes.hasUtf8Bom(bytes) ? head.substring(3) : head);
    if (!m.find()) {
      return TextBytes.decodeUtf8(bytes);
    }
    String name = m.group(1);
    Charset declared;
    try {
      declared = Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new BadInput("unsupported encoding: " + name);
    }
    return declared.equals(StandardCharsets.UTF_8)
        ? TextBytes.decodeUtf8(bytes)
        : new String(bytes, declared);
  }

  private static ReadResult reject(String origin, String reason) {
    return new ReadResult.Rejected(new Rejection(origin, reason));
  }

  /** The JDK parser's message without its position prefix, on one line. */
  private static String streamMessage(XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int at = message.indexOf("Message:");
    if (at >= 0) {
      message = message.substring(at + "Message:".length());
    }
    return JsonlReader.shortMessage(message);
  }

  /**
   * Where a record is in the decoded text.
   *
   * @param start the index of its {@code <}
   * @param end the index after its end tag, or -1 when it is not closed
   * @param line its first line, from 1
   */
  record RecordSpan(int start, int end, int line) {}

  /** Finds the top-level record elements of a document, in order. */
  static final class RecordScanner {
    private final String text;
    private final String tag;
    private int position;
    private int line = 1;
    private int lineCountedTo;

    RecordScanner(String text, String tag) {
      this.text = text;
      this.tag = tag;
    }

    /** The next record, or null when there is none. */
    RecordSpan next() {
      while (position < text.length()) {
        int lt = text.indexOf('<', position);
        if (lt < 0) {
          position = text.length();
          return null;
        }
        int skipped = skipNonElement(text, lt);
        if (skipped >= 0) {
          position = skipped;
        } else if (namesTag(text, lt + 1, tag)) {
          int end = elementEnd(lt);
          position = end < 0 ? text.length() : end;
          return new RecordSpan(lt, end, lineAt(lt));
        } else {
          position = lt + 1;
        }
      }
      return null;
    }

    private int lineAt(int index) {
      for (int i = lineCountedTo; i < index; i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      lineCountedTo = index;
      return line;
    }

    /** The index after the end tag matching the start tag at {@code start}, or -1. */
    private int elementEnd(int start) {
      int gt = tagEnd(text, start);
      if (gt < 0) {
        return -1;
      }
      if (text.charAt(gt - 1) == '/') {
        return gt + 1;
      }
      int depth = 1;
      int i = gt + 1;
      while (true) {
        int lt = text.indexOf('<', i);
        if (lt < 0) {
          return -1;
        }
        int skipped = skipNonElement(text, lt);
        if (skipped >= 0) {
          i = skipped;
          continue;
        }
        boolean closing = lt + 1 < text.length() && text.charAt(lt + 1) == '/';
        if (namesTag(text, closing ? lt + 2 : lt + 1, tag)) {
          int end = tagEnd(text, lt);
          if (end < 0) {
            return -1;
          }
          if (closing) {
            depth--;
          } else if (text.charAt(end - 1) != '/') {
            depth++;
          }
          if (depth == 0) {
            return end + 1;
          }
          i = end + 1;
        } else {
          i = lt + 1;
        }
      }
    }
  }

  /**
   * When a comment, CDATA section, processing instruction or declaration starts at {@code lt}, the
   * index after it (the text's length when it is not closed); else -1.
   */
  static int skipNonElement(String text, int lt) {
    if (text.startsWith("<!--", lt)) {
      return after(text, "-->", lt + 4);
    }
    if (text.startsWith("<![CDATA[", lt)) {
      return after(text, "]]>", lt + 9);
    }
    if (text.startsWith("<?", lt)) {
      return after(text, "?>", lt + 2);
    }
    if (text.startsWith("<!", lt)) {
      return after(text, ">", lt + 2);
    }
    return -1;
  }

  private static int after(String text, String terminator, int from) {
    int at = text.indexOf(terminator, from);
    return at < 0 ? text.length() : at + terminator.length();
  }

  /** Whether the tag name starting at {@code index} is {@code tag}. */
  static boolean namesTag(String text, int index, String tag) {
    if (!text.startsWith(tag, index)) {
      return false;
    }
    int next = index + tag.length();
    if (next >= text.length()) {
      return false;
    }
    char c = text.charAt(next);
    return c == '>' || c == '/' || Character.isWhitespace(c);
  }

  /** The index of the {@code >} closing the tag that starts at {@code lt}, or -1. */
  static int tagEnd(String text, int lt) {
    char quote = 0;
    for (int i = lt + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    return -1;
  }
}
