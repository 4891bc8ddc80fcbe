package org.annalist.pipeline.read;

/**
 * A problem with one input or record, described in one line. It never reaches callers of {@link
 * ArticleSources}: it becomes a {@link ReadResult.Rejected} for that input.
 */
final class BadInput extends Exception {
  BadInput(String reason) {
    super(reason, null, false, false);
  }

  /** The one-line reason, e.g. {@code empty file}. */
  String reason() {
    return getMessage();
  }
}
