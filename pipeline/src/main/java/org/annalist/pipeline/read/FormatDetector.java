package org.annalist.pipeline.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the format of an input for {@link InputFormat#AUTO}, from its name and first bytes.
 *
 * <ul>
 *   <li>{@code .jsonl}, {@code .ndjson}: JSONL; {@code .html}, {@code .htm}, {@code .xhtml}: HTML;
 *   <li>{@code .xml}: the evaluation corpus named by the root element ({@code LEWIS} or {@code
 *       REUTERS}: Reuters) and, under {@code <articles>}, by the first record ({@code docid}: LGL,
 *       {@code file}: GeoWebNews, a {@code <source>}: GeoVirus); other XML is rejected;
 *   <li>no extension (stdin among them): sniffed from the content, markup as above or HTML, a first
 *       line starting with an opening brace as JSONL, else as below;
 *   <li>anything else: SEED when the content starts with optional whitespace and {@code date
 *       YYYY-MM-DD}, else TEXT.
 * </ul>
 */
final class FormatDetector {
  /** How much of an input is looked at. */
  private static final int SNIFF_CHARS = 64 * 1024;

  private static final Pattern ELEMENT = Pattern.compile("<([A-Za-z_][\\w.:-]*)([^>]*)>?");
  private static final Pattern HTML_START =
      Pattern.compile("\\s*<(?:!doctype\\s+html|html[\\s>])", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOCID = Pattern.compile("\\bdocid\\s*=");
  private static final Pattern FILE = Pattern.compile("\\bfile\\s*=");

  private FormatDetector() {}

  /**
   * The format of {@code name} with content {@code bytes}.
   *
   * @throws BadInput for XML that is none of the known corpora
   */
  static InputFormat detect(String name, byte[] bytes) throws BadInput {
    String lower = name.toLowerCase(Locale.ROOT);
    String head = head(bytes);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return InputFormat.JSONL;
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return InputFormat.HTML;
    }
    if (lower.endsWith(".xml")) {
      return xmlFormat(head);
    }
    if (!hasExtension(name)) {
      return sniff(head);
    }
    return seedOrText(head);
  }

  private static InputFormat sniff(String head) throws BadInput {
    String start = head.stripLeading();
    if (HTML_START.matcher(start).lookingAt()) {
      return InputFormat.HTML;
    }
    if (start.startsWith("<")) {
      try {
        return xmlFormat(head);
      } catch (BadInput e) {
        if (start.startsWith("<?xml")) {
          throw e;
        }
        return InputFormat.HTML;
      }
    }
    if (start.startsWith("{")) {
      return InputFormat.JSONL;
    }
    return seedOrText(head);
  }

  private static InputFormat seedOrText(String head) {
    return SeedReader.DATE_LINE.matcher(head).lookingAt() ? InputFormat.SEED : InputFormat.TEXT;
  }

  /** The corpus format of an XML document, from its root element and first record. */
  static InputFormat xmlFormat(String head) throws BadInput {
    Matcher root = firstElement(head, 0);
    if (root == null) {
      throw new BadInput("unrecognised XML: no root element");
    }
    String rootName = root.group(1);
    switch (rootName) {
      case "LEWIS", "REUTERS" -> {
        return InputFormat.REUTERS;
      }
      case "articles", "article" -> {
        Matcher first = rootName.equals("article") ? root : firstElement(head, root.end());
        while (first != null && !first.group(1).equals("article")) {
          first = firstElement(head, first.end());
        }
        if (first != null) {
          String attributes = first.group(2);
          if (DOCID.matcher(attributes).find()) {
            return InputFormat.LGL;
          }
          if (FILE.matcher(attributes).find()) {
            return InputFormat.GWN;
          }
          Matcher child = firstElement(head, first.end());
          if (child != null && child.group(1).equals("source")) {
            return InputFormat.GEOVIRUS;
          }
        }
        throw new BadInput("unrecognised XML: <articles> of no known corpus");
      }
      default -> throw new BadInput("unrecognised XML: root element <" + rootName + ">");
    }
  }

  /** The first start tag at or after {@code from}, outside comments and declarations. */
  private static Matcher firstElement(String text, int from) {
    Matcher m = ELEMENT.matcher(text);
    int i = from;
    while (true) {
      int lt = text.indexOf('<', i);
      if (lt < 0) {
        return null;
      }
      int skipped = XmlCorpus.skipNonElement(text, lt);
      if (skipped >= 0) {
        i = skipped;
      } else if (m.find(lt) && m.start() == lt) {
        return m;
      } else {
        i = lt + 1;
      }
    }
  }

  private static boolean hasExtension(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot > slash + 1 && dot < name.length() - 1;
  }

  /** The first characters, decoded leniently: enough to see tags and a date line. */
  private static String head(byte[] bytes) {
    int start = TextBytes.hasUtf8Bom(bytes) ? 3 : 0;
    int length = Math.min(bytes.length - start, SNIFF_CHARS);
    return new String(bytes, start, length, StandardCharsets.UTF_8);
  }
}
