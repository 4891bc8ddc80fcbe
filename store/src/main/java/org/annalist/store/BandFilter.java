package org.annalist.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A Bloom filter over the stored MinHash band hashes: it says whether a band hash may be stored, so
 * that a batch whose articles share no band with any stored article (nearly every batch) costs no
 * query for near-duplicate candidates. A false answer is exact; a true one is checked against the
 * table. About 20 bytes per stored article; sized for twice the stored bands and rebuilt larger
 * when full.
 */
final class BandFilter {
  private static final int PROBES = 7;
  private static final long BITS_PER_ENTRY = 10;
  private static final long MIN_BITS = 1L << 20;

  private final long[] words;
  private final long mask;
  private final long capacity;
  private long entries;

  private BandFilter(long expected) {
    long bits = Long.highestOneBit(Math.max(MIN_BITS, expected * BITS_PER_ENTRY) - 1) << 1;
    this.words = new long[(int) (bits >>> 6)];
    this.mask = bits - 1;
    this.capacity = bits / BITS_PER_ENTRY;
  }

  /** A filter holding every band hash of the store. */
  static BandFilter load(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      long stored;
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM article_bands")) {
        rs.next();
        stored = rs.getLong(1);
      }
      BandFilter f = new BandFilter(Math.max(1, stored * 2));
      try (ResultSet rs = s.executeQuery("SELECT hash FROM article_bands")) {
        while (rs.next()) {
          f.add(rs.getLong(1));
        }
      }
      return f;
    }
  }

  /** Whether the hash may have been added: false means it was not. */
  boolean mightContain(long hash) {
    for (int i = 0; i < PROBES; i++) {
      long bit = bit(hash, i);
      if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  void add(long hash) {
    for (int i = 0; i < PROBES; i++) {
      long bit = bit(hash, i);
      words[(int) (bit >>> 6)] |= 1L << bit;
    }
    entries++;
  }

  /** The i-th probe of a hash: double hashing on its two halves. */
  private long bit(long hash, int i) {
    int h1 = (int) hash;
    int h2 = (int) (hash >>> 32) | 1;
    return (h1 + (long) i * h2) & mask;
  }

  /** Whether it holds more entries than it was sized for (its false positives then rise). */
  boolean full() {
    return entries > capacity;
  }
}
