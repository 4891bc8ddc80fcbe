package org.annalist.cli;

import java.nio.file.Path;
import org.annalist.server.RelayClient;
import org.annalist.store.Store;
import org.annalist.store.StoreInUseException;
import org.annalist.store.StoreQueries;
import picocli.CommandLine.Option;

/** The store directory option of the commands that use the store. */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The store's directory (default ./annalist-data).")
  Path data = Path.of("annalist-data");

  /** Opens the store for reading: many readers may share it, never with a writer. */
  Store read() {
    return Store.open(data, Store.Mode.READ_ONLY);
  }

  /**
   * The store to ask: opened for reading, or, while another process writes it, that process's query
   * relay. Without a relay, the message says the store is being written.
   */
  StoreQueries query() {
    try {
      return read();
    } catch (StoreInUseException e) {
      return RelayClient.find(data).<StoreQueries>map(c -> c).orElseThrow(() -> e);
    }
  }

  /** Opens (or creates) the store for writing: one process at a time. */
  Store write() {
    return Store.open(data, Store.Mode.READ_WRITE);
  }
}
