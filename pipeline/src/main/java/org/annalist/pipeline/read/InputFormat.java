package org.annalist.pipeline.read;

import java.util.Locale;

/** Input formats. {@link #AUTO} picks one from the file name and content. */
public enum InputFormat {
  AUTO,
  /** A leading {@code date YYYY-MM-DD} then the body, which may begin on the same line. */
  SEED,
  /** Plain text; the date comes from {@code --date}, else it is unknown and flagged. */
  TEXT,
  /** One JSON object per line: id, url, source, title, date, text. */
  JSONL,
  /** An HTML page; the main text is extracted and page chrome removed. */
  HTML,
  /** GeoVirus XML (evaluation corpus). */
  GEOVIRUS,
  /** Reuters-21578 SGML-like XML (evaluation corpus). */
  REUTERS,
  /** LGL XML (evaluation corpus). */
  LGL,
  /** GeoWebNews XML (evaluation corpus). */
  GWN;

  /** The name used on the command line. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
