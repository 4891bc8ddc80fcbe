package org.annalist.pipeline.eval;

import java.io.IOException;

/**
 * A line of a CoNLL file that cannot be read. The message is one line, {@code FILE:LINE: reason},
 * fit to show a user as is.
 */
public final class ConllFormatException extends IOException {
  private final String source;
  private final int line;

  /**
   * @param source the file name as the user gave it
   * @param line the bad line, from 1
   * @param reason what is wrong, without the location
   */
  public ConllFormatException(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason);
    this.source = source;
    this.line = line;
  }

  /** The file name as the user gave it. */
  public String source() {
    return source;
  }

  /** The bad line, from 1. */
  public int line() {
    return line;
  }
}
