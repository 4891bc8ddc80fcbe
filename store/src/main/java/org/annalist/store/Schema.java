package org.annalist.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's schema and its migrations: {@code schema/V1.sql}, {@code V2.sql}, ... beside this
 * class, each applied once, in order, in one transaction, and recorded in {@code schema_version}. A
 * store written by a newer version (a higher schema version than this code knows) is refused.
 */
final class Schema {
  private Schema() {}

  /** The migrations this code knows, in order: index 0 is version 1. */
  static List<String> migrations() {
    List<String> out = new ArrayList<>();
    for (int v = 1; ; v++) {
      try (InputStream in = Schema.class.getResourceAsStream("schema/V" + v + ".sql")) {
        if (in == null) {
          return out;
        }
        out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read schema migration V" + v, e);
      }
    }
  }

  /** The latest schema version this code knows. */
  static int latest() {
    return migrations().size();
  }

  /** The store's schema version: 0 for an empty database. */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_name = 'schema_version'")) {
      rs.next();
      if (rs.getInt(1) == 0) {
        return 0;
      }
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Brings a writable store to the latest version. */
  static void migrate(Connection c) throws SQLException {
    int current = version(c);
    List<String> all = migrations();
    checkNotNewer(current, all.size());
    for (int v = current + 1; v <= all.size(); v++) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        for (String statement : statements(all.get(v - 1))) {
          try (Statement s = c.createStatement()) {
            s.execute(statement);
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
          ps.setInt(1, v);
          ps.setString(2, description(all.get(v - 1)));
          ps.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
          ps.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }

  /** Checks that a store opened for reading needs no migration. */
  static void checkReadable(Connection c) throws SQLException {
    int current = version(c);
    int latest = latest();
    checkNotNewer(current, latest);
    if (current < latest) {
      throw new StoreException(
          "the store has schema version "
              + current
              + " and this version of Annalist reads "
              + latest
              + ": open it for writing once (annalist ingest) to upgrade it");
    }
  }

  private static void checkNotNewer(int current, int latest) {
    if (current > latest) {
      throw new StoreException(
          "the store has schema version "
              + current
              + ", newer than this version of Annalist knows ("
              + latest
              + "): use a newer Annalist");
    }
  }

  /** The statements of a migration: separated by lines holding only a semicolon. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      if (line.strip().equals(";")) {
        add(out, current);
        current.setLength(0);
      } else {
        current.append(line).append('\n');
      }
    }
    add(out, current);
    return out;
  }

  private static void add(List<String> out, StringBuilder statement) {
    String s = statement.toString();
    boolean code = s.lines().anyMatch(l -> !l.isBlank() && !l.strip().startsWith("--"));
    if (code) {
      out.add(s.strip());
    }
  }

  /** The first comment line of a migration. */
  private static String description(String sql) {
    return sql.lines()
        .filter(l -> l.startsWith("--"))
        .map(l -> l.substring(2).strip())
        .findFirst()
        .orElse("");
  }
}
