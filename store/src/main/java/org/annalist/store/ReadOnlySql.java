package org.annalist.store;

import java.util.Locale;
import java.util.Set;

/**
 * The first of two guards on user SQL: one statement, and one that only reads (SELECT, WITH, FROM,
 * VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, PIVOT, UNPIVOT). The second guard is the
 * database connection itself: read-only, without access to files, the network or extensions, with
 * its settings locked. Table functions that read files ({@code read_csv}, {@code read_text}, ...)
 * pass this check and are refused there.
 */
final class ReadOnlySql {
  private static final Set<String> READING =
      Set.of(
          "SELECT",
          "WITH",
          "FROM",
          "VALUES",
          "TABLE",
          "DESCRIBE",
          "SHOW",
          "SUMMARIZE",
          "EXPLAIN",
          "PIVOT",
          "UNPIVOT",
          "(");

  private ReadOnlySql() {}

  /**
   * Returns the statement without a trailing semicolon.
   *
   * @throws StoreException when it is not one reading statement
   */
  static String check(String sql) {
    String code = stripped(sql);
    String trimmed = code.strip();
    while (trimmed.endsWith(";")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
    }
    if (trimmed.isEmpty()) {
      throw new StoreException("empty query");
    }
    if (trimmed.indexOf(';') >= 0) {
      throw new StoreException("one statement at a time: the query holds several");
    }
    String first = firstWord(trimmed);
    String rest = trimmed;
    // EXPLAIN [ANALYZE] runs what follows: that must read too.
    while (first.equals("EXPLAIN") || first.equals("ANALYZE")) {
      rest = rest.substring(first.length()).strip();
      first = firstWord(rest);
    }
    if (!READING.contains(first) || first.isEmpty()) {
      throw new StoreException(
          "only queries that read are allowed (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN):"
              + " not "
              + first);
    }
    // Stripping keeps every character's position: cut the original where the code ends.
    int end = code.length();
    while (end > 0
        && (Character.isWhitespace(code.charAt(end - 1)) || code.charAt(end - 1) == ';')) {
      end--;
    }
    return sql.substring(0, end);
  }

  private static String firstWord(String code) {
    if (code.startsWith("(")) {
      return "(";
    }
    int i = 0;
    while (i < code.length() && Character.isLetter(code.charAt(i))) {
      i++;
    }
    return code.substring(0, i).toUpperCase(Locale.ROOT);
  }

  /**
   * The SQL with the contents of string literals, quoted identifiers and comments replaced by
   * spaces, so that a semicolon or keyword inside them is not seen; positions are kept.
   */
  static String stripped(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        out.append(c);
        i++;
        while (i < n) {
          char d = sql.charAt(i);
          if (d == c) {
            if (i + 1 < n && sql.charAt(i + 1) == c) {
              out.append("  ");
              i += 2;
              continue;
            }
            break;
          }
          out.append(d == '\n' ? '\n' : ' ');
          i++;
        }
        if (i < n) {
          out.append(c);
          i++;
        }
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        int stop = close < 0 ? n : close + 2;
        while (i < stop) {
          out.append(sql.charAt(i) == '\n' ? '\n' : ' ');
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
