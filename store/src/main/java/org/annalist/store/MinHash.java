package org.annalist.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures of texts over word 4-shingles, and their locality-sensitive band hashes: the
 * near-duplicate test behind stories. Deterministic: the same text gives the same signature in any
 * process.
 */
final class MinHash {
  static final int HASHES = 64;
  static final int BANDS = 16;
  static final int ROWS = HASHES / BANDS;
  static final int SHINGLE = 4;

  /** Estimated similarity at or above which two articles are near-duplicates. */
  static final double THRESHOLD = 0.6;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      SEEDS[i] = x;
    }
  }

  private MinHash() {}

  /** The signature of a text: for each of 64 hash functions, the least hash of its shingles. */
  static long[] signature(String text) {
    String[] words =
        Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            .filter(w -> !w.isEmpty())
            .toArray(String[]::new);
    Set<Long> shingles = new HashSet<>();
    int count = Math.max(1, words.length - SHINGLE + 1);
    for (int i = 0; i < count; i++) {
      String shingle =
          String.join(" ", Arrays.asList(words).subList(i, Math.min(words.length, i + SHINGLE)));
      shingles.add(fnv(shingle));
    }
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int h = 0; h < HASHES; h++) {
        long v = mix(s ^ SEEDS[h]);
        if (v < sig[h]) {
          sig[h] = v;
        }
      }
    }
    return sig;
  }

  /** The hash of each band of a signature. */
  static long[] bands(long[] signature) {
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + signature[b * ROWS + r]);
      }
      out[b] = h;
    }
    return out;
  }

  /** The share of equal values: an estimate of the Jaccard similarity of the shingle sets. */
  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= c & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** A 64-bit finaliser (from SplitMix64). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
