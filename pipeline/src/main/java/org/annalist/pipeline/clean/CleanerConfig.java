package org.annalist.pipeline.clean;

import java.io.Serializable;
import java.util.List;

/**
 * How the {@link Cleaner} works. Immutable and serializable (it holds only strings and numbers), so
 * it can be shipped to remote workers that build their own cleaner.
 *
 * @param noiseRules the residue rules, tried in order; empty to remove nothing
 * @param maxHeadingWords the most words a heading may have
 * @param maxHeadingChars the most characters a heading may have
 * @param maxNoiseLineChars lines longer than this are prose and never tested against the rules
 * @param foldQuotes whether curly quotes and primes become ASCII {@code '} and {@code "}
 */
public record CleanerConfig(
    List<NoiseRule> noiseRules,
    int maxHeadingWords,
    int maxHeadingChars,
    int maxNoiseLineChars,
    boolean foldQuotes)
    implements Serializable {

  /** Default {@link #maxHeadingWords()}. */
  public static final int DEFAULT_MAX_HEADING_WORDS = 12;

  /** Default {@link #maxHeadingChars()}. */
  public static final int DEFAULT_MAX_HEADING_CHARS = 100;

  /** Default {@link #maxNoiseLineChars()}. */
  public static final int DEFAULT_MAX_NOISE_LINE_CHARS = 300;

  public CleanerConfig {
    noiseRules = List.copyOf(noiseRules);
    requirePositive("maxHeadingWords", maxHeadingWords);
    requirePositive("maxHeadingChars", maxHeadingChars);
    requirePositive("maxNoiseLineChars", maxNoiseLineChars);
  }

  /** The built-in noise rules, 12 words or 100 chars for a heading, quotes folded. */
  public static CleanerConfig defaults() {
    return new CleanerConfig(
        NoiseRules.builtIn(),
        DEFAULT_MAX_HEADING_WORDS,
        DEFAULT_MAX_HEADING_CHARS,
        DEFAULT_MAX_NOISE_LINE_CHARS,
        true);
  }

  public CleanerConfig withNoiseRules(List<NoiseRule> rules) {
    return new CleanerConfig(
        rules, maxHeadingWords, maxHeadingChars, maxNoiseLineChars, foldQuotes);
  }

  public CleanerConfig withMaxHeadingWords(int words) {
    return new CleanerConfig(noiseRules, words, maxHeadingChars, maxNoiseLineChars, foldQuotes);
  }

  public CleanerConfig withMaxHeadingChars(int chars) {
    return new CleanerConfig(noiseRules, maxHeadingWords, chars, maxNoiseLineChars, foldQuotes);
  }

  public CleanerConfig withMaxNoiseLineChars(int chars) {
    return new CleanerConfig(noiseRules, maxHeadingWords, maxHeadingChars, chars, foldQuotes);
  }

  public CleanerConfig withFoldQuotes(boolean fold) {
    return new CleanerConfig(noiseRules, maxHeadingWords, maxHeadingChars, maxNoiseLineChars, fold);
  }

  private static void requirePositive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
