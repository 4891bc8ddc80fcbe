package org.annalist.pipeline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer's tab-separated files: {@code #} comment lines and blank lines skipped, a
 * fixed number of columns per line, a {@code .gz} name read through gzip. A bad line fails with its
 * file and line number.
 */
final class GeoTsv {
  private GeoTsv() {}

  /** Opens a data file by its name ({@code places.tsv.gz}); null when there is none. */
  interface Opener {
    InputStream open(String file) throws IOException;
  }

  /** One data line. */
  record Row(String file, int line, String[] cols) {
    String col(int i) {
      return cols[i];
    }

    /** The column, with {@code -} read as empty. */
    String optional(int i) {
      String c = cols[i];
      return c.equals("-") ? "" : c;
    }

    /** The {@code |}-separated alternatives of a column; empty for an empty column or {@code -}. */
    List<String> list(int i) {
      String c = optional(i);
      return c.isEmpty() ? List.of() : Arrays.asList(c.split("\\|"));
    }

    long longCol(int i, String what) {
      String c = optional(i);
      if (c.isEmpty()) {
        return 0;
      }
      try {
        return Long.parseLong(c);
      } catch (NumberFormatException e) {
        throw error(what + " is not a whole number: '" + c + "'");
      }
    }

    double degrees(int i, String what, double limit) {
      double d = decimal(cols[i]);
      if (Double.isNaN(d)) {
        try {
          d = Double.parseDouble(cols[i]);
        } catch (NumberFormatException e) {
          throw error(what + " is not a number: '" + cols[i] + "'");
        }
      }
      if (!(d >= -limit && d <= limit)) {
        throw error(what + " out of range: " + cols[i]);
      }
      return d;
    }

    IllegalStateException error(String what) {
      return new IllegalStateException(file + ":" + line + ": " + what);
    }
  }

  /**
   * The value of a plain decimal ({@code -41.69411}), or NaN for anything else (left to {@link
   * Double#parseDouble}). Faster than the general parser for the 270,000 coordinates read at load;
   * exact to the last digit for up to 15 significant digits.
   */
  static double decimal(String s) {
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && s.charAt(0) == '-') {
      negative = true;
      i = 1;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = -1;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0 || digits > 15) {
      return Double.NaN;
    }
    double d = scale > 0 ? mantissa / POWERS[scale] : mantissa;
    return negative ? -d : d;
  }

  private static final double[] POWERS = {
    1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  /** The tab-separated columns of a line; sized for {@code expected} but holds what is there. */
  private static String[] split(String line, int expected) {
    String[] cols = new String[expected];
    int n = 0;
    int from = 0;
    while (true) {
      int tab = line.indexOf('\t', from);
      String col = tab < 0 ? line.substring(from) : line.substring(from, tab);
      if (n == cols.length) {
        cols = java.util.Arrays.copyOf(cols, cols.length * 2 + 1);
      }
      cols[n++] = col;
      if (tab < 0) {
        break;
      }
      from = tab + 1;
    }
    return n == cols.length ? cols : java.util.Arrays.copyOf(cols, n);
  }

  static void read(Opener opener, String file, int columns, Consumer<Row> handler) {
    try (InputStream raw = opener.open(file)) {
      if (raw == null) {
        throw new IllegalStateException("missing gazetteer file " + file);
      }
      InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty() || line.charAt(0) == '#' || line.isBlank()) {
          continue;
        }
        String[] cols = split(line, columns);
        Row row = new Row(file, n, cols);
        if (cols.length != columns) {
          throw row.error("expected " + columns + " tab-separated columns, found " + cols.length);
        }
        handler.accept(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer file " + file, e);
    }
  }
}
