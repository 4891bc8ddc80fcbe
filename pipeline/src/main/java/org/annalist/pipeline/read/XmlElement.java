package org.annalist.pipeline.read;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small, immutable XML element: one corpus record, parsed on its own (see {@link XmlCorpus}).
 * Comments and processing instructions are dropped; an element commented out is therefore absent.
 *
 * @param name the element name
 * @param attributes attribute values by name
 * @param text the element's own character data (CDATA included), exactly as decoded
 * @param children the child elements in document order
 */
public record XmlElement(
    String name, Map<String, String> attributes, String text, List<XmlElement> children) {

  public XmlElement {
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
  }

  /** The first child with this name, or null. */
  public XmlElement child(String childName) {
    for (XmlElement child : children) {
      if (child.name.equals(childName)) {
        return child;
      }
    }
    return null;
  }

  /** The text of the first child with this name, or null when there is no such child. */
  public String childText(String childName) {
    XmlElement child = child(childName);
    return child == null ? null : child.text;
  }

  /** All children with this name, in document order. */
  public List<XmlElement> children(String childName) {
    List<XmlElement> named = new ArrayList<>();
    for (XmlElement child : children) {
      if (child.name.equals(childName)) {
        named.add(child);
      }
    }
    return named;
  }

  /** An attribute's value, or null. */
  public String attribute(String attributeName) {
    return attributes.get(attributeName);
  }

  /**
   * Parses one element (a whole record) from {@code xml}.
   *
   * @param factory a factory configured without DTDs or external entities
   * @throws XMLStreamException when the record is not well-formed
   */
  static XmlElement parse(XMLInputFactory factory, String xml) throws XMLStreamException {
    XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
    try {
      Deque<Builder> open = new ArrayDeque<>();
      XmlElement root = null;
      while (reader.hasNext()) {
        switch (reader.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
              attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
            open.push(new Builder(reader.getLocalName(), attributes));
          }
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (!open.isEmpty()) {
              open.peek().text.append(reader.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            XmlElement done = open.pop().build();
            if (open.isEmpty()) {
              root = done;
            } else {
              open.peek().children.add(done);
            }
          }
          default -> {
            // comments, processing instructions: not part of the record's data
          }
        }
      }
      if (root == null) {
        throw new XMLStreamException("no element");
      }
      return root;
    } finally {
      reader.close();
    }
  }

  private static final class Builder {
    private final String name;
    private final Map<String, String> attributes;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlElement> children = new ArrayList<>();

    Builder(String name, Map<String, String> attributes) {
      this.name = name;
      this.attributes = attributes;
    }

    XmlElement build() {
      return new XmlElement(name, attributes, text.toString(), children);
    }
  }
}
