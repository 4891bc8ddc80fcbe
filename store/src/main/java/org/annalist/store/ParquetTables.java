package org.annalist.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables written as Parquet by another writer (one directory of files per table), read through a
 * private in-memory DuckDB: the store's own connection may not touch files. Values come as the
 * store appends them: arrays as {@code String[]} or {@code long[]}, blobs as {@code byte[]},
 * timestamps (which Parquet writers store in UTC) as local date-times in UTC.
 */
final class ParquetTables {
  /** Told each row of a table with the table's column names. */
  @FunctionalInterface
  interface RowSink {
    void accept(List<String> columns, Object[] row) throws SQLException;
  }

  private final Connection files;
  private final Path dir;

  ParquetTables(Connection files, Path dir) {
    this.files = files;
    this.dir = dir;
  }

  /** Reads every row of {@code table}; a table with no directory has no rows. */
  void each(String table, RowSink sink) throws SQLException {
    Path d = dir.resolve(table);
    if (!Files.isDirectory(d)) {
      if (table.equals("articles")) {
        throw new StoreException("no table articles in " + dir + " (expected " + d + ")");
      }
      return;
    }
    try (Statement s = files.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT * FROM read_parquet('"
                    + d.toAbsolutePath().toString().replace("'", "''")
                    + "/*.parquet')")) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      List<String> types = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        columns.add(md.getColumnLabel(i));
        types.add(md.getColumnTypeName(i));
      }
      while (rs.next()) {
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
          row[i] = value(types.get(i), rs.getObject(i + 1));
        }
        sink.accept(columns, row);
      }
    }
  }

  private static Object value(String type, Object v) throws SQLException {
    if (v instanceof Array a) {
      Object[] items = (Object[]) a.getArray();
      if (type.startsWith("BIGINT") || type.startsWith("INTEGER")) {
        long[] out = new long[items.length];
        for (int i = 0; i < items.length; i++) {
          out[i] = ((Number) items[i]).longValue();
        }
        return out;
      }
      String[] out = new String[items.length];
      for (int i = 0; i < items.length; i++) {
        out[i] = items[i] == null ? null : items[i].toString();
      }
      return out;
    }
    if (v instanceof Blob b) {
      return b.getBytes(1, (int) b.length());
    }
    if (v instanceof OffsetDateTime t) {
      return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
    return v;
  }
}
