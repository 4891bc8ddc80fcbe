package org.annalist.store;

import java.nio.file.Path;

/**
 * The questions a reader asks a store. A {@link Store} answers them itself; while another process
 * writes the store, that process answers them through its query relay (module {@code server}), so
 * the commands that read do not care which.
 */
public interface StoreQueries extends AutoCloseable {
  /** Full-text search with filters, best first. */
  SearchResult search(SearchQuery q);

  /** Stored events matching a filter, a page at a time. */
  ResultTable events(EventFilter f, int limit, int offset);

  /** One query that reads; anything else is refused with a clear message. */
  ResultTable sql(String query, int maxRows);

  /** Counts, date range and the most frequent actors, codes and places. */
  StoreStats stats(int top);

  /** Rejected inputs with their reasons, a page at a time. */
  ResultTable rejected(int limit, int offset);

  /** Writes the events (or GKG records) matching a filter into a new file in {@code outDir}. */
  Export.Result export(Export.Format format, EventFilter filter, Path outDir);

  /** Where the store is. */
  Path dir();

  @Override
  void close();
}
