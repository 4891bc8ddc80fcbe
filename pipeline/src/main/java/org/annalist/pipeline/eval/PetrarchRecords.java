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
 * {@code error}), {@code <Text>} and a {@code <Parse>} that is not used (the text is parsed again).
 * A record without text, id or date is an error naming it; the file is read as XML with external
 * entities off.
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
              error));
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

  private static String childText(Element parent, String tag) {
    NodeList n = parent.getElementsByTagName(tag);
    return n.getLength() == 0 ? null : n.item(0).getTextContent();
  }
}
