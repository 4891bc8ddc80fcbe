package org.annalist.pipeline.read;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How to read inputs.
 *
 * @param format the input format, or AUTO
 * @param defaultDate the date of articles whose input states none (from {@code --date}), or null
 * @param maxBytes the largest input file (after decompression) accepted; larger ones are rejected
 */
public record ReadOptions(InputFormat format, LocalDate defaultDate, long maxBytes) {
  /** 5 MB, the default size limit. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  public ReadOptions {
    Objects.requireNonNull(format, "format");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  public static ReadOptions defaults() {
    return new ReadOptions(InputFormat.AUTO, null, DEFAULT_MAX_BYTES);
  }
}
