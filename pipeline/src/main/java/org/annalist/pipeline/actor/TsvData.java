package org.annalist.pipeline.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tab-separated data files under the classpath: {@code #} comments, blank lines. */
final class TsvData {
  private TsvData() {}

  /** One data row with its file and line for messages. */
  record Row(String file, int line, String[] cols) {
    String col(int i) {
      return i < cols.length ? cols[i].trim() : "-";
    }

    /** The alternatives of a {@code |}-separated column; empty for {@code -}. */
    List<String> list(int i) {
      String c = col(i);
      if (c.isEmpty() || c.equals("-")) {
        return List.of();
      }
      return Arrays.stream(c.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    IllegalStateException error(String what) {
      return new IllegalStateException(file + ":" + line + ": " + what);
    }
  }

  static List<Row> read(Class<?> anchor, String resource, int minColumns) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing data file " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        int hash = line.indexOf("\t#");
        if (hash >= 0) {
          line = line.substring(0, hash);
        }
        Row row = new Row(resource, n, line.split("\t"));
        if (row.cols().length < minColumns) {
          throw row.error("expected " + minColumns + " columns, found " + row.cols().length);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }
}
