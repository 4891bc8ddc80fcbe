package org.annalist.store;

/**
 * What one {@link Store#write} stored.
 *
 * @param seq the batch's ingest sequence number (0 when nothing new was written)
 * @param stored articles stored
 * @param duplicates articles skipped because their content hash or URL was already stored
 * @param rejected rejections stored (a rejection already stored is not counted)
 * @param events events stored
 */
public record BatchResult(long seq, int stored, int duplicates, int rejected, int events) {}
