package org.annalist.model;

import java.util.Objects;

/**
 * Text the cleaner removed, with the reason and where it stood in the raw input.
 *
 * @param text the removed text, trimmed
 * @param raw its span in the raw text (not the cleaned text, where it no longer exists)
 * @param reason why it was removed, e.g. {@code advertisement}
 */
public record Noise(String text, Span raw, String reason) {
  public Noise {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(reason, "reason");
  }
}
