package org.annalist.cli;

import java.nio.file.Path;
import org.annalist.store.Store;
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

  /** Opens (or creates) the store for writing: one process at a time. */
  Store write() {
    return Store.open(data, Store.Mode.READ_WRITE);
  }
}
