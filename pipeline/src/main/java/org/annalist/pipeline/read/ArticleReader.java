package org.annalist.pipeline.read;

import java.util.function.Consumer;

/**
 * Reads the articles of one input in one format. Implementations are cheap, stateless apart from
 * their configuration, and not shared between threads.
 */
interface ArticleReader {
  /**
   * Passes each article (or rejected record) of {@code input} to {@code sink} as soon as it is
   * read.
   *
   * @throws BadInput when the input as a whole cannot be read; records already passed to the sink
   *     stay valid
   */
  void read(RawInput input, Consumer<ReadResult> sink) throws BadInput;
}
