package org.annalist.store;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.annalist.model.Article;
import org.annalist.model.Extraction;
import org.annalist.model.Rejection;
import org.annalist.pipeline.RejectedArticleException;
import org.annalist.pipeline.read.ArticleSources;
import org.annalist.pipeline.read.ReadResult;

/**
 * Reads articles, extracts them on a pool of threads and writes them to a {@link Store} in batches:
 * the one runner of the ingest. Articles whose content hash or URL is already stored (or seen
 * earlier in the run) are skipped before extraction; rejected inputs are stored with their reason.
 *
 * <p>Reading and writing happen on the calling thread, extraction on {@code threads} workers;
 * results are written in input order. A batch is written when it holds {@code batchSize} articles
 * or when {@code maxDelay} has passed since its first one, so a killed run loses little work.
 */
public final class Ingestion {
  /** Turns an article into an extraction (the pipeline's {@code Extractor::extract}). */
  @FunctionalInterface
  public interface Processor {
    Extraction process(Article article) throws RejectedArticleException;
  }

  /**
   * Where a run puts what it extracts: a {@link Store}, or (to time extraction alone in the same
   * runner) anything that answers the same two questions.
   */
  public interface Sink {
    /** Whether an article with this content hash or URL is already kept. */
    boolean contains(String contentHash, String url);

    /** Keeps a batch of extractions and rejections. */
    BatchResult write(List<Extraction> articles, List<RejectedInput> rejections);
  }

  /** Told about the run as it goes, on the calling thread. */
  public interface Listener {
    /** After every article or rejection read, and after every batch written. */
    default void progress(Progress p) {}

    /** Each input rejected (by a reader or by the pipeline). */
    default void rejected(Rejection r) {}
  }

  /**
   * Where a run stands.
   *
   * @param read articles and rejections read so far
   * @param processed of those, the ones extracted, rejected or skipped (stored or about to be)
   * @param stored articles stored
   * @param duplicates articles skipped as already stored
   * @param rejected inputs rejected
   * @param events events stored
   * @param elapsedNanos time since the run started
   * @param writeNanos of that, the time spent writing batches to the store (DuckDB and Lucene)
   */
  public record Progress(
      long read,
      long processed,
      long stored,
      long duplicates,
      long rejected,
      long events,
      long elapsedNanos,
      long writeNanos) {}

  private final Sink store;
  private final Supplier<Processor> processor;
  private final int threads;
  private final int batchSize;
  private final long maxDelayNanos;
  private final int limit;
  private final Listener listener;

  /**
   * @param store the store, open for writing (or another sink)
   * @param processor builds the processor, on first use (loading the pipeline takes seconds)
   * @param threads extraction threads
   * @param batchSize articles per committed batch
   * @param maxDelay longest time an extracted article waits to be written
   * @param limit articles read at most (rejected inputs are not counted)
   * @param listener told about progress
   */
  public Ingestion(
      Sink store,
      Supplier<Processor> processor,
      int threads,
      int batchSize,
      Duration maxDelay,
      int limit,
      Listener listener) {
    this.store = Objects.requireNonNull(store, "store");
    this.processor = lazy(processor);
    if (threads < 1 || batchSize < 1 || limit < 1) {
      throw new IllegalArgumentException("threads, batch size and limit must be positive");
    }
    this.threads = threads;
    this.batchSize = batchSize;
    this.maxDelayNanos = maxDelay.toNanos();
    this.limit = limit;
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** One read input, extracted or not. */
  private sealed interface Outcome {}

  private record Extracted(Extraction extraction) implements Outcome {}

  private record Refused(RejectedInput input) implements Outcome {}

  private record Duplicate() implements Outcome {}

  private final class Run {
    final long start = System.nanoTime();
    final Deque<Future<Outcome>> pending = new ArrayDeque<>();
    final Set<String> seen = new HashSet<>();
    final List<Extraction> batch = new ArrayList<>();
    final List<RejectedInput> refused = new ArrayList<>();
    long batchStart;
    long read;
    long processed;
    long articles;
    long stored;
    long duplicates;
    long rejected;
    long events;
    long writeNanos;

    Progress progress() {
      return new Progress(
          read,
          processed,
          stored,
          duplicates,
          rejected,
          events,
          System.nanoTime() - start,
          writeNanos);
    }
  }

  /** Reads every input and stores what it holds; returns the final counts. */
  public Progress run(ArticleSources sources, List<String> inputs) {
    Run run = new Run();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      sources.read(inputs, r -> accept(run, pool, r));
      drain(run, 0);
      flush(run);
    } finally {
      pool.shutdownNow();
    }
    return run.progress();
  }

  /** Stores articles already read; returns the final counts. */
  public Progress run(List<Article> articles) {
    return runRead(articles.stream().<ReadResult>map(ReadResult.Ok::new).toList());
  }

  /** Stores the articles and rejections a reader gave, in order; returns the final counts. */
  public Progress runRead(List<? extends ReadResult> results) {
    Run run = new Run();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (ReadResult r : results) {
        accept(run, pool, r);
      }
      drain(run, 0);
      flush(run);
    } finally {
      pool.shutdownNow();
    }
    return run.progress();
  }

  private void accept(Run run, ExecutorService pool, ReadResult r) {
    if (r instanceof ReadResult.Rejected rej) {
      run.read++;
      run.pending.add(
          CompletableFuture.completedFuture(
              new Refused(new RejectedInput(rej.rejection(), null, null))));
    } else if (r instanceof ReadResult.Ok ok && run.articles < limit) {
      run.read++;
      run.articles++;
      Article a = ok.article();
      String hash = ContentHash.of(a.text());
      boolean fresh = run.seen.add(hash) && (a.url() == null || run.seen.add("url:" + a.url()));
      if (!fresh || store.contains(hash, a.url())) {
        run.pending.add(CompletableFuture.completedFuture(new Duplicate()));
      } else {
        run.pending.add(pool.submit(() -> process(a, hash)));
      }
    }
    drain(run, window());
  }

  /**
   * How many articles may be read ahead of the one to store next: enough for the workers to go on
   * extracting while a whole batch is written.
   */
  private int window() {
    return Math.max(threads * 4, batchSize * 2);
  }

  private Outcome process(Article a, String hash) {
    String origin = a.origin() == null ? a.id() : a.origin();
    try {
      return new Extracted(processor.get().process(a));
    } catch (RejectedArticleException e) {
      return new Refused(new RejectedInput(new Rejection(origin, e.getMessage()), hash, a.url()));
    } catch (RuntimeException e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Refused(
          new RejectedInput(new Rejection(origin, "internal error: " + m), hash, a.url()));
    }
  }

  /** Takes finished results from the head, waiting while more than {@code keep} are pending. */
  private void drain(Run run, int keep) {
    while (!run.pending.isEmpty() && (run.pending.size() > keep || run.pending.peek().isDone())) {
      Outcome o = get(run.pending.poll());
      run.processed++;
      if (o instanceof Extracted x) {
        if (run.batch.isEmpty() && run.refused.isEmpty()) {
          run.batchStart = System.nanoTime();
        }
        run.batch.add(x.extraction());
      } else if (o instanceof Refused r) {
        if (run.batch.isEmpty() && run.refused.isEmpty()) {
          run.batchStart = System.nanoTime();
        }
        run.refused.add(r.input());
        run.rejected++;
        listener.rejected(r.input().rejection());
      } else {
        run.duplicates++;
      }
      if (run.batch.size() + run.refused.size() >= batchSize
          || System.nanoTime() - run.batchStart >= maxDelayNanos) {
        flush(run);
      }
      listener.progress(run.progress());
    }
  }

  private void flush(Run run) {
    if (run.batch.isEmpty() && run.refused.isEmpty()) {
      return;
    }
    long t0 = System.nanoTime();
    BatchResult r = store.write(run.batch, run.refused);
    run.writeNanos += System.nanoTime() - t0;
    run.stored += r.stored();
    run.duplicates += r.duplicates();
    run.events += r.events();
    run.batch.clear();
    run.refused.clear();
    listener.progress(run.progress());
  }

  private static Outcome get(Future<Outcome> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(Store.oneLine(e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * A supplier that builds the processor once, on first use, and gives every caller (and thread)
   * that one.
   */
  public static Supplier<Processor> lazy(Supplier<Processor> factory) {
    return factory instanceof Lazy l ? l : new Lazy(factory);
  }

  /** Builds the processor once, on first use, for every thread. */
  private static final class Lazy implements Supplier<Processor> {
    private final Supplier<Processor> factory;
    private Processor processor;

    Lazy(Supplier<Processor> factory) {
      this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public synchronized Processor get() {
      if (processor == null) {
        processor = factory.get();
      }
      return processor;
    }
  }
}
