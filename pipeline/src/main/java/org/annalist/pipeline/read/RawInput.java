package org.annalist.pipeline.read;

import java.util.Objects;

/**
 * The bytes of one input, already decompressed, as handed to an {@link ArticleReader}. The array is
 * shared, not copied: readers must not change it.
 *
 * @param origin the path (or {@code stdin}) used in messages and as {@code Article.origin}
 * @param name the file name used to detect the format, without any {@code .gz} suffix
 * @param bytes the content
 */
record RawInput(String origin, String name, byte[] bytes) {
  RawInput {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }
}
