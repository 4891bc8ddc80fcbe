package org.annalist.model;

import java.util.Objects;

/**
 * A date or time expression normalised against the article date.
 *
 * @param text the words as written
 * @param span where it stands in the cleaned text
 * @param sentence sentence index
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value, e.g. {@code 2024-03-12}, or null when it cannot be normalised
 */
public record TimeMention(String text, Span span, int sentence, String type, String value) {
  public TimeMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
  }
}
