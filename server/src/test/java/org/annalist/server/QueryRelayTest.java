package org.annalist.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.annalist.store.ResultTable;
import org.annalist.store.SearchQuery;
import org.annalist.store.Store;
import org.annalist.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRelayTest {
  @TempDir Path dir;

  @Test
  void aWritingStoreAnswersAnotherClientThroughItsRelay() throws Exception {
    try (Store store = Store.open(dir, Store.Mode.READ_WRITE);
        QueryRelay relay = QueryRelay.start(store)) {
      Path file = dir.resolve(RelayFile.NAME);
      assertThat(Files.getPosixFilePermissions(file))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      RelayClient client = RelayClient.find(dir).orElseThrow();
      assertThat(client.pid()).isEqualTo(ProcessHandle.current().pid());
      ResultTable t =
          client.sql("SELECT 42 AS answer, 'x' AS s, [1, 2] AS l, DATE '2024-03-18' AS d", 10);
      assertThat(t.columns()).containsExactly("answer", "s", "l", "d");
      assertThat(t.rows()).containsExactly(List.of(42, "x", List.of(1, 2), "2024-03-18"));
      assertThat(client.stats(5).counts()).containsEntry("articles", 0L);
      assertThat(client.search(SearchQuery.of("anything")).total()).isZero();
      assertThatThrownBy(() -> client.sql("DROP TABLE articles", 10))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("only queries that read are allowed");
      assertThatThrownBy(() -> client.sql("SELECT * FROM nowhere", 10))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("query failed: ")
          .hasMessageContaining("nowhere");
      assertThat(relay.port()).isPositive();
    }
    assertThat(dir.resolve(RelayFile.NAME)).doesNotExist();
    assertThat(RelayClient.find(dir)).isEmpty();
  }

  @Test
  void aRequestWithoutTheTokenIsRefused() throws Exception {
    try (Store store = Store.open(dir, Store.Mode.READ_WRITE);
        QueryRelay relay = QueryRelay.start(store)) {
      new RelayFile(relay.port(), "0".repeat(64), ProcessHandle.current().pid()).write(dir);
      RelayClient forged = RelayClient.find(dir).orElseThrow();
      assertThatThrownBy(() -> forged.stats(1))
          .isInstanceOf(StoreException.class)
          .hasMessage("the request does not carry the relay's token");
    }
  }

  @Test
  void theRelayOfAProcessThatIsGoneIsIgnored() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    new RelayFile(1, "t", p.pid()).write(dir);
    assertThat(RelayClient.find(dir)).isEmpty();
  }

  @Test
  void aRelayThatDoesNotAnswerIsAOneLineError() throws Exception {
    new RelayFile(1, "t", ProcessHandle.current().pid()).write(dir);
    RelayClient client = RelayClient.find(dir).orElseThrow();
    assertThatThrownBy(() -> client.stats(1))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is being written by process " + ProcessHandle.current().pid())
        .hasMessageContaining("whose query relay does not answer");
  }
}
