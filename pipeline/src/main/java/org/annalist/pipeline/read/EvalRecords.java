package org.annalist.pipeline.read;

/** Field helpers shared by the evaluation corpus readers. */
final class EvalRecords {
  private EvalRecords() {}

  /**
   * The text of the record's {@code child}, exactly as written.
   *
   * @throws BadInput {@code missing <child>} or {@code empty text}
   */
  static String requiredText(XmlElement record, String child) throws BadInput {
    String text = record.childText(child);
    if (text == null) {
      throw new BadInput("missing <" + child + ">");
    }
    if (text.isBlank()) {
      throw new BadInput("empty text");
    }
    return text;
  }

  /**
   * A record attribute that serves as id.
   *
   * @throws BadInput {@code missing <attribute> attribute}
   */
  static String requiredAttribute(XmlElement record, String attribute) throws BadInput {
    String value = strippedOrNull(record.attribute(attribute));
    if (value == null) {
      throw new BadInput("missing " + attribute + " attribute");
    }
    return value;
  }

  /** The value stripped of surrounding whitespace, or null when it is null or blank. */
  static String strippedOrNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
