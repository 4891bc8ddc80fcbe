package org.annalist.pipeline.eval.geo;

import java.io.IOException;

/**
 * A gold record that cannot be read. Gold is never skipped, since that would change the scores: the
 * whole file is refused. The message is one line, {@code FILE:LINE: record N: reason}, fit to show
 * a user as is.
 */
public final class GoldFormatException extends IOException {
  private final String origin;
  private final int position;

  /**
   * @param origin {@code file:line} where the record starts
   * @param position the record's number in the file, from 1
   * @param reason what is wrong, without the location
   */
  public GoldFormatException(String origin, int position, String reason) {
    super(origin + ": record " + position + ": " + reason);
    this.origin = origin;
    this.position = position;
  }

  /** {@code file:line} where the record starts. */
  public String origin() {
    return origin;
  }

  /** The record's number in the file, from 1. */
  public int position() {
    return position;
  }
}
