package org.annalist.spark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.model.Article;
import org.annalist.model.Extraction;
import org.annalist.model.Rejection;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.RejectedArticleException;
import org.annalist.pipeline.Versions;
import org.annalist.pipeline.read.ArticleSources;
import org.annalist.pipeline.read.InputFormat;
import org.annalist.pipeline.read.ReadOptions;
import org.annalist.pipeline.read.ReadResult;
import org.annalist.store.ContentHash;
import org.annalist.store.RejectedInput;
import org.annalist.store.TableRows;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;

/**
 * The ingest as a Spark job: reads articles (JSON Lines, Parquet with the same fields, or text
 * files, one article each) from any Hadoop-compatible path, keeps one article per content hash and
 * per URL (the first by origin, so the choice does not depend on the order of the input), extracts
 * them in {@code mapPartitions} with the pipeline loaded once per executor JVM, and writes the
 * embedded store's tables as Parquet, one directory per table under the output: articles,
 * annotations, actors, places, spans, events, mentions, article_tone, gkg, rejected, the story
 * tables (article_sketches, article_bands, article_links, stories, clustered across the whole input
 * as the store clusters them), ingest_batches and batch_versions.
 *
 * <p>Event ids: an article's events are numbered from a base taken from its content hash (the first
 * 48 bits, times 1024), so ids do not depend on the partitioning or the order of the input; {@code
 * annalist import} keeps them.
 */
public final class SparkIngest {
  /** The tables an extraction is written to. */
  static final List<String> ARTICLE_TABLES =
      List.of(
          "articles",
          "annotations",
          "actors",
          "places",
          "spans",
          "events",
          "mentions",
          "article_tone",
          "gkg",
          "rejected");

  private SparkIngest() {}

  /**
   * What to read and where to write.
   *
   * @param input a file or directory (any Hadoop-compatible path)
   * @param format jsonl, parquet or text
   * @param output the directory of the tables (replaced)
   * @param partitions partitions to extract in (at least 1)
   */
  public record Options(String input, String format, String output, int partitions) {
    public Options {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(output, "output");
      if (!List.of("jsonl", "parquet", "text").contains(format)) {
        throw new IllegalArgumentException("--format must be jsonl, parquet or text: " + format);
      }
      if (partitions < 1) {
        throw new IllegalArgumentException("--partitions must be at least 1");
      }
    }
  }

  /**
   * What a run did.
   *
   * @param read inputs read
   * @param stored articles written
   * @param duplicates inputs skipped as the same content or URL as another
   * @param rejected inputs rejected
   * @param events events written
   * @param partitions distinct partitions the extraction ran in
   */
  public record Summary(
      long read, long stored, long duplicates, long rejected, long events, int partitions) {}

  /** {@code spark-submit --class org.annalist.spark.SparkIngest JAR --input P --output D ...}. */
  public static void main(String[] args) {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        System.err.println(
            "usage: SparkIngest --input PATH --output DIR [--format jsonl|parquet|text]"
                + " [--partitions N]");
        System.exit(2);
      }
      a.put(args[i].substring(2), args[++i]);
    }
    Options o;
    try {
      o =
          new Options(
              a.get("input"),
              a.getOrDefault("format", "jsonl"),
              a.get("output"),
              Integer.parseInt(a.getOrDefault("partitions", "8")));
    } catch (RuntimeException e) {
      System.err.println("annalist: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("annalist-ingest").getOrCreate();
    try {
      Summary s = run(spark, o);
      System.err.printf(
          "annalist: %d read: %d stored (%d events), %d duplicates, %d rejected, in %d partitions"
              + " into %s%n",
          s.read(),
          s.stored(),
          s.events(),
          s.duplicates(),
          s.rejected(),
          s.partitions(),
          o.output());
    } finally {
      spark.stop();
    }
  }

  private static final StructType INPUT =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("origin", DataTypes.StringType, false),
              DataTypes.createStructField("line", DataTypes.StringType, false)));

  private static final StructType READ =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("origin", DataTypes.StringType, false),
              DataTypes.createStructField("line", DataTypes.StringType, false),
              DataTypes.createStructField("id", DataTypes.StringType, true),
              DataTypes.createStructField("url", DataTypes.StringType, true),
              DataTypes.createStructField("reason", DataTypes.StringType, true)));

  private static final StructType TAGGED =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("table", DataTypes.StringType, false),
              DataTypes.createStructField("article", DataTypes.StringType, true),
              DataTypes.createStructField("row", DataTypes.BinaryType, false)));

  /** Runs the job. */
  public static Summary run(SparkSession spark, Options o) {
    Tables tables = Tables.load();
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    long seq = 1;
    Dataset<Row> input = read(spark, o);
    // Each input as an article id (its content hash) and URL, or a rejection.
    Dataset<Row> parsed =
        input.mapPartitions(
            (MapPartitionsFunction<Row, Row>)
                rows -> {
                  List<Row> out = new ArrayList<>();
                  while (rows.hasNext()) {
                    Row r = rows.next();
                    ReadResult rr = readLine(r.getString(0), r.getString(1));
                    if (rr instanceof ReadResult.Ok ok) {
                      Article a = ok.article();
                      out.add(
                          RowFactory.create(
                              a.origin(), r.getString(1), ContentHash.of(a.text()), a.url(), null));
                    } else {
                      Rejection rej = ((ReadResult.Rejected) rr).rejection();
                      out.add(
                          RowFactory.create(
                              rej.origin(), r.getString(1), null, null, rej.reason()));
                    }
                  }
                  return out.iterator();
                },
            Encoders.row(READ));
    parsed = parsed.persist(StorageLevel.MEMORY_AND_DISK());
    long read = parsed.count();
    // One article per content hash, then per URL: the first by origin.
    Dataset<Row> readable = parsed.filter(functions.col("id").isNotNull());
    Dataset<Row> byId =
        readable
            .groupBy("id")
            .agg(functions.min(functions.struct("origin", "line", "url")).as("first"))
            .select("id", "first.origin", "first.line", "first.url");
    Dataset<Row> noUrl = byId.filter(functions.col("url").isNull());
    Dataset<Row> withUrl =
        byId.filter(functions.col("url").isNotNull())
            .groupBy("url")
            .agg(functions.min(functions.struct("origin", "line", "id")).as("first"))
            .select("first.id", "first.origin", "first.line", "url");
    Dataset<Row> unique = noUrl.select("origin", "line").union(withUrl.select("origin", "line"));
    long uniqueCount = unique.count();

    CollectionAccumulator<Integer> partitionsSeen =
        spark.sparkContext().collectionAccumulator("annalist-partitions");
    Dataset<Row> tagged =
        unique
            .repartition(o.partitions(), functions.col("origin"))
            .mapPartitions(extract(tables, seq, now, partitionsSeen), Encoders.row(TAGGED));
    Dataset<Row> rejectedInputs = parsed.filter(functions.col("id").isNull());
    Dataset<Row> rejectedRows =
        rejectedInputs.map(
            (org.apache.spark.api.java.function.MapFunction<Row, Row>)
                r ->
                    RowFactory.create(
                        "rejected",
                        null,
                        Tables.pack(
                            TableRows.rejected(
                                new RejectedInput(
                                    new Rejection(r.getString(0), r.getString(4)), null, null),
                                seq,
                                now))),
            Encoders.row(TAGGED));
    Dataset<Row> all = tagged.union(rejectedRows).persist(StorageLevel.MEMORY_AND_DISK());
    all.count();

    for (String table : ARTICLE_TABLES) {
      write(tables, all, table, o.output());
    }
    long stored = all.filter(functions.col("table").equalTo("articles")).count();
    long events = all.filter(functions.col("table").equalTo("events")).count();
    long rejected = all.filter(functions.col("table").equalTo("rejected")).count();
    stories(spark, tables, all, o.output());
    Versions v = Versions.current();
    writeRows(
        spark,
        tables,
        "ingest_batches",
        List.<Object[]>of(new Object[] {seq, now, (int) stored, (int) rejected}),
        o.output());
    writeRows(
        spark,
        tables,
        "batch_versions",
        List.<Object[]>of(new Object[] {seq, v.pipeline(), v.dictionaries()}),
        o.output());
    int partitions = new TreeSet<>(partitionsSeen.value()).size();
    all.unpersist();
    parsed.unpersist();
    long readableInputs = read - parsed.filter(functions.col("id").isNull()).count();
    return new Summary(read, stored, readableInputs - uniqueCount, rejected, events, partitions);
  }

  /** The inputs as (origin, JSON line) rows. */
  private static Dataset<Row> read(SparkSession spark, Options o) {
    return switch (o.format()) {
      case "jsonl" -> spark.createDataFrame(jsonLines(spark, o.input()), INPUT);
      case "parquet" ->
          spark
              .read()
              .parquet(o.input())
              .select(
                  functions.input_file_name().as("origin"),
                  functions.to_json(functions.struct(functions.col("*"))).as("line"));
      case "text" ->
          spark.createDataFrame(
              spark
                  .sparkContext()
                  .wholeTextFiles(o.input(), 2)
                  .toJavaRDD()
                  .map(
                      t -> {
                        com.fasterxml.jackson.databind.node.ObjectNode n =
                            new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
                        n.put("text", t._2());
                        return RowFactory.create(t._1(), n.toString());
                      }),
              INPUT);
      default -> throw new IllegalArgumentException(o.format());
    };
  }

  /**
   * The non-blank lines of JSON Lines files as (origin, line) rows; the origin is the file and the
   * line's byte offset, zero-padded so that origins sort in the order of the input.
   */
  private static org.apache.spark.api.java.JavaRDD<Row> jsonLines(
      SparkSession spark, String input) {
    org.apache.spark.api.java.JavaSparkContext sc =
        org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext());
    org.apache.spark.api.java.JavaNewHadoopRDD<
            org.apache.hadoop.io.LongWritable, org.apache.hadoop.io.Text>
        lines =
            (org.apache.spark.api.java.JavaNewHadoopRDD<
                    org.apache.hadoop.io.LongWritable, org.apache.hadoop.io.Text>)
                sc.newAPIHadoopFile(
                    input,
                    org.apache.hadoop.mapreduce.lib.input.TextInputFormat.class,
                    org.apache.hadoop.io.LongWritable.class,
                    org.apache.hadoop.io.Text.class,
                    sc.hadoopConfiguration());
    return lines.mapPartitionsWithInputSplit(
        (split, it) -> {
          String file =
              ((org.apache.hadoop.mapreduce.lib.input.FileSplit) split).getPath().toString();
          List<Row> out = new ArrayList<>();
          while (it.hasNext()) {
            scala.Tuple2<org.apache.hadoop.io.LongWritable, org.apache.hadoop.io.Text> t =
                it.next();
            String line = t._2().toString();
            if (!line.isBlank()) {
              out.add(RowFactory.create(String.format("%s@%015d", file, t._1().get()), line));
            }
          }
          return out.iterator();
        },
        true);
  }

  /** One JSON line read as the CLI reads a JSON Lines file. */
  static ReadResult readLine(String origin, String line) {
    List<ReadResult> out = new ArrayList<>();
    new ArticleSources(new ReadOptions(InputFormat.JSONL, null, ReadOptions.DEFAULT_MAX_BYTES))
        .read(
            new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)),
            origin,
            out::add);
    ReadResult r = out.get(0);
    // The reader numbers lines ("origin:1"); one line is the whole input here.
    if (r instanceof ReadResult.Ok ok) {
      Article a = ok.article();
      return new ReadResult.Ok(
          new Article(
              a.id(),
              a.url(),
              a.source(),
              a.title(),
              a.date(),
              a.dateOrigin(),
              a.text(),
              a.format(),
              origin));
    }
    Rejection rej = ((ReadResult.Rejected) r).rejection();
    return new ReadResult.Rejected(new Rejection(origin, rej.reason()));
  }

  /** Extracts a partition's articles into tagged store rows. */
  private static MapPartitionsFunction<Row, Row> extract(
      Tables tables, long seq, Timestamp now, CollectionAccumulator<Integer> seen) {
    return rows -> {
      TaskContext task = TaskContext.get();
      if (task != null) {
        seen.add(task.partitionId());
      }
      Extractor extractor = ExecutorPipeline.extractor();
      List<Row> out = new ArrayList<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        ReadResult rr = readLine(r.getString(0), r.getString(1));
        Article a = ((ReadResult.Ok) rr).article();
        String id = ContentHash.of(a.text());
        Extraction x;
        try {
          x = extractor.extract(a);
        } catch (RejectedArticleException | RuntimeException e) {
          out.add(
              RowFactory.create(
                  "rejected",
                  id,
                  Tables.pack(
                      TableRows.rejected(
                          new RejectedInput(new Rejection(a.origin(), e.getMessage()), id, a.url()),
                          seq,
                          now))));
          continue;
        }
        for (Map.Entry<String, List<Object[]>> t :
            TableRows.of(x, seq, now, firstEventId(id)).entrySet()) {
          for (Object[] values : t.getValue()) {
            out.add(RowFactory.create(t.getKey(), id, Tables.pack(values)));
          }
        }
        out.add(
            RowFactory.create(
                "article_sketches",
                id,
                Tables.pack(new Object[] {id, TableRows.signature(x.doc().text())})));
      }
      return out.iterator();
    };
  }

  /** Why an article was rejected, as the embedded ingest says it. */
  private static String reason(Exception e) {
    if (e instanceof RejectedArticleException) {
      return e.getMessage();
    }
    return "internal error: "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  /** The global id of an article's first event: from its content hash, room for 1,024 events. */
  static long firstEventId(String articleId) {
    return Long.parseLong(articleId.substring(0, 12), 16) * 1024 + 1;
  }

  private static void write(Tables tables, Dataset<Row> all, String table, String output) {
    Dataset<Row> rows =
        all.filter(functions.col("table").equalTo(table))
            .map(
                (org.apache.spark.api.java.function.MapFunction<Row, Row>)
                    r -> tables.row(table, Tables.unpack((byte[]) r.get(2))),
                Encoders.row(tables.struct(table)));
    rows.write().mode(SaveMode.Overwrite).parquet(output + "/" + table);
  }

  private static void writeRows(
      SparkSession spark, Tables tables, String table, List<Object[]> values, String output) {
    List<Row> rows = new ArrayList<>();
    for (Object[] v : values) {
      rows.add(tables.row(table, v));
    }
    spark
        .createDataFrame(rows, tables.struct(table))
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(output + "/" + table);
  }

  /**
   * Clusters the whole input into stories as the store does: articles sharing a MinHash band are
   * compared, those at least {@link TableRows#STORY_THRESHOLD} alike are linked, and a story is a
   * connected group named by its smallest article id. The links are joined on the cluster; the
   * components are found on the driver from the links alone.
   */
  private static void stories(SparkSession spark, Tables tables, Dataset<Row> all, String output) {
    List<Row> sketches =
        all.filter(functions.col("table").equalTo("article_sketches"))
            .select("row")
            .collectAsList();
    // Sketches are 64 longs per article: small enough for the driver at the scale of a run.
    Map<String, long[]> sig = new TreeMap<>();
    for (Row r : sketches) {
      Object[] v = Tables.unpack((byte[]) r.get(0));
      sig.put((String) v[0], (long[]) v[1]);
    }
    Map<String, List<String>> byBand = new HashMap<>();
    List<Object[]> bandRows = new ArrayList<>();
    for (Map.Entry<String, long[]> e : sig.entrySet()) {
      long[] bands = TableRows.bands(e.getValue());
      for (int b = 0; b < bands.length; b++) {
        bandRows.add(new Object[] {(byte) b, bands[b], e.getKey()});
        byBand.computeIfAbsent(b + ":" + bands[b], k -> new ArrayList<>()).add(e.getKey());
      }
    }
    Map<String, Object[]> links = new TreeMap<>();
    for (List<String> group : byBand.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          String a = group.get(i).compareTo(group.get(j)) < 0 ? group.get(i) : group.get(j);
          String b = a.equals(group.get(i)) ? group.get(j) : group.get(i);
          double s = TableRows.similarity(sig.get(a), sig.get(b));
          if (s >= TableRows.STORY_THRESHOLD) {
            links.put(a + " " + b, new Object[] {a, b, s});
          }
        }
      }
    }
    Map<String, String> parent = new HashMap<>();
    for (String id : sig.keySet()) {
      parent.put(id, id);
    }
    for (Object[] l : links.values()) {
      String ra = find(parent, (String) l[0]);
      String rb = find(parent, (String) l[1]);
      if (!ra.equals(rb)) {
        parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
      }
    }
    List<Object[]> storyRows = new ArrayList<>();
    List<Object[]> sketchRows = new ArrayList<>();
    for (Map.Entry<String, long[]> e : sig.entrySet()) {
      storyRows.add(new Object[] {e.getKey(), find(parent, e.getKey())});
      sketchRows.add(new Object[] {e.getKey(), e.getValue()});
    }
    writeRows(spark, tables, "article_sketches", sketchRows, output);
    writeRows(spark, tables, "article_bands", bandRows, output);
    writeRows(spark, tables, "article_links", new ArrayList<>(links.values()), output);
    writeRows(spark, tables, "stories", storyRows, output);
  }

  /** The root of a node: the smallest id of its component, as unions keep the smaller root. */
  private static String find(Map<String, String> parent, String x) {
    String root = x;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    return root;
  }
}
