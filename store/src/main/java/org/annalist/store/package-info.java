/**
 * The embedded store: a data directory with a DuckDB database ({@code annalist.duckdb}) for the
 * tables and a Lucene index ({@code lucene/}) for full text, kept in step.
 *
 * <p>Use: {@link org.annalist.store.Store#open} a directory {@code READ_WRITE} to ingest (one
 * process at a time) or {@code READ_ONLY} to query (any number of processes, none writing); {@link
 * org.annalist.store.Ingestion} reads articles, extracts them on worker threads and writes batches;
 * {@code search}, {@code events}, {@code sql}, {@code stats} and {@code export} read.
 *
 * <p>Traps:
 *
 * <ul>
 *   <li>A batch is committed to DuckDB first and to Lucene second. A reader may therefore see an
 *       article in the tables that search cannot find yet (after a crash, until the next writable
 *       open re-indexes it), never the reverse.
 *   <li>The schema lives in {@code schema/V<n>.sql}; change it only by adding a migration, never by
 *       editing an applied one. A read-only open refuses a store that needs a migration.
 *   <li>User SQL runs only on a read-only store, on a connection without file, network or extension
 *       access and with its settings locked; {@code ReadOnlySql} also refuses every statement that
 *       is not one read.
 *   <li>DuckDB holds a lock per process: tests that open the same directory twice in one JVM get
 *       {@link org.annalist.store.StoreInUseException} just as a second process does.
 * </ul>
 */
package org.annalist.store;
