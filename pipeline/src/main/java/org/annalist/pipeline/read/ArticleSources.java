package org.annalist.pipeline.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.annalist.model.Rejection;

/**
 * Reads articles from files, directories, gzip files and standard input, in any {@link
 * InputFormat}, and passes each one to a sink as soon as it is read.
 *
 * <p>Inputs are paths, directories (read recursively: entries in name order, depth first, names
 * starting with a dot skipped, symbolic links to directories not followed) and {@code -} for
 * standard input. A file starting with the gzip magic bytes is decompressed; the format of its
 * content is then detected from the name without {@code .gz}. With {@link InputFormat#AUTO} each
 * file's format is detected from its name and content, otherwise the given format is used for all.
 *
 * <p>Bad input never throws: a missing, empty, binary, oversized, undecodable or malformed file
 * becomes a {@link ReadResult.Rejected} with a one-line reason, and reading goes on with the next
 * record or file. Only exceptions thrown by the sink itself reach the caller. Nothing is printed.
 *
 * <p>An instance holds its readers (a JSON mapper, XML factories) and is cheap to build. It is not
 * thread-safe: use one per thread.
 */
public final class ArticleSources {
  /** The input that stands for standard input. */
  public static final String STDIN = "-";

  /** The origin of articles read from standard input. */
  public static final String STDIN_ORIGIN = "stdin";

  /** The largest array the JVM reliably allocates. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 16L;

  private static final Comparator<Path> BY_NAME =
      Comparator.comparing(path -> path.getFileName().toString());

  private final ReadOptions options;
  private final InputStream stdin;
  private final int limit;
  private final Map<InputFormat, ArticleReader> readers = new EnumMap<>(InputFormat.class);

  /** Reads with {@code options}; {@code -} reads the process's standard input. */
  public ArticleSources(ReadOptions options) {
    this(options, System.in);
  }

  /**
   * Reads with {@code options}; {@code -} reads {@code stdin}, which is never closed.
   *
   * @param options the format, default date and size limit
   * @param stdin the stream read for the input {@code -}
   */
  public ArticleSources(ReadOptions options, InputStream stdin) {
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.limit = (int) Math.min(options.maxBytes(), MAX_ARRAY);
    var date = options.defaultDate();
    readers.put(InputFormat.SEED, new SeedReader());
    readers.put(InputFormat.TEXT, new TextReader(date));
    readers.put(InputFormat.JSONL, new JsonlReader(date));
    readers.put(InputFormat.HTML, new HtmlReader(date));
    readers.put(InputFormat.GEOVIRUS, new GeoVirusReader(date));
    readers.put(InputFormat.REUTERS, new ReutersReader(date));
    readers.put(InputFormat.LGL, new LglReader(date));
    readers.put(InputFormat.GWN, new GwnReader(date));
  }

  /** The options this instance reads with. */
  public ReadOptions options() {
    return options;
  }

  /**
   * Reads every input in order.
   *
   * @param inputs file paths, directory paths, or {@code -} for standard input
   * @param sink receives each article or rejection as soon as it is read
   */
  public void read(List<String> inputs, Consumer<ReadResult> sink) {
    Objects.requireNonNull(sink, "sink");
    for (String input : inputs) {
      read(input, sink);
    }
  }

  /**
   * Reads one input.
   *
   * @param input a file path, a directory path, or {@code -} for standard input
   * @param sink receives each article or rejection as soon as it is read
   */
  public void read(String input, Consumer<ReadResult> sink) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(sink, "sink");
    if (STDIN.equals(input)) {
      read(stdin, STDIN_ORIGIN, sink);
      return;
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      reject(sink, input, "invalid path: " + e.getReason());
      return;
    }
    if (Files.isDirectory(path)) {
      Counting counting = new Counting(sink);
      readDirectory(path, counting);
      if (counting.results == 0) {
        reject(sink, input, "no articles found in directory");
      }
    } else if (!Files.exists(path)) {
      reject(sink, input, "no such file");
    } else {
      readFile(path, input, sink);
    }
  }

  /**
   * Reads one stream, which is read to its end (or to the size limit) but not closed.
   *
   * @param in the content, possibly gzip-compressed
   * @param origin the name used in messages and, with AUTO, to detect the format by its extension
   * @param sink receives each article or rejection as soon as it is read
   */
  public void read(InputStream in, String origin, Consumer<ReadResult> sink) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(sink, "sink");
    byte[] bytes;
    try {
      bytes = in.readNBytes(limit + 1);
    } catch (IOException e) {
      reject(sink, origin, describe(e));
      return;
    }
    if (bytes.length > limit) {
      reject(sink, origin, "file too large: over " + limit + " bytes, limit " + limit);
      return;
    }
    readBytes(bytes, origin, fileName(origin), sink);
  }

  private void readDirectory(Path dir, Consumer<ReadResult> sink) {
    List<Path> entries;
    try (Stream<Path> listing = Files.list(dir)) {
      entries =
          listing
              .filter(path -> !path.getFileName().toString().startsWith("."))
              .sorted(BY_NAME)
              .toList();
    } catch (IOException e) {
      reject(sink, dir.toString(), "cannot list directory: " + describe(e));
      return;
    }
    for (Path entry : entries) {
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        readDirectory(entry, sink);
      } else if (Files.isRegularFile(entry)) {
        readFile(entry, entry.toString(), sink);
      }
    }
  }

  private void readFile(Path path, String origin, Consumer<ReadResult> sink) {
    byte[] bytes;
    try {
      if (Files.isRegularFile(path)) {
        long size = Files.size(path);
        if (size > limit) {
          reject(sink, origin, "file too large: " + size + " bytes, limit " + limit);
          return;
        }
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(limit + 1);
      }
    } catch (IOException e) {
      reject(sink, origin, describe(e));
      return;
    }
    if (bytes.length > limit) {
      reject(sink, origin, "file too large: over " + limit + " bytes, limit " + limit);
      return;
    }
    readBytes(bytes, origin, path.getFileName().toString(), sink);
  }

  private void readBytes(byte[] bytes, String origin, String name, Consumer<ReadResult> sink) {
    try {
      RawInput input = unpack(bytes, origin, name);
      if (input.bytes().length == 0 || TextBytes.isBlank(input.bytes())) {
        throw new BadInput("empty file");
      }
      if (TextBytes.looksBinary(input.bytes())) {
        throw new BadInput("binary file, not text");
      }
      InputFormat format =
          options.format() == InputFormat.AUTO
              ? FormatDetector.detect(input.name(), input.bytes())
              : options.format();
      readers.get(format).read(input, new Guarded(sink));
    } catch (BadInput e) {
      reject(sink, origin, e.reason());
    } catch (SinkFailure e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      reject(sink, origin, "cannot read: " + JsonlReader.shortMessage(String.valueOf(e)));
    }
  }

  /** Decompresses gzip content, stopping as soon as it exceeds the size limit. */
  private RawInput unpack(byte[] bytes, String origin, String name) throws BadInput {
    boolean gzName = name.toLowerCase(Locale.ROOT).endsWith(".gz");
    if (!TextBytes.isGzip(bytes)) {
      if (gzName && bytes.length > 0) {
        throw new BadInput("invalid gzip data: no gzip header");
      }
      return new RawInput(origin, name, bytes);
    }
    byte[] inflated;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      inflated = in.readNBytes(limit + 1);
    } catch (IOException e) {
      throw new BadInput("invalid gzip data: " + JsonlReader.shortMessage(e.getMessage()));
    }
    if (inflated.length > limit) {
      throw new BadInput(
          "file too large: over " + limit + " bytes after decompression, limit " + limit);
    }
    String inner = gzName ? name.substring(0, name.length() - ".gz".length()) : name;
    return new RawInput(origin, inner, inflated);
  }

  private static String fileName(String origin) {
    int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
    return origin.substring(slash + 1);
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return "cannot read: " + JsonlReader.shortMessage(fs.getReason());
    }
    return "cannot read: " + JsonlReader.shortMessage(String.valueOf(e.getMessage()));
  }

  private static void reject(Consumer<ReadResult> sink, String origin, String reason) {
    sink.accept(new ReadResult.Rejected(new Rejection(origin, reason)));
  }

  /** Counts the articles passed on, to tell an empty directory. */
  private static final class Counting implements Consumer<ReadResult> {
    private final Consumer<ReadResult> sink;
    private int results;

    Counting(Consumer<ReadResult> sink) {
      this.sink = sink;
    }

    @Override
    public void accept(ReadResult result) {
      results++;
      sink.accept(result);
    }
  }

  /** Marks exceptions from the caller's sink so that they pass through unchanged. */
  private static final class Guarded implements Consumer<ReadResult> {
    private final Consumer<ReadResult> sink;

    Guarded(Consumer<ReadResult> sink) {
      this.sink = sink;
    }

    @Override
    public void accept(ReadResult result) {
      try {
        sink.accept(result);
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }
  }

  private static final class SinkFailure extends RuntimeException {
    SinkFailure(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }
}
