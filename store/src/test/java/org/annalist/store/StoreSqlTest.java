package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Store#sql} reads and does nothing else: each kind of write, file, network, extension and
 * settings access is refused with a one-line message, by the statement check and, for what passes
 * it, by the database connection.
 */
class StoreSqlTest {
  @TempDir static Path dir;
  static Path secret;
  static Store store;

  @BeforeAll
  static void fill() throws Exception {
    secret = Files.writeString(dir.resolve("secret.csv"), "a,b\n1,2\n");
    Path data = dir.resolve("data");
    try (Store s = Store.open(data, Store.Mode.READ_WRITE)) {
      s.write(List.of(StoreTest.x("one", StoreTest.VISIT)), List.of());
    }
    store = Store.open(data, Store.Mode.READ_ONLY);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void readsTheTables() {
    ResultTable t =
        store.sql(
            "-- events by code\nSELECT event_code, count(*) AS n FROM events GROUP BY 1;  ", 10);
    assertThat(t.columns()).containsExactly("event_code", "n");
    assertThat(t.rows()).containsExactly(List.of("042", 1L));
    assertThat(store.sql("WITH x AS (SELECT 1 AS a) SELECT a FROM x", 10).rows()).hasSize(1);
    assertThat(store.sql("DESCRIBE events", 100).rows()).isNotEmpty();
    assertThat(store.sql("SELECT 'a;b' AS s", 1).rows()).containsExactly(List.of("a;b"));
    assertThat(store.sql("EXPLAIN ANALYZE SELECT count(*) FROM events", 100).rows()).isNotEmpty();
  }

  @Test
  void truncatesLongResults() {
    ResultTable t = store.sql("SELECT * FROM range(10)", 3);
    assertThat(t.rows()).hasSize(3);
    assertThat(t.truncated()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "INSERT INTO rejected VALUES ('x', 1, 'o', 'r', NULL, now())",
        "UPDATE articles SET title = 'x'",
        "DELETE FROM events",
        "DROP TABLE events",
        "CREATE TABLE t (a INT)",
        "CREATE TEMP TABLE t AS SELECT 1",
        "COPY events TO 'out.csv'",
        "COPY (SELECT 1) TO 'out.parquet' (FORMAT parquet)",
        "ATTACH 'other.duckdb' AS other",
        "ATTACH ':memory:' AS m",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET enable_external_access = true",
        "RESET lock_configuration",
        "PRAGMA enable_profiling",
        "CHECKPOINT",
        "EXPORT DATABASE 'dump'",
        "SELECT 1; DELETE FROM events",
        "SELECT 1; SELECT 2",
        "CALL pragma_version()",
        "EXPLAIN ANALYZE CREATE TEMP TABLE t AS SELECT 1",
        "EXPLAIN INSERT INTO rejected SELECT * FROM rejected",
        "EXPLAIN",
        ""
      })
  void refusesAnythingButOneReadingStatement(String sql) {
    assertThatThrownBy(() -> store.sql(sql, 10))
        .isInstanceOf(StoreException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThat(store.sql("SELECT count(*) FROM events", 1).rows()).containsExactly(List.of(1L));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * FROM read_csv('%s')",
        "SELECT * FROM read_csv_auto('%s')",
        "SELECT * FROM read_text('%s')",
        "SELECT * FROM read_blob('%s')",
        "SELECT * FROM read_json('%s')",
        "SELECT * FROM read_parquet('%s')",
        "SELECT * FROM '%s'",
        "SELECT * FROM glob('%s')",
        "SELECT * FROM read_text('/etc/passwd')",
        "SELECT * FROM read_csv('https://example.invalid/x.csv')",
        "SELECT * FROM duckdb_secrets()",
        "SELECT getenv('HOME')"
      })
  void refusesFilesAndTheNetworkInsideReadingQueries(String template) {
    String sql = template.replace("%s", secret.toString());
    assertThatThrownBy(() -> store.sql(sql, 10))
        .isInstanceOf(StoreException.class)
        .satisfies(e -> assertThat(e.getMessage()).startsWith("query failed: "));
  }

  /** The second guard alone: what the statement check stops, the connection refuses as well. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "INSERT INTO rejected VALUES ('x', 1, 'o', 'r', NULL, now())",
        "DROP TABLE events",
        "COPY events TO '%s.out'",
        "ATTACH '%s.duckdb' AS other",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET enable_external_access = true",
        "EXPORT DATABASE '%s.dump'"
      })
  void theReadOnlyConnectionRefusesOnItsOwn(String template) throws SQLException {
    String sql = template.replace("%s", dir.resolve("x").toString());
    Path data = dir.resolve("raw");
    try (Store s = Store.open(data, Store.Mode.READ_WRITE)) {
      s.write(List.of(StoreTest.x("one", StoreTest.VISIT)), List.of());
    }
    try (Connection c = Store.connect(data, false);
        Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.execute(sql)).isInstanceOf(SQLException.class);
    }
    assertThat(dir.resolve("x.out")).doesNotExist();
    assertThat(dir.resolve("x.duckdb")).doesNotExist();
    assertThat(dir.resolve("x.dump")).doesNotExist();
  }

  @Test
  void aWritableStoreReadsForOthersAndRefusesWhatAReadOnlyOneRefuses() {
    Path data = dir.resolve("rw");
    try (Store s = Store.open(data, Store.Mode.READ_WRITE)) {
      s.write(List.of(StoreTest.x("one", StoreTest.VISIT)), List.of());
      assertThat(s.sql("SELECT count(*) AS n FROM events", 1).rows()).containsExactly(List.of(1L));
      assertThatThrownBy(() -> s.sql("DELETE FROM events", 1))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("only queries that read are allowed");
      assertThatThrownBy(() -> s.sql("SELECT * FROM read_csv('" + secret + "')", 1))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("file system operations are disabled");
      // The store goes on writing after the reads.
      assertThat(
              s.write(List.of(StoreTest.x("two", "Sudmark visited Norland.")), List.of()).stored())
          .isEqualTo(1);
      assertThat(s.sql("SELECT count(*) AS n FROM articles", 1).rows())
          .containsExactly(List.of(2L));
    }
  }
}
