package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.store.Csv;
import org.annalist.store.ResultTable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How query results are printed: an aligned text table, a JSON array of objects, or CSV. */
enum TableFormat {
  TABLE,
  JSON,
  CSV;

  /** Widest cell shown in a text table; longer values are cut with an ellipsis. */
  private static final int MAX_CELL = 60;

  void print(ResultTable t, PrintWriter out) {
    switch (this) {
      case TABLE -> table(t, out);
      case JSON -> json(t, out);
      case CSV -> csv(t, out);
    }
    // CSV lines end in print, not println: an auto-flushing writer would hold them back.
    out.flush();
  }

  private static String cell(Object v) {
    String s = v == null ? "" : v.toString().replaceAll("\\s+", " ");
    return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
  }

  private static void table(ResultTable t, PrintWriter out) {
    int n = t.columns().size();
    int[] width = new int[n];
    List<List<String>> cells = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      width[i] = t.columns().get(i).length();
    }
    for (List<Object> row : t.rows()) {
      List<String> r = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String c = cell(row.get(i));
        width[i] = Math.max(width[i], c.length());
        r.add(c);
      }
      cells.add(r);
    }
    out.println(line(t.columns(), width));
    for (List<String> r : cells) {
      out.println(line(r, width));
    }
    out.printf(
        "(%d row%s%s)%n",
        t.rows().size(), t.rows().size() == 1 ? "" : "s", t.truncated() ? ", more not shown" : "");
  }

  private static String line(List<String> cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append("  ");
      }
      b.append(cells.get(i));
      if (i < cells.size() - 1) {
        b.append(" ".repeat(width[i] - cells.get(i).length()));
      }
    }
    return b.toString().stripTrailing();
  }

  private static void json(ResultTable t, PrintWriter out) {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode rows = mapper.createArrayNode();
    for (List<Object> row : t.rows()) {
      ObjectNode o = rows.addObject();
      for (int i = 0; i < t.columns().size(); i++) {
        o.set(t.columns().get(i), mapper.valueToTree(row.get(i)));
      }
    }
    out.println(rows.toPrettyString());
  }

  private static void csv(ResultTable t, PrintWriter out) {
    out.print(Csv.line(t.columns()));
    for (List<Object> row : t.rows()) {
      List<String> r = new ArrayList<>();
      for (Object v : row) {
        r.add(v == null ? "" : v.toString());
      }
      out.print(Csv.line(r));
    }
  }

  /** Reads {@code table}, {@code json} or {@code csv}. */
  static final class Converter implements ITypeConverter<TableFormat> {
    @Override
    public TableFormat convert(String value) {
      try {
        return TableFormat.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "unknown format '" + value + "' (use table, json or csv)");
      }
    }
  }
}
