package org.annalist.pipeline.eval.geo;

import org.annalist.pipeline.read.XmlElement;

/** Field readers shared by the gold formats; each names the bad field in its message. */
final class GoldFields {
  private GoldFields() {}

  /** The text of a required child, exactly as written. */
  static String text(XmlElement element, String child, String where) throws BadRecord {
    String text = element.childText(child);
    if (text == null) {
      throw new BadRecord(where + "missing <" + child + ">");
    }
    return text;
  }

  /** A required attribute, stripped. */
  static String attribute(XmlElement element, String name, String where) throws BadRecord {
    String value = element.attribute(name);
    if (value == null || value.isBlank()) {
      throw new BadRecord(where + "missing " + name + " attribute");
    }
    return value.strip();
  }

  /** A required offset: a whole number of at least 0. */
  static int offset(XmlElement element, String child, String where) throws BadRecord {
    String text = text(element, child, where).strip();
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new BadRecord(where + "<" + child + "> is not a whole number: \"" + text + "\"");
    }
    if (value < 0) {
      throw new BadRecord(where + "<" + child + "> is negative: " + value);
    }
    return value;
  }

  /** An optional decimal child; null when it is absent or empty. */
  static Double decimal(XmlElement element, String child, String where) throws BadRecord {
    String text = element == null ? null : element.childText(child);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      double value = Double.parseDouble(text.strip());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRecord(where + "<" + child + "> is not a number: \"" + text.strip() + "\"");
  }

  /** A point from an optional latitude and longitude: null when both are absent. */
  static GeoPoint point(Double latitude, Double longitude, String where) throws BadRecord {
    if (latitude == null && longitude == null) {
      return null;
    }
    if (latitude == null || longitude == null) {
      throw new BadRecord(
          where + (latitude == null ? "longitude without latitude" : "latitude without longitude"));
    }
    try {
      return new GeoPoint(latitude, longitude);
    } catch (IllegalArgumentException e) {
      throw new BadRecord(where + e.getMessage());
    }
  }

  /** An optional GeoNames id; null when absent or empty. */
  static Long geonameId(String value, String where) throws BadRecord {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRecord(where + "GeoNames id is not a positive number: \"" + value.strip() + "\"");
  }

  /** A span from two offsets read as given. */
  static void checkSpan(int start, int end, String where) throws BadRecord {
    if (end <= start) {
      throw new BadRecord(where + "end " + end + " is not after start " + start);
    }
  }
}
