package org.annalist.model;

import java.util.Arrays;

/**
 * Maps offsets in the cleaned text back to offsets in the raw text. Stored as runs: cleaned offset
 * {@code cleanStart[i] + k} comes from raw offset {@code rawStart[i] + k} for every {@code k}
 * before the next run. Immutable.
 */
public final class OffsetMap {
  private final int[] cleanStart;
  private final int[] rawStart;
  private final int cleanLength;
  private final int rawLength;

  private OffsetMap(int[] cleanStart, int[] rawStart, int cleanLength, int rawLength) {
    this.cleanStart = cleanStart;
    this.rawStart = rawStart;
    this.cleanLength = cleanLength;
    this.rawLength = rawLength;
  }

  /** The raw offset of the cleaned offset {@code clean}; the end of the text maps to the end. */
  public int toRaw(int clean) {
    if (clean < 0 || clean > cleanLength) {
      throw new IndexOutOfBoundsException("offset " + clean + " outside [0, " + cleanLength + "]");
    }
    if (clean == cleanLength) {
      return rawLength;
    }
    int i = Arrays.binarySearch(cleanStart, clean);
    if (i < 0) {
      i = -i - 2;
    }
    return rawStart[i] + (clean - cleanStart[i]);
  }

  /** The raw span of a cleaned span: from the raw position of its first to after its last char. */
  public Span toRaw(Span clean) {
    if (clean.length() == 0) {
      int r = toRaw(clean.start());
      return new Span(r, r);
    }
    return new Span(toRaw(clean.start()), toRaw(clean.end() - 1) + 1);
  }

  /** The map of a text that cleaning left as it was, {@code length} chars long. */
  public static OffsetMap identity(int length) {
    return length == 0
        ? new OffsetMap(new int[0], new int[0], 0, 0)
        : new OffsetMap(new int[] {0}, new int[] {0}, length, length);
  }

  public int cleanLength() {
    return cleanLength;
  }

  /** Builds a map char by char, merging contiguous runs. Not thread-safe. */
  public static final class Builder {
    private int[] cs = new int[16];
    private int[] rs = new int[16];
    private int runs;
    private int length;

    /** Records that the next cleaned char comes from raw offset {@code raw}. */
    public Builder add(int raw) {
      boolean extends_ = runs > 0 && rs[runs - 1] + (length - cs[runs - 1]) == raw;
      if (!extends_) {
        if (runs == cs.length) {
          cs = Arrays.copyOf(cs, runs * 2);
          rs = Arrays.copyOf(rs, runs * 2);
        }
        cs[runs] = length;
        rs[runs] = raw;
        runs++;
      }
      length++;
      return this;
    }

    public OffsetMap build(int rawLength) {
      return new OffsetMap(Arrays.copyOf(cs, runs), Arrays.copyOf(rs, runs), length, rawLength);
    }
  }
}
