package org.annalist.model;

import java.util.Objects;

/**
 * An input that could not be processed, with the reason. Rejections are reported and kept; they
 * never stop a batch.
 *
 * @param origin the file, and line or record where it applies, e.g. {@code feed.jsonl:12}
 * @param reason one line saying what is wrong, e.g. {@code invalid JSON: unexpected end of input}
 */
public record Rejection(String origin, String reason) {
  public Rejection {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reason, "reason");
  }

  /** The one-line message shown to users. */
  public String message() {
    return origin + ": " + reason;
  }
}
