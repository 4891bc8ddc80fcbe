package org.annalist.pipeline.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads PETRARCH validation files: {@code <Sentence date="YYYYMMDD" id category>} elements with
 * {@code <EventCoding sourcecode targetcode eventcode>} (several, or one with {@code noevents} or
 * {@code error}), {@code <Text>} and a Penn Treebank {@code <Parse>}. A record without text, id or
 * date is an error naming it; the file is read as XML with external entities off.
 */
public final class PetrarchRecords {
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private PetrarchRecords() {}

  public static List<PetrarchRecord> read(Path file) throws IOException {
    Document doc = parse(file);
    return records(file, doc);
  }

  private static Document parse(Path file) throws IOException {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      doc = f.newDocumentBuilder().parse(file.toFile());
    } catch (SAXException e) {
      throw new IOException(file + ": not well-formed XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    return doc;
  }

  private static List<PetrarchRecord> records(Path file, Document doc) throws IOException {
    NodeList sentences = doc.getElementsByTagName("Sentence");
    List<PetrarchRecord> out = new ArrayList<>();
    for (int i = 0; i < sentences.getLength(); i++) {
      Element s = (Element) sentences.item(i);
      String id = s.getAttribute("id").strip();
      if (id.isEmpty()) {
        throw new IOException(file + ": sentence " + (i + 1) + " has no id");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(s.getAttribute("date").strip(), DATE);
      } catch (DateTimeParseException e) {
        throw new IOException(file + ": " + id + ": invalid date " + s.getAttribute("date"), e);
      }
      String text = childText(s, "Text");
      if (text == null || text.isBlank()) {
        throw new IOException(file + ": " + id + ": no text");
      }
      Set<PetrarchRecord.Coding> expected = new HashSet<>();
      String error = null;
      NodeList codings = s.getElementsByTagName("EventCoding");
      for (int k = 0; k < codings.getLength(); k++) {
        Element c = (Element) codings.item(k);
        if (c.hasAttribute("error")) {
          error = c.getAttribute("error").strip();
        } else if (!c.hasAttribute("noevents")) {
          expected.add(
              new PetrarchRecord.Coding(
                  c.getAttribute("sourcecode").strip(),
                  c.getAttribute("targetcode").strip(),
                  c.getAttribute("eventcode").strip()));
        }
      }
      out.add(
          new PetrarchRecord(
              id,
              s.getAttribute("category").strip(),
              date,
              text.strip().replaceAll("\\s+", " "),
              expected,
              error,
              blankToNull(childText(s, "Parse"))));
    }
    return out;
  }

  /**
   * The dictionary files the records were written for, from the file's {@code <Environment>}:
   * element name (Verbfile, Actorfile, Agentfile, Discardfile) to file name; empty when none.
   */
  public static java.util.Map<String, String> environment(Path file) throws IOException {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    Document doc = parse(file);
    NodeList env = doc.getElementsByTagName("Environment");
    if (env.getLength() == 0) {
      return out;
    }
    NodeList children = env.item(0).getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && !e.getTextContent().isBlank()) {
        out.put(e.getTagName(), e.getTextContent().strip());
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern ATTRIBUTE =
      java.util.regex.Pattern.compile("([A-Za-z]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  /**
   * Reads UniversalPetrarch's validation file, which is not well-formed XML: each {@code <Sentence
   * .../>} is self-closing and followed, up to the next one, by its {@code <EventCoding .../>}
   * lines, a {@code <Text>} block and a CoNLL-U {@code <Parse>}; {@code <Environment>} names the
   * dictionaries as in the other format. A sentence without text, id or date is an error naming it.
   */
  public static List<PetrarchRecord> readSilver(Path file) throws IOException {
    List<String> lines = java.nio.file.Files.readAllLines(file);
    List<PetrarchRecord> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i).strip();
      if (!isSentence(line)) {
        i++;
        continue;
      }
      java.util.Map<String, String> attrs = attributes(line);
      String id = attrs.getOrDefault("id", "").strip();
      if (id.isEmpty()) {
        throw new IOException(file + ":" + (i + 1) + ": a sentence has no id");
      }
      LocalDate date;
      try {
        date = silverDate(attrs.getOrDefault("date", "").strip());
      } catch (DateTimeParseException e) {
        throw new IOException(file + ": " + id + ": invalid date " + attrs.get("date"), e);
      }
      Set<PetrarchRecord.Coding> expected = new HashSet<>();
      StringBuilder text = null;
      StringBuilder words = new StringBuilder();
      StringBuilder parse = new StringBuilder();
      boolean inText = false;
      boolean inParse = false;
      int j = i + 1;
      for (; j < lines.size() && !isSentence(lines.get(j).strip()); j++) {
        String l = lines.get(j).strip();
        if (l.startsWith("<Parse>")) {
          inParse = true;
        } else if (l.startsWith("</Parse>")) {
          inParse = false;
        } else if (inParse) {
          // A CoNLL-U token line: the word, and whether a space follows it.
          String[] c = l.split("\t");
          if (c.length >= 10 && c[0].matches("\\d+")) {
            words.append(c[1]).append(c[9].contains("SpaceAfter=No") ? "" : " ");
            if (c[0].equals("1") && parse.length() > 0) {
              parse.append('\n'); // a blank line between sentences
            }
            parse.append(l).append('\n');
          }
        }
        if (l.startsWith("<EventCoding")) {
          java.util.Map<String, String> c = attributes(l);
          if (c.containsKey("eventcode")) {
            expected.add(
                new PetrarchRecord.Coding(
                    c.getOrDefault("sourcecode", "").strip(),
                    c.getOrDefault("targetcode", "").strip(),
                    c.get("eventcode").strip()));
          }
        } else if (l.startsWith("<Text>")) {
          inText = true;
          text = new StringBuilder(l.substring(6));
        } else if (inText) {
          text.append(' ').append(l);
        }
        if (inText && text.indexOf("</Text>") >= 0) {
          text.setLength(text.indexOf("</Text>"));
          inText = false;
        }
      }
      if (text == null || text.toString().isBlank()) {
        // Some records give their sentence only as the words of its parse.
        text = words;
      }
      if (text.toString().isBlank()) {
        throw new IOException(file + ": " + id + ": no text");
      }
      out.add(
          new PetrarchRecord(
              id,
              attrs.getOrDefault("category", "").strip(),
              date,
              text.toString().strip().replaceAll("\\s+", " "),
              expected,
              null,
              blankToNull(parse.toString())));
      i = j;
    }
    return out;
  }

  /**
   * The dictionary files a silver file's {@code <Environment>} names, read from its lines (the file
   * is not XML).
   */
  public static java.util.Map<String, String> silverEnvironment(Path file) throws IOException {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<(\\w+file)>([^<]*)</\\1>")
            .matcher(java.nio.file.Files.readString(file));
    while (m.find()) {
      out.putIfAbsent(m.group(1), m.group(2).strip());
    }
    return out;
  }

  /** YYYYMMDD, or YYMMDD with 00-30 read as 20YY and 31-99 as 19YY (as PETRARCH reads them). */
  static LocalDate silverDate(String value) {
    if (value.matches("\\d{6}")) {
      int yy = Integer.parseInt(value.substring(0, 2));
      value = (yy <= 30 ? "20" : "19") + value;
    }
    return LocalDate.parse(value, DATE);
  }

  private static boolean isSentence(String line) {
    return line.startsWith("<Sentence ") || line.startsWith("<Sentence>");
  }

  private static java.util.Map<String, String> attributes(String tag) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    java.util.regex.Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String childText(Element parent, String tag) {
    NodeList n = parent.getElementsByTagName(tag);
    return n.getLength() == 0 ? null : n.item(0).getTextContent();
  }
}
