package org.annalist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.annalist.model.Extraction;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.duckdb.DuckDBConnection;

/**
 * The embedded store: one data directory holding a DuckDB database ({@code annalist.duckdb}: the
 * tables of {@code schema/V*.sql}) and a Lucene index ({@code lucene/}: title, text and entity
 * names).
 *
 * <p><b>Consistency.</b> {@link #write} stores a batch of articles in one DuckDB transaction, with
 * a new ingest sequence number, and then commits the same articles to Lucene, recording that number
 * in the Lucene commit. A process killed in between leaves DuckDB ahead of Lucene, never a
 * half-written article; the next {@link Mode#READ_WRITE} open compares the two and re-indexes what
 * Lucene lacks (and deletes what DuckDB lacks), so that both hold the same articles.
 *
 * <p><b>Processes.</b> Like DuckDB, a store allows one writing process or any number of reading
 * ones, never both: opening it otherwise throws {@link StoreInUseException} with a one-line message
 * and touches nothing. Reading opens refuse writes at the database level as well.
 *
 * <p><b>Threads.</b> A store is safe to share between threads; its calls are serialised.
 */
public final class Store implements StoreQueries, Ingestion.Sink {
  /** How a store is opened. */
  public enum Mode {
    /** Created when missing, migrated to the latest schema, repaired; one process at a time. */
    READ_WRITE,
    /** Must exist; any number of reading processes, no writer. */
    READ_ONLY
  }

  /**
   * The content hashes and ({@link #URL_KEY}-prefixed) URLs of the stored articles, kept in memory
   * by a writing store so that checking an article costs no query; null when read-only.
   */
  private Set<String> known;

  /** The stored MinHash band hashes (a writing store only). */
  private BandFilter bands;

  private static final String URL_KEY = "url:";

  /** Longest time between two commits of the full-text index while writing. */
  private static final long INDEX_COMMIT_NANOS = 5_000_000_000L;

  private long lastIndexCommit = System.nanoTime();
  private boolean indexBehind;

  /** The database file inside the data directory. */
  public static final String DATABASE = "annalist.duckdb";

  private final Path dir;
  private final Mode mode;
  private final StoreLock lock;
  private final Connection db;
  private final TextIndex index;
  private Rows rows;
  private PreparedStatement byId;
  private PreparedStatement byUrl;
  private long nextSeq;
  private long nextEventId;
  private Repair repair = new Repair(0, 0);

  /**
   * What opening a writable store repaired.
   *
   * @param reindexed articles in DuckDB that the full-text index lacked, now indexed
   * @param removed index entries with no article in DuckDB, now deleted
   */
  public record Repair(int reindexed, int removed) {}

  /** The parts of {@link #write}, timed separately for the write benchmark. */
  public enum WritePhase {
    /** Hashing, duplicate checks and building the rows (annotation encoding, GKG record). */
    ROWS,
    /** Inserting the rows into the DuckDB tables. */
    TABLES,
    /** MinHash sketches, near-duplicate candidates and story links. */
    STORIES,
    /** Committing the DuckDB transaction. */
    COMMIT,
    /** Building the Lucene documents and adding them (and the periodic Lucene commit). */
    INDEX
  }

  /**
   * Connections of their own for {@link #select} and {@link #search}, so that readers (the API
   * server's request threads) run side by side with one another and with a write; at most {@link
   * #MAX_READERS}, made on first need.
   */
  private final java.util.concurrent.BlockingQueue<Connection> readers =
      new java.util.concurrent.LinkedBlockingQueue<>();

  private final java.util.concurrent.atomic.AtomicInteger readerCount =
      new java.util.concurrent.atomic.AtomicInteger();

  private static final int MAX_READERS = 8;

  /** Runs inside {@link #write} just before the commit; tests make it fail. */
  Runnable beforeCommit = () -> {};

  private final long[] writeNanos = new long[WritePhase.values().length];

  /** Nanoseconds spent so far in each part of {@link #write}. */
  public synchronized Map<WritePhase, Long> writeNanos() {
    Map<WritePhase, Long> out = new java.util.EnumMap<>(WritePhase.class);
    for (WritePhase p : WritePhase.values()) {
      out.put(p, writeNanos[p.ordinal()]);
    }
    return out;
  }

  private long lap(WritePhase phase, long since) {
    long now = System.nanoTime();
    writeNanos[phase.ordinal()] += now - since;
    return now;
  }

  private Store(Path dir, Mode mode, StoreLock lock, Connection db, TextIndex index) {
    this.dir = dir;
    this.mode = mode;
    this.lock = lock;
    this.db = db;
    this.index = index;
  }

  /**
   * Opens the store in {@code dir}.
   *
   * @throws StoreInUseException when another process holds it in a conflicting mode
   * @throws StoreException when it cannot be opened (missing for reading, newer schema, damaged)
   */
  public static Store open(Path dir, Mode mode) {
    boolean write = mode == Mode.READ_WRITE;
    if (write) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new StoreException("cannot create the store directory " + dir + ": " + e, e);
      }
    } else if (!Files.isRegularFile(dir.resolve(DATABASE))
        || !Files.exists(dir.resolve(StoreLock.FILE))) {
      throw new StoreException("no store in " + dir + " (create one with annalist ingest)");
    }
    StoreLock lock = StoreLock.acquire(dir, write);
    Connection db = null;
    TextIndex index = null;
    try {
      db = connect(dir, write);
      if (write) {
        Schema.migrate(db);
      } else {
        Schema.checkReadable(db);
      }
      index = TextIndex.open(dir, write);
      Store store = new Store(dir, mode, lock, db, index);
      store.init();
      return store;
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(index, db);
      lock.close();
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open the store " + dir + ": " + oneLine(e), e);
    }
  }

  /**
   * Copies the store in {@code from} to {@code to} and replicates the copy's events until it holds
   * at least {@code events}: a fixture for timing aggregations at scale from real events. Copy k of
   * an event has its global id shifted by k times the largest id, its id in the article suffixed
   * with k, and its day shifted by k days modulo a year; mentions, articles and the full-text index
   * are not replicated. The source is read under a reader's lock and left as it was.
   *
   * @return the number of events in the copy
   */
  public static long scaledCopy(Path from, Path to, long events) {
    StoreLock lock = copy(from, to);
    try {
      try (Connection db = connect(to, true);
          Statement st = db.createStatement()) {
        long have;
        long maxId;
        try (ResultSet rs =
            st.executeQuery("SELECT count(*), coalesce(max(global_event_id), 0) FROM events")) {
          rs.next();
          have = rs.getLong(1);
          maxId = rs.getLong(2);
        }
        if (have == 0 || have >= events) {
          return have;
        }
        long copies = (events + have - 1) / have;
        try (PreparedStatement ps =
            db.prepareStatement(
                "INSERT INTO events SELECT e.* REPLACE (e.global_event_id + k.i * ? AS"
                    + " global_event_id, e.event_id || '.' || k.i AS event_id,"
                    + " e.day + CAST(k.i % 365 AS INTEGER) AS day)"
                    + " FROM events e, range(1, ?) AS k(i)")) {
          ps.setLong(1, maxId + 1);
          ps.setLong(2, copies);
          ps.executeUpdate();
        }
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
          rs.next();
          return rs.getLong(1);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot make a scaled copy of " + from + ": " + oneLine(e), e);
    } finally {
      lock.close();
    }
  }

  /**
   * Copies the store in {@code from} to {@code to} under a reader's lock on {@code from}, which the
   * caller releases.
   */
  private static StoreLock copy(Path from, Path to) {
    if (!Files.isRegularFile(from.resolve(DATABASE))) {
      throw new StoreException("no store in " + from + " (create one with annalist ingest)");
    }
    StoreLock lock = StoreLock.acquire(from, false);
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return lock;
    } catch (IOException e) {
      lock.close();
      throw new StoreException("cannot copy the store " + from + ": " + oneLine(e), e);
    }
  }

  /**
   * Copies the store in {@code from} to {@code to} and adds articles made from its own until it
   * holds at least {@code articles}: a fixture for timing searches at scale from real text. Copy k
   * of an article keeps its actors, places and events (with new ids) and its text, followed by the
   * first three sentences of another stored article chosen by a fixed hash, so that texts differ;
   * its date is spread by a hash over the 540 days from 2025-01-01; each copy is a story of its
   * own. Mentions, annotations, tone and GKG records are not copied. The full-text index of the
   * copy is deleted: opening the copy for writing indexes every article from the tables. The source
   * is read under a reader's lock and left as it was.
   *
   * @return the number of articles in the copy
   */
  public static long articleScaledCopy(Path from, Path to, long articles) {
    StoreLock lock = copy(from, to);
    try {
      long have;
      try (Connection db = connect(to, true);
          Statement st = db.createStatement()) {
        long maxId;
        try (ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM articles),"
                    + " (SELECT coalesce(max(global_event_id), 0) FROM events)")) {
          rs.next();
          have = rs.getLong(1);
          maxId = rs.getLong(2);
        }
        if (have == 0 || have >= articles) {
          return have;
        }
        long copies = (articles + have - 1) / have;
        st.execute(
            "CREATE TEMP TABLE src AS SELECT row_number() OVER (ORDER BY article_id) - 1 AS rn,"
                + " article_id, text FROM articles");
        st.execute("CREATE TEMP TABLE k AS SELECT i FROM range(1, " + copies + ") AS r(i)");
        st.execute(
            "INSERT INTO articles SELECT a.* REPLACE (a.article_id || '.' || k.i AS article_id,"
                + " a.source_id || '.' || k.i AS source_id,"
                + " CASE WHEN a.url IS NULL THEN NULL ELSE a.url || '#' || k.i END AS url,"
                + " DATE '2025-01-01' + CAST(hash(a.article_id, k.i) % 540 AS INTEGER) AS pub_date,"
                + " a.text || chr(10) || chr(10)"
                + " || array_to_string(list_slice(string_split(b.text, '. '), 1, 3), '. ')"
                + " AS text)"
                + " FROM articles a JOIN src s ON s.article_id = a.article_id CROSS JOIN k"
                + " JOIN src b ON b.rn = (s.rn * 7919 + k.i * 104729) % "
                + have);
        st.execute(
            "INSERT INTO actors SELECT x.* REPLACE (x.article_id || '.' || k.i AS article_id)"
                + " FROM actors x CROSS JOIN k");
        st.execute(
            "INSERT INTO places SELECT x.* REPLACE (x.article_id || '.' || k.i AS article_id)"
                + " FROM places x CROSS JOIN k");
        st.execute(
            "INSERT INTO events SELECT x.* REPLACE (x.article_id || '.' || k.i AS article_id,"
                + " x.global_event_id + k.i * "
                + (maxId + 1)
                + " AS global_event_id) FROM events x CROSS JOIN k");
        st.execute(
            "INSERT INTO stories SELECT article_id, article_id FROM articles"
                + " WHERE article_id NOT IN (SELECT article_id FROM stories)");
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
          rs.next();
          have = rs.getLong(1);
        }
      }
      try (Stream<Path> walk = Files.walk(to.resolve(TextIndex.DIR))) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
      return have;
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot make a scaled copy of " + from + ": " + oneLine(e), e);
    } finally {
      lock.close();
    }
  }

  static Connection connect(Path dir, boolean write) throws SQLException {
    Properties p = new Properties();
    if (!write) {
      p.setProperty("duckdb.read_only", "true");
    }
    // The store's own tables only: no files, no network, no extensions; settings frozen.
    p.setProperty("enable_external_access", "false");
    p.setProperty("autoinstall_known_extensions", "false");
    p.setProperty("autoload_known_extensions", "false");
    p.setProperty("allow_community_extensions", "false");
    p.setProperty("lock_configuration", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DATABASE), p);
  }

  private void init() throws SQLException, IOException {
    nextSeq = longQuery("SELECT coalesce(max(seq), 0) FROM ingest_batches") + 1;
    nextEventId = longQuery("SELECT coalesce(max(global_event_id), 0) FROM events") + 1;
    byId = db.prepareStatement("SELECT count(*) FROM articles WHERE article_id = ?");
    byUrl = db.prepareStatement("SELECT count(*) FROM articles WHERE url = ?");
    if (mode == Mode.READ_WRITE) {
      known = new HashSet<>();
      for (Object[] r : rows("SELECT article_id, url FROM articles", List.of())) {
        known.add((String) r[0]);
        if (r[1] != null) {
          known.add(URL_KEY + r[1]);
        }
      }
      rows = new Rows(db);
      addMissingStories();
      bands = BandFilter.load(db);
      repair = reconcile();
    }
  }

  /** The data directory. */
  @Override
  public Path dir() {
    return dir;
  }

  public Mode mode() {
    return mode;
  }

  /** What the last writable open repaired (nothing when both parts agreed). */
  public Repair repair() {
    return repair;
  }

  /** Whether an article with this content hash, or this URL (when not null), is stored. */
  @Override
  public synchronized boolean contains(String contentHash, String url) {
    if (known != null) {
      return known.contains(contentHash) || (url != null && known.contains(URL_KEY + url));
    }
    try {
      return count(byId, contentHash) > 0 || (url != null && count(byUrl, url) > 0);
    } catch (SQLException e) {
      throw failure("cannot read the store", e);
    }
  }

  private static long count(PreparedStatement ps, String key) throws SQLException {
    ps.setString(1, key);
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Stores a batch: articles not yet stored (by content hash and URL) with everything extracted
   * from them, and rejections, in one DuckDB transaction; then indexes the new articles in Lucene.
   * Nothing of the batch is visible until both are committed in DuckDB; a failure rolls it back.
   *
   * @param articles extractions to store (duplicates are counted and skipped)
   * @param rejections inputs to keep as rejected
   */
  @Override
  public synchronized BatchResult write(List<Extraction> articles, List<RejectedInput> rejections) {
    requireWritable();
    if (articles.isEmpty() && rejections.isEmpty()) {
      return new BatchResult(0, 0, 0, 0, 0);
    }
    long seq = nextSeq;
    long eventId = nextEventId;
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    int stored = 0;
    int duplicates = 0;
    int rejected = 0;
    int events = 0;
    Map<String, String> added = new LinkedHashMap<>();
    List<String> addedUrls = new ArrayList<>();
    List<IndexDoc> docs = new ArrayList<>();
    long clock = System.nanoTime();
    try {
      begin();
      Set<String> seen = new HashSet<>();
      for (Extraction x : articles) {
        String id = ContentHash.of(x.doc().article().text());
        String url = x.doc().article().url();
        if (!seen.add(id) || (url != null && !seen.add("url:" + url)) || contains(id, url)) {
          duplicates++;
          continue;
        }
        int n = rows.add(id, x, seq, now, eventId, url, true);
        added.put(id, x.doc().text());
        docs.add(IndexDoc.of(id, x));
        if (url != null) {
          addedUrls.add(url);
        }
        eventId += n;
        events += n;
        stored++;
      }
      for (RejectedInput r : rejections) {
        rows.reject(r, seq, now);
      }
      clock = lap(WritePhase.ROWS, clock);
      rejected = rows.flush();
      clock = lap(WritePhase.TABLES, clock);
      Stories.add(db, rows.layouts(), bands, added);
      clock = lap(WritePhase.STORIES, clock);
      if (stored + rejected == 0) {
        db.rollback();
        return new BatchResult(0, 0, duplicates, 0, 0);
      }
      try (PreparedStatement ps =
          db.prepareStatement("INSERT INTO ingest_batches VALUES (?, ?, ?, ?)")) {
        ps.setLong(1, seq);
        ps.setTimestamp(2, now);
        ps.setInt(3, stored);
        ps.setInt(4, rejected);
        ps.executeUpdate();
      }
      recordVersions(seq);
      beforeCommit.run();
      db.commit();
      clock = lap(WritePhase.COMMIT, clock);
    } catch (SQLException | RuntimeException e) {
      rows.clear();
      try {
        db.rollback();
      } catch (SQLException ignored) {
        // The connection is gone; the transaction is not committed either way.
      }
      throw failure("cannot store the batch", e);
    } finally {
      autoCommit();
    }
    nextSeq = seq + 1;
    nextEventId = eventId;
    if (bands != null && bands.full()) {
      try {
        bands = BandFilter.load(db);
      } catch (SQLException e) {
        bands = null; // Stories then queries for candidates every batch: slower, as exact.
      }
    }
    known.addAll(added.keySet());
    addedUrls.forEach(u -> known.add(URL_KEY + u));
    try {
      if (stored > 0) {
        index.put(docs);
      }
      // A Lucene commit syncs files to disk: once every few seconds and on close, not per batch.
      // What a crash leaves uncommitted is re-indexed from the tables on the next writable open.
      long tick = System.nanoTime();
      if (tick - lastIndexCommit >= INDEX_COMMIT_NANOS) {
        index.commit(seq);
        lastIndexCommit = tick;
        indexBehind = false;
      } else {
        indexBehind = true;
      }
      lap(WritePhase.INDEX, clock);
    } catch (IOException e) {
      throw failure("stored the batch but could not index it (it is re-indexed on next open)", e);
    }
    return new BatchResult(seq, stored, duplicates, rejected, events);
  }

  /**
   * Opens a transaction. DuckDB begins it at the first statement after auto-commit is turned off,
   * and the appender joins an open transaction only (without one it commits on its own), so a
   * statement is run here.
   */
  private void begin() throws SQLException {
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      s.execute("SELECT 1");
    }
  }

  private void autoCommit() {
    try {
      db.setAutoCommit(true);
    } catch (SQLException e) {
      // The next statement reports a broken connection.
    }
  }

  /** Puts the articles of a store written before stories existed into stories, once. */
  private void addMissingStories() throws SQLException {
    List<Object[]> missing =
        rows(
            "SELECT article_id, text FROM articles WHERE article_id NOT IN"
                + " (SELECT article_id FROM stories) ORDER BY article_id",
            List.of());
    if (missing.isEmpty()) {
      return;
    }
    begin();
    try {
      for (int from = 0; from < missing.size(); from += 256) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Object[] r : missing.subList(from, Math.min(missing.size(), from + 256))) {
          texts.put((String) r[0], (String) r[1]);
        }
        Stories.add(db, rows.layouts(), bands, texts);
      }
      db.commit();
    } catch (SQLException e) {
      db.rollback();
      throw e;
    } finally {
      autoCommit();
    }
  }

  /**
   * Makes Lucene hold exactly the articles DuckDB holds. Cheap when they agree (the last batch and
   * the document count match); otherwise compares the ids.
   */
  private Repair reconcile() throws SQLException, IOException {
    long dbSeq = nextSeq - 1;
    long indexSeq = index.committedSeq();
    long articles = longQuery("SELECT count(*) FROM articles");
    if (indexSeq == dbSeq && index.numDocs() == articles) {
      return new Repair(0, 0);
    }
    Set<String> inIndex = index.ids();
    Set<String> inDb = new HashSet<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT article_id FROM articles")) {
      while (rs.next()) {
        inDb.add(rs.getString(1));
      }
    }
    Set<String> missing = new java.util.LinkedHashSet<>();
    for (String id : inDb) {
      if (!inIndex.contains(id)) {
        missing.add(id);
      }
    }
    // Articles written (or coded again) after the index's last commit: their entries may be stale.
    for (Object[] r : rows("SELECT article_id FROM articles WHERE seq > ?", List.of(indexSeq))) {
      missing.add((String) r[0]);
    }
    List<String> extra = new ArrayList<>();
    for (String id : inIndex) {
      if (!inDb.contains(id)) {
        extra.add(id);
      }
    }
    index.delete(extra);
    List<String> stale = new ArrayList<>(missing);
    for (int from = 0; from < stale.size(); from += 500) {
      List<String> chunk = stale.subList(from, Math.min(stale.size(), from + 500));
      index.put(indexDocs("a.article_id IN (" + marks(chunk.size()) + ")", chunk));
    }
    index.commit(dbSeq);
    return new Repair(missing.size(), extra.size());
  }

  /** The index documents of the articles matching {@code where} (on alias {@code a}). */
  List<IndexDoc> indexDocs(String where, List<?> params) throws SQLException {
    Map<String, IndexDoc> docs = new LinkedHashMap<>();
    Map<String, List<String>> entities = new HashMap<>();
    Map<String, List<String>> actors = new HashMap<>();
    Map<String, List<String>> countries = new HashMap<>();
    Map<String, List<String>> codes = new HashMap<>();
    String sub = "SELECT a.article_id FROM articles a WHERE " + where;
    for (Object[] row :
        rows(
            "SELECT article_id, name, code, country, NULL FROM actors WHERE article_id IN ("
                + sub
                + ") UNION ALL SELECT article_id, name, NULL, country, fips FROM places"
                + " WHERE article_id IN ("
                + sub
                + ") UNION ALL SELECT article_id, NULL, NULL, NULL, event_code FROM events"
                + " WHERE article_id IN ("
                + sub
                + ")",
            concat(params, params, params))) {
      String id = (String) row[0];
      boolean event = row[1] == null;
      if (event) {
        codes.computeIfAbsent(id, k -> new ArrayList<>()).add((String) row[4]);
        continue;
      }
      entities.computeIfAbsent(id, k -> new ArrayList<>()).add((String) row[1]);
      if (row[2] != null) {
        actors.computeIfAbsent(id, k -> new ArrayList<>()).add((String) row[2]);
      }
      for (int i = 3; i <= 4; i++) {
        if (row[i] != null) {
          countries.computeIfAbsent(id, k -> new ArrayList<>()).add((String) row[i]);
        }
      }
    }
    for (Object[] row :
        rows(
            "SELECT a.article_id, a.title, a.text, a.pub_date, a.focus FROM articles a WHERE "
                + where,
            params)) {
      String id = (String) row[0];
      List<String> cs = new ArrayList<>(countries.getOrDefault(id, List.of()));
      for (Object c : (List<?>) ResultTable.value(row[4])) {
        cs.add((String) c);
      }
      LocalDate date = row[3] == null ? null : LocalDate.parse((String) ResultTable.value(row[3]));
      docs.put(
          id,
          new IndexDoc(
              id,
              (String) row[1],
              (String) row[2],
              date,
              entities.getOrDefault(id, List.of()),
              actors.getOrDefault(id, List.of()),
              cs,
              codes.getOrDefault(id, List.of())));
    }
    return new ArrayList<>(docs.values());
  }

  private static List<Object> concat(List<?> a, List<?> b, List<?> c) {
    List<Object> out = new ArrayList<>(a);
    out.addAll(b);
    out.addAll(c);
    return out;
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private List<Object[]> rows(String sql, List<?> params) throws SQLException {
    List<Object[]> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Object[] row = new Object[n];
          for (int i = 0; i < n; i++) {
            row[i] = rs.getObject(i + 1);
          }
          out.add(row);
        }
      }
    }
    return out;
  }

  private long longQuery(String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * What {@link #importTables} did.
   *
   * @param articles articles imported
   * @param duplicates articles skipped because the store holds the same content or URL
   * @param events events imported
   * @param rejected rejected inputs imported (not already stored)
   */
  public record Imported(long articles, long duplicates, long events, long rejected) {}

  /** The tables of one article, in the order they are imported. */
  private static final List<String> ARTICLE_TABLES =
      List.of(
          "articles",
          "annotations",
          "actors",
          "places",
          "spans",
          "events",
          "mentions",
          "article_tone",
          "gkg");

  /**
   * Imports the tables another writer (the Spark job) wrote as Parquet, one directory per table
   * under {@code dir}, in one transaction as one ingest batch: articles the store does not hold (by
   * content hash and URL) with everything extracted from them, keeping their event ids, and the
   * rejected inputs; the imported articles join the store's stories as an ingest would put them;
   * then they are indexed.
   *
   * @throws StoreException when a table is missing or unreadable, an event id is already used, or
   *     the store is read-only
   */
  public synchronized Imported importTables(Path dir) {
    requireWritable();
    long seq = nextSeq;
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    long articles = 0;
    long skipped = 0;
    long events = 0;
    long rejected = 0;
    Map<String, String> texts = new LinkedHashMap<>();
    Set<String> urls = new HashSet<>();
    try (Connection files = DriverManager.getConnection("jdbc:duckdb:")) {
      ParquetTables in = new ParquetTables(files, dir);
      // Which articles to take: those whose content and URL the store does not hold.
      Set<String> take = new HashSet<>();
      long[] dup = {0};
      in.each(
          "articles",
          (columns, r) -> {
            String id = (String) r[columns.indexOf("article_id")];
            String url = (String) r[columns.indexOf("url")];
            if (contains(id, url) || !take.add(id) || (url != null && !urls.add(url))) {
              dup[0]++;
              return;
            }
            texts.put(id, (String) r[columns.indexOf("text")]);
          });
      skipped = dup[0];
      take.retainAll(texts.keySet());
      begin();
      for (String table : ARTICLE_TABLES) {
        List<Object[]> chunk = new ArrayList<>();
        int[] article = {-1};
        long[] n = {0};
        in.each(
            table,
            (columns, r) -> {
              if (article[0] < 0) {
                article[0] = columns.indexOf("article_id");
              }
              if (!take.contains((String) r[article[0]])) {
                return;
              }
              if (table.equals("articles")) {
                r[columns.indexOf("seq")] = seq;
              }
              chunk.add(r);
              n[0]++;
              if (chunk.size() == 10_000) {
                TableAppender.appendAll(db, rows.layouts(), table, chunk);
                chunk.clear();
              }
            });
        TableAppender.appendAll(db, rows.layouts(), table, chunk);
        if (table.equals("events")) {
          events = n[0];
        }
      }
      articles = texts.size();
      try (PreparedStatement ps =
          db.prepareStatement("INSERT OR IGNORE INTO rejected VALUES (?, ?, ?, ?, ?, ?)")) {
        long[] added = {0};
        in.each(
            "rejected",
            (columns, r) -> {
              ps.setObject(1, r[0]);
              ps.setLong(2, seq);
              ps.setObject(3, r[2]);
              ps.setObject(4, r[3]);
              ps.setObject(5, r[4]);
              ps.setTimestamp(6, now);
              added[0] += ps.executeUpdate();
            });
        rejected = added[0];
      }
      Stories.add(db, rows.layouts(), bands, texts);
      try (PreparedStatement ps =
          db.prepareStatement("INSERT INTO ingest_batches VALUES (?, ?, ?, ?)")) {
        ps.setLong(1, seq);
        ps.setTimestamp(2, now);
        ps.setInt(3, (int) articles);
        ps.setInt(4, (int) rejected);
        ps.executeUpdate();
      }
      List<Object[]> versions = new ArrayList<>();
      in.each("batch_versions", (columns, r) -> versions.add(r));
      if (versions.isEmpty()) {
        recordVersions(seq);
      } else {
        try (PreparedStatement ps =
            db.prepareStatement("INSERT INTO batch_versions VALUES (?, ?, ?)")) {
          ps.setLong(1, seq);
          ps.setObject(2, versions.get(0)[1]);
          ps.setObject(3, versions.get(0)[2]);
          ps.executeUpdate();
        }
      }
      db.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        db.rollback();
      } catch (SQLException ignored) {
        // Not committed either way.
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      throw failure("cannot import " + dir, e);
    } finally {
      autoCommit();
    }
    nextSeq = seq + 1;
    try {
      nextEventId =
          Math.max(
              nextEventId, longQuery("SELECT coalesce(max(global_event_id), 0) FROM events") + 1);
      known.addAll(texts.keySet());
      urls.forEach(u -> known.add(URL_KEY + u));
      if (bands != null) {
        bands = BandFilter.load(db);
      }
      index.put(indexDocs("a.seq = ?", List.of(seq)));
      index.commit(seq);
    } catch (IOException | SQLException e) {
      throw failure("imported the tables but could not index them (they are on the next open)", e);
    }
    return new Imported(articles, skipped, events, rejected);
  }

  /** Codes an annotated article again: the pipeline's {@code Extractor::code}. */
  @FunctionalInterface
  public interface Coder {
    Extraction code(org.annalist.model.AnnotatedDoc doc);
  }

  /**
   * What {@link #recode} did.
   *
   * @param articles articles coded again
   * @param eventsBefore their events before
   * @param eventsAfter their events after
   */
  public record Recoded(long articles, long eventsBefore, long eventsAfter) {}

  /**
   * Codes every article with a stored annotation again (new dictionaries, no CoreNLP) and replaces
   * its actors, places, events and mentions, {@code batchSize} articles per transaction; each batch
   * is re-indexed like an ingest batch, so a killed recode leaves every article either as it was or
   * recoded, and the index is repaired on the next open.
   *
   * @param progress told the number of articles recoded so far, after each batch
   */
  public Recoded recode(Coder coder, int batchSize, java.util.function.LongConsumer progress) {
    requireWritable();
    List<String> ids = new ArrayList<>();
    long before;
    synchronized (this) {
      try {
        for (Object[] r :
            rows("SELECT article_id FROM annotations ORDER BY article_id", List.of())) {
          ids.add((String) r[0]);
        }
        before = longQuery("SELECT count(*) FROM events");
      } catch (SQLException e) {
        throw failure("cannot read the store", e);
      }
    }
    long done = 0;
    for (int from = 0; from < ids.size(); from += batchSize) {
      recodeBatch(coder, ids.subList(from, Math.min(ids.size(), from + batchSize)));
      done = Math.min(ids.size(), from + batchSize);
      progress.accept(done);
    }
    synchronized (this) {
      try {
        return new Recoded(done, before, longQuery("SELECT count(*) FROM events"));
      } catch (SQLException e) {
        throw failure("cannot read the store", e);
      }
    }
  }

  /** Records the versions of the pipeline and dictionaries that coded batch {@code seq}. */
  private void recordVersions(long seq) throws SQLException {
    org.annalist.pipeline.Versions v = org.annalist.pipeline.Versions.current();
    try (PreparedStatement ps =
        db.prepareStatement("INSERT INTO batch_versions VALUES (?, ?, ?)")) {
      ps.setLong(1, seq);
      ps.setString(2, v.pipeline());
      ps.setString(3, v.dictionaries());
      ps.executeUpdate();
    }
  }

  private synchronized void recodeBatch(Coder coder, List<String> ids) {
    long seq = nextSeq;
    long eventId = nextEventId;
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    try {
      List<Object[]> stored =
          rows(
              "SELECT n.article_id, n.data, a.ingested_at, a.url FROM annotations n"
                  + " JOIN articles a USING (article_id) WHERE n.article_id IN ("
                  + marks(ids.size())
                  + ")",
              ids);
      List<Object[]> coded = new ArrayList<>();
      for (Object[] r : stored) {
        Extraction x = coder.code(AnnotationCodec.decode(blob(r[1])));
        coded.add(new Object[] {r[0], x, r[2], r[3]});
      }
      begin();
      for (Object[] r : coded) {
        String id = (String) r[0];
        rows.deleteExtraction(id);
        int n =
            rows.add(id, (Extraction) r[1], seq, (Timestamp) r[2], eventId, (String) r[3], false);
        eventId += n;
      }
      rows.flush();
      try (PreparedStatement ps =
          db.prepareStatement("INSERT INTO ingest_batches VALUES (?, ?, ?, ?)")) {
        ps.setLong(1, seq);
        ps.setTimestamp(2, now);
        ps.setInt(3, coded.size());
        ps.setInt(4, 0);
        ps.executeUpdate();
      }
      recordVersions(seq);
      db.commit();
    } catch (SQLException | RuntimeException e) {
      rows.clear();
      try {
        db.rollback();
      } catch (SQLException ignored) {
        // The transaction is not committed either way.
      }
      throw failure("cannot recode", e);
    } finally {
      autoCommit();
    }
    nextSeq = seq + 1;
    nextEventId = eventId;
    try {
      index.put(indexDocs("a.seq = ?", List.of(seq)));
      index.commit(seq);
    } catch (IOException | SQLException e) {
      throw failure("recoded the batch but could not index it (it is re-indexed on next open)", e);
    }
  }

  private static byte[] blob(Object v) throws SQLException {
    if (v instanceof byte[] b) {
      return b;
    }
    if (v instanceof java.sql.Blob b) {
      return b.getBytes(1, (int) b.length());
    }
    if (v instanceof java.nio.ByteBuffer buf) {
      byte[] out = new byte[buf.remaining()];
      buf.duplicate().get(out);
      return out;
    }
    throw new SQLException("not a blob: " + (v == null ? null : v.getClass().getName()));
  }

  /**
   * Compares DuckDB and Lucene and the completeness of every article (its events and their mentions
   * are all present): what a test of crash safety checks.
   */
  public synchronized Consistency check() {
    try {
      Set<String> inDb = new HashSet<>();
      for (Object[] r : rows("SELECT article_id FROM articles", List.of())) {
        inDb.add((String) r[0]);
      }
      long incomplete =
          longQuery(
              "SELECT count(*) FROM articles a WHERE a.n_events <> (SELECT count(*) FROM events e"
                  + " WHERE e.article_id = a.article_id) OR EXISTS (SELECT 1 FROM events e WHERE"
                  + " e.article_id = a.article_id AND e.num_mentions <> (SELECT count(*) FROM"
                  + " mentions m WHERE m.global_event_id = e.global_event_id))"
                  + " OR NOT EXISTS (SELECT 1 FROM stories s WHERE s.article_id = a.article_id)"
                  + " OR NOT EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.article_id)");
      return new Consistency(inDb, index.ids(), incomplete);
    } catch (SQLException | IOException e) {
      throw failure("cannot check the store", e);
    }
  }

  /**
   * The result of {@link #check}.
   *
   * @param articles ids of the articles in DuckDB
   * @param indexed ids of the articles in Lucene
   * @param incomplete articles whose events, mentions, story or annotation are not all stored
   */
  public record Consistency(Set<String> articles, Set<String> indexed, long incomplete) {
    /** Whether both parts hold the same, complete articles. */
    public boolean ok() {
      return articles.equals(indexed) && incomplete == 0;
    }
  }

  /**
   * Full-text search over titles, texts and entity names, best first, with snippets. Runs beside
   * other readers and writes (the index's searchers and a reader's connection).
   */
  @Override
  public SearchResult search(SearchQuery q) {
    TextIndex.Hits hits = searchIndex(q);
    Map<String, List<Object>> meta = new HashMap<>();
    List<String> ids = hits.hits().stream().map(TextIndex.Hit::id).toList();
    if (!ids.isEmpty()) {
      for (List<Object> r :
          select(
                  "SELECT article_id, title, pub_date, url, origin FROM articles"
                      + " WHERE article_id IN ("
                      + marks(ids.size())
                      + ")",
                  ids,
                  Integer.MAX_VALUE)
              .rows()) {
        meta.put((String) r.get(0), r);
      }
    }
    List<SearchHit> out = new ArrayList<>();
    for (TextIndex.Hit h : hits.hits()) {
      List<Object> r = meta.get(h.id());
      if (r == null) {
        continue;
      }
      LocalDate date = r.get(2) == null ? null : LocalDate.parse((String) r.get(2));
      out.add(
          new SearchHit(
              h.id(),
              h.score(),
              (String) r.get(1),
              date,
              (String) r.get(3),
              (String) r.get(4),
              h.snippet()));
    }
    return new SearchResult(hits.total(), out);
  }

  /** The full-text index's hits for a search: ids, scores and snippets. */
  TextIndex.Hits searchIndex(SearchQuery q) {
    try {
      return index.search(luceneQuery(q), q.offset(), q.limit());
    } catch (IOException e) {
      throw failure("cannot search the store", e);
    }
  }

  private Query luceneQuery(SearchQuery q) {
    SimpleQueryParser parser =
        new SimpleQueryParser(
            index.analyzer(),
            Map.of(TextIndex.TITLE, 2f, TextIndex.TEXT, 1f, TextIndex.ENTITIES, 1.5f));
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(parser.parse(q.text()), BooleanClause.Occur.MUST);
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(TextIndex.DATE, from, to), BooleanClause.Occur.FILTER);
    }
    if (q.actor() != null) {
      Query actor =
          EventFilter.isCode(q.actor())
              ? new PrefixQuery(new Term(TextIndex.ACTOR, q.actor()))
              : new QueryBuilder(index.analyzer()).createPhraseQuery(TextIndex.ENTITIES, q.actor());
      b.add(actor == null ? new BooleanQuery.Builder().build() : actor, BooleanClause.Occur.FILTER);
    }
    if (q.country() != null) {
      b.add(
          new TermQuery(new Term(TextIndex.COUNTRY, q.country().toUpperCase(Locale.ROOT))),
          BooleanClause.Occur.FILTER);
    }
    if (q.code() != null) {
      b.add(new PrefixQuery(new Term(TextIndex.CODE, q.code())), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** The columns {@link #events} returns, in order. */
  public static final List<String> EVENT_COLUMNS =
      List.of(
          "global_event_id",
          "day",
          "actor1_code",
          "actor1_name",
          "event_code",
          "actor2_code",
          "actor2_name",
          "modality",
          "quad_class",
          "goldstein_scale",
          "action_geo_fullname",
          "action_geo_country_code",
          "confidence",
          "num_mentions",
          "article_id",
          "explanation");

  /** Stored events matching {@code f}, by day then id. */
  @Override
  public synchronized ResultTable events(EventFilter f, int limit, int offset) {
    List<Object> params = new ArrayList<>();
    String where = where(f, params);
    params.add(limit);
    params.add(offset);
    String sql =
        "SELECT "
            + String.join(", ", EVENT_COLUMNS)
            + " FROM events e"
            + where
            + " ORDER BY day NULLS LAST, global_event_id LIMIT ? OFFSET ?";
    return table(sql, params, Integer.MAX_VALUE);
  }

  /** The SQL condition (with a leading {@code WHERE}, or empty) of an event filter on alias e. */
  static String where(EventFilter f, List<Object> params) {
    List<String> conds = new ArrayList<>();
    if (f.from() != null) {
      conds.add("e.day >= ?");
      params.add(java.sql.Date.valueOf(f.from()));
    }
    if (f.to() != null) {
      conds.add("e.day <= ?");
      params.add(java.sql.Date.valueOf(f.to()));
    }
    if (f.actor() != null) {
      if (EventFilter.isCode(f.actor())) {
        conds.add("(starts_with(e.actor1_code, ?) OR starts_with(e.actor2_code, ?))");
        params.add(f.actor());
        params.add(f.actor());
      } else {
        conds.add("(e.actor1_name ILIKE ? OR e.actor2_name ILIKE ?)");
        String like = "%" + f.actor().replace("%", "").replace("_", "") + "%";
        params.add(like);
        params.add(like);
      }
    }
    if (f.country() != null) {
      String c = f.country().toUpperCase(Locale.ROOT);
      conds.add(
          "(e.actor1_country_code = ? OR e.actor2_country_code = ? OR e.action_geo_country = ?"
              + " OR e.action_geo_country_code = ?)");
      params.add(c);
      params.add(c);
      params.add(c);
      params.add(c);
    }
    if (f.code() != null) {
      conds.add("starts_with(e.event_code, ?)");
      params.add(f.code());
    }
    if (f.modality() != null) {
      conds.add("e.modality = ?");
      params.add(f.modality().toLowerCase(Locale.ROOT));
    }
    if (f.articleId() != null) {
      conds.add("e.article_id = ?");
      params.add(f.articleId());
    }
    return conds.isEmpty() ? "" : " WHERE " + String.join(" AND ", conds);
  }

  /** Rejected inputs, most recent batch first. */
  @Override
  public synchronized ResultTable rejected(int limit, int offset) {
    return table(
        "SELECT origin, reason, url, rejected_at FROM rejected ORDER BY seq DESC, origin"
            + " LIMIT ? OFFSET ?",
        List.of(limit, offset),
        Integer.MAX_VALUE);
  }

  /**
   * Runs one read-only SQL query over the store's tables: writes, settings, files, the network and
   * extensions are refused, by a check of the statement and by the database itself. A store opened
   * {@link Mode#READ_ONLY} is read-only to DuckDB; a writing store (answering a query relayed to it
   * during an ingest) runs the query on a second connection in a transaction that is always rolled
   * back, and DuckDB refuses files, the network and extensions to both.
   *
   * @param maxRows rows read at most (the table says when more matched)
   * @throws StoreException with a one-line message when the query is refused or fails
   */
  @Override
  public synchronized ResultTable sql(String query, int maxRows) {
    String statement = ReadOnlySql.check(query);
    if (mode == Mode.READ_ONLY) {
      return sqlOn(db, statement, maxRows);
    }
    try (Connection c = db.unwrap(DuckDBConnection.class).duplicate()) {
      c.setAutoCommit(false);
      try {
        return sqlOn(c, statement, maxRows);
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException("query failed: " + oneLine(e), e);
    }
  }

  private static ResultTable sqlOn(Connection c, String statement, int maxRows) {
    try (Statement s = c.createStatement()) {
      s.setMaxRows(maxRows + 1);
      try (ResultSet rs = s.executeQuery(statement)) {
        return ResultTable.read(rs, maxRows);
      }
    } catch (SQLException e) {
      throw new StoreException("query failed: " + oneLine(e), e);
    }
  }

  /** Counts, date range and the most frequent actors, event codes and places. */
  @Override
  public synchronized StoreStats stats(int top) {
    try {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String t :
          List.of(
              "articles", "events", "mentions", "actors", "places", "rejected", "annotations")) {
        counts.put(t, longQuery("SELECT count(*) FROM " + t));
      }
      counts.put("stories", longQuery("SELECT count(DISTINCT story_id) FROM stories"));
      Object[] range = rows("SELECT min(pub_date), max(pub_date) FROM articles", List.of()).get(0);
      ResultTable actors =
          table(
              "SELECT code, count(*) AS events FROM (SELECT actor1_code AS code FROM events"
                  + " UNION ALL SELECT actor2_code FROM events) WHERE code IS NOT NULL"
                  + " GROUP BY code ORDER BY events DESC, code LIMIT ?",
              List.of(top),
              top);
      ResultTable codes =
          table(
              "SELECT event_root_code AS root, count(*) AS events FROM events"
                  + " GROUP BY root ORDER BY events DESC, root LIMIT ?",
              List.of(top),
              top);
      ResultTable places =
          table(
              "SELECT action_geo_fullname AS place, action_geo_country_code AS fips,"
                  + " count(*) AS events FROM events WHERE action_geo_type > 0"
                  + " GROUP BY place, fips ORDER BY events DESC, place LIMIT ?",
              List.of(top),
              top);
      return new StoreStats(
          counts,
          (String) ResultTable.value(range[0]),
          (String) ResultTable.value(range[1]),
          actors,
          codes,
          places);
    } catch (SQLException e) {
      throw failure("cannot read the store", e);
    }
  }

  /**
   * Writes the events matching {@code filter} to a file in {@code outDir}.
   *
   * @return the file written and the number of rows
   */
  @Override
  public synchronized Export.Result export(Export.Format format, EventFilter filter, Path outDir) {
    try {
      return new Export(db).write(format, filter, outDir);
    } catch (SQLException e) {
      throw failure("cannot export", e);
    } catch (IOException e) {
      throw new StoreException("cannot write to " + outDir + ": " + oneLine(e), e);
    }
  }

  /**
   * Runs one query of this package's own (for {@link Browse}) on a reader's connection, beside
   * other readers and writes; parameters bound in order.
   */
  ResultTable select(String sql, List<?> params, int maxRows) {
    Connection c = borrowReader();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        return ResultTable.read(rs, maxRows);
      }
    } catch (SQLException e) {
      throw failure("cannot read the store", e);
    } finally {
      readers.offer(c);
    }
  }

  /**
   * A reader's connection: an idle one, a new one while fewer than the most, else the next idle.
   */
  private Connection borrowReader() {
    Connection c = readers.poll();
    if (c != null) {
      return c;
    }
    if (readerCount.incrementAndGet() <= MAX_READERS) {
      try {
        return db.unwrap(DuckDBConnection.class).duplicate();
      } catch (SQLException e) {
        readerCount.decrementAndGet();
        throw failure("cannot read the store", e);
      }
    }
    readerCount.decrementAndGet();
    try {
      return readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting to read the store", e);
    }
  }

  /**
   * Records an analyst's verdict on a stored event.
   *
   * @return the new verdict's number, or -1 when no event has this id
   * @throws StoreException when the store is read-only or the verdict cannot be stored
   */
  public synchronized long feedback(long globalEventId, boolean right, String note) {
    requireWritable();
    try {
      List<Object[]> event =
          rows(
              "SELECT article_id, event_id FROM events WHERE global_event_id = ?",
              List.of(globalEventId));
      if (event.isEmpty()) {
        return -1;
      }
      long id = longQuery("SELECT coalesce(max(feedback_id), 0) + 1 FROM feedback");
      try (PreparedStatement ps =
          db.prepareStatement("INSERT INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, id);
        ps.setLong(2, globalEventId);
        ps.setString(3, (String) event.get(0)[0]);
        ps.setString(4, (String) event.get(0)[1]);
        ps.setString(5, right ? "right" : "wrong");
        ps.setString(6, note);
        ps.setTimestamp(7, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
        ps.executeUpdate();
      }
      return id;
    } catch (SQLException e) {
      throw failure("cannot store the verdict", e);
    }
  }

  private ResultTable table(String sql, List<?> params, int maxRows) {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        return ResultTable.read(rs, maxRows);
      }
    } catch (SQLException e) {
      throw failure("cannot read the store", e);
    }
  }

  private void requireWritable() {
    if (mode != Mode.READ_WRITE) {
      throw new StoreException("the store is open read-only");
    }
  }

  private static StoreException failure(String what, Exception e) {
    return new StoreException(what + ": " + oneLine(e), e);
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(m);
  }

  private static void closeQuietly(TextIndex index, Connection db) {
    try {
      if (index != null) {
        index.close();
      }
    } catch (IOException e) {
      // Closing after a failed open: the first error is the one to report.
    }
    try {
      if (db != null) {
        db.close();
      }
    } catch (SQLException e) {
      // As above.
    }
  }

  private void closeStatements() {
    try {
      if (byId != null) {
        byId.close();
      }
      if (byUrl != null) {
        byUrl.close();
      }
    } catch (SQLException e) {
      // The connection closes next, which releases them.
    }
  }

  /** Closes the index and the database, then releases the process lock. */
  @Override
  public synchronized void close() {
    if (indexBehind) {
      try {
        index.commit(nextSeq - 1);
      } catch (IOException e) {
        // Re-indexed from the tables on the next writable open.
      }
    }
    closeStatements();
    for (Connection c = readers.poll(); c != null; c = readers.poll()) {
      try {
        c.close();
      } catch (SQLException e) {
        // The database closes next.
      }
    }
    closeQuietly(index, db);
    lock.close();
  }
}
