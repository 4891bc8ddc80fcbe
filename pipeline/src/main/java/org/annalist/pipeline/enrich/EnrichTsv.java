package org.annalist.pipeline.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the enrichment's tab-separated data files: {@code #} comment lines and blank lines are
 * skipped, every data line has the declared number of columns, and a bad line fails loading with
 * its file and line.
 */
final class EnrichTsv {
  private EnrichTsv() {}

  /** One data line, with its file and line number for messages. */
  record Row(String file, int line, String[] cols) {
    String col(int i) {
      return cols[i].trim();
    }

    IllegalStateException error(String what) {
      return new IllegalStateException(file + ":" + line + ": " + what);
    }
  }

  /** The data lines of a class-path resource next to this class. */
  static List<Row> read(String resource, int columns) {
    try (InputStream in = EnrichTsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing data file " + resource);
      }
      return parse(in, resource, columns);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** The data lines of {@code in}, named {@code file} in messages. */
  static List<Row> parse(InputStream in, String file, int columns) throws IOException {
    List<Row> rows = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      Row row = new Row(file, n, cols);
      if (cols.length != columns) {
        throw row.error("expected " + columns + " tab-separated columns, found " + cols.length);
      }
      for (String c : cols) {
        if (c.isBlank()) {
          throw row.error("empty column");
        }
      }
      rows.add(row);
    }
    return rows;
  }
}
