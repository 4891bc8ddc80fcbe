package org.annalist.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows to one DuckDB table through DuckDB's appender, which writes column vectors directly
 * instead of planning an {@code INSERT}: the cheapest way into a table. Values are converted to the
 * table's column types, read once from the catalog, so that callers pass plain Java values as they
 * would to an {@code INSERT}. The rows belong to the connection's open transaction, which must have
 * run a statement already (DuckDB starts a transaction lazily), and are visible to it after {@link
 * #flush}.
 */
final class TableAppender implements AutoCloseable {
  private enum Kind {
    BOOLEAN,
    TINYINT,
    SMALLINT,
    INTEGER,
    BIGINT,
    DOUBLE,
    VARCHAR,
    DATE,
    TIMESTAMP,
    BLOB,
    VARCHAR_LIST,
    BIGINT_LIST
  }

  /** A table's name and column types, read once from the catalog. */
  static final class Layout {
    private final String table;
    private final Kind[] kinds;

    private Layout(String table, Kind[] kinds) {
      this.table = table;
      this.kinds = kinds;
    }

    static Layout of(Connection c, String table) throws SQLException {
      return new Layout(table, kinds(c, table));
    }

    String table() {
      return table;
    }

    int columns() {
      return kinds.length;
    }
  }

  /** The layouts of the tables a store appends to, each read once. Not thread-safe. */
  static final class Layouts {
    private final java.util.Map<String, Layout> byTable = new java.util.HashMap<>();

    Layout get(Connection c, String table) throws SQLException {
      Layout l = byTable.get(table);
      if (l == null) {
        l = Layout.of(c, table);
        byTable.put(table, l);
      }
      return l;
    }
  }

  /** Appends the rows to a table and hands them to the open transaction. */
  static void appendAll(Connection c, Layouts layouts, String table, List<Object[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (TableAppender ap = new TableAppender(c, layouts.get(c, table))) {
      for (Object[] row : rows) {
        ap.append(row);
      }
      ap.flush();
    }
  }

  private final String table;
  private final Kind[] kinds;
  private final DuckDBAppender appender;

  TableAppender(Connection c, Layout layout) throws SQLException {
    this.table = layout.table;
    this.kinds = layout.kinds;
    this.appender = c.unwrap(DuckDBConnection.class).createAppender("main", table);
  }

  private static Kind[] kinds(Connection c, String table) throws SQLException {
    List<Kind> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT data_type FROM information_schema.columns WHERE table_schema = 'main'"
                + " AND table_name = ? ORDER BY ordinal_position")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(kind(table, rs.getString(1)));
        }
      }
    }
    if (out.isEmpty()) {
      throw new SQLException("no table " + table);
    }
    return out.toArray(new Kind[0]);
  }

  private static Kind kind(String table, String type) throws SQLException {
    return switch (type.toUpperCase(Locale.ROOT)) {
      case "BOOLEAN" -> Kind.BOOLEAN;
      case "TINYINT" -> Kind.TINYINT;
      case "SMALLINT" -> Kind.SMALLINT;
      case "INTEGER" -> Kind.INTEGER;
      case "BIGINT" -> Kind.BIGINT;
      case "DOUBLE" -> Kind.DOUBLE;
      case "VARCHAR" -> Kind.VARCHAR;
      case "DATE" -> Kind.DATE;
      case "TIMESTAMP" -> Kind.TIMESTAMP;
      case "BLOB" -> Kind.BLOB;
      case "VARCHAR[]" -> Kind.VARCHAR_LIST;
      case "BIGINT[]" -> Kind.BIGINT_LIST;
      default -> throw new SQLException(table + ": no appender for column type " + type);
    };
  }

  /** Appends one row, its values in the table's column order. */
  void append(Object[] row) throws SQLException {
    if (row.length != kinds.length) {
      throw new SQLException(
          table + ": " + row.length + " values for " + kinds.length + " columns");
    }
    appender.beginRow();
    for (int i = 0; i < row.length; i++) {
      Object v = row[i];
      if (v == null) {
        appender.appendNull();
        continue;
      }
      switch (kinds[i]) {
        case BOOLEAN -> appender.append((Boolean) v);
        case TINYINT -> appender.append(((Number) v).byteValue());
        case SMALLINT -> appender.append(((Number) v).shortValue());
        case INTEGER -> appender.append(((Number) v).intValue());
        case BIGINT -> appender.append(((Number) v).longValue());
        case DOUBLE -> appender.append(((Number) v).doubleValue());
        case VARCHAR -> appender.append(v.toString());
        case DATE -> appender.append(v instanceof Date d ? d.toLocalDate() : (LocalDate) v);
        case TIMESTAMP ->
            appender.append(v instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) v);
        case BLOB -> appender.append((byte[]) v);
        case VARCHAR_LIST -> appender.append(Arrays.asList((String[]) v));
        case BIGINT_LIST -> appender.append((long[]) v);
      }
    }
    appender.endRow();
  }

  /** Hands the appended rows to the transaction. */
  void flush() throws SQLException {
    appender.flush();
  }

  @Override
  public void close() throws SQLException {
    appender.close();
  }
}
