package org.annalist.pipeline.petrarch;

/**
 * A line of a dictionary file that could not be read, or could be read only in part. The line (or
 * the part named in the message) was skipped; the rest of the file was read.
 *
 * @param file the file, as the path it was read from
 * @param line 1-based line number; 0 when the problem concerns the whole file (missing, unreadable)
 *     or a configuration entry without a line
 * @param message what is wrong and what was skipped
 */
public record Problem(String file, int line, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
