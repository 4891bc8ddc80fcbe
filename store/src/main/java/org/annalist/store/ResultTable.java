package org.annalist.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of a query, with column names. Values are Java strings, numbers, booleans, lists (for SQL
 * arrays), or null; dates and timestamps are ISO-8601 strings.
 *
 * @param columns column names, in order
 * @param rows one list of values per row, in column order
 * @param truncated true when more rows matched than were read
 */
public record ResultTable(List<String> columns, List<List<Object>> rows, boolean truncated) {
  public ResultTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** Reads at most {@code maxRows} rows of {@code rs}. */
  static ResultTable read(ResultSet rs, int maxRows) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      columns.add(md.getColumnLabel(i));
    }
    List<List<Object>> rows = new ArrayList<>();
    boolean truncated = false;
    while (rs.next()) {
      if (rows.size() == maxRows) {
        truncated = true;
        break;
      }
      List<Object> row = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        row.add(value(rs.getObject(i)));
      }
      rows.add(java.util.Collections.unmodifiableList(row));
    }
    return new ResultTable(columns, rows, truncated);
  }

  static Object value(Object v) throws SQLException {
    if (v == null
        || v instanceof String
        || v instanceof Boolean
        || v instanceof Integer
        || v instanceof Long
        || v instanceof Double
        || v instanceof Float
        || v instanceof Short
        || v instanceof Byte
        || v instanceof java.math.BigDecimal
        || v instanceof java.math.BigInteger) {
      return v;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toString();
    }
    if (v instanceof Array a) {
      Object[] items = (Object[]) a.getArray();
      List<Object> out = new ArrayList<>();
      for (Object item : items) {
        out.add(value(item));
      }
      return out;
    }
    if (v instanceof Object[] arr) {
      return Arrays.asList(arr);
    }
    return v.toString();
  }

  /** The index of a column, or -1. */
  public int column(String name) {
    return columns.indexOf(name);
  }
}
