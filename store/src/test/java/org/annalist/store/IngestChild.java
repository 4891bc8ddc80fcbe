package org.annalist.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.annalist.pipeline.read.ArticleSources;
import org.annalist.pipeline.read.ReadOptions;

/**
 * A process that ingests a directory with the {@link Synthetic} processor, for the tests that kill
 * it: {@code IngestChild DATA INPUT BATCH DELAY_MS}. Prints {@code open} once it holds the store
 * and {@code done} at the end.
 */
public final class IngestChild {
  private IngestChild() {}

  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    String input = args[1];
    int batch = Integer.parseInt(args[2]);
    long delay = Long.parseLong(args[3]);
    try (Store store = Store.open(data, Store.Mode.READ_WRITE)) {
      System.out.println("open");
      System.out.flush();
      Ingestion.Processor slow =
          a -> {
            if (delay > 0) {
              try {
                Thread.sleep(delay);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            return Synthetic.process(a);
          };
      new Ingestion(
              store,
              () -> slow,
              2,
              batch,
              Duration.ofMillis(50),
              Integer.MAX_VALUE,
              new Ingestion.Listener() {})
          .run(new ArticleSources(ReadOptions.defaults()), List.of(input));
    }
    System.out.println("done");
  }
}
