package org.annalist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The Lucene full-text index of a store: title, text and entity names of every article, with its
 * date, actor codes, countries and event codes for filtering. Each commit records the ingest
 * sequence number of the last batch it holds, which {@link Store} compares with DuckDB on open.
 */
final class TextIndex implements AutoCloseable {
  static final String DIR = "lucene";
  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String ENTITIES = "entities";
  static final String DATE = "date";
  static final String ACTOR = "actor";
  static final String COUNTRY = "country";
  static final String CODE = "code";
  private static final String SEQ = "seq";

  /** Text stored with offsets in the postings, for the highlighter. */
  private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

  static {
    HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    HIGHLIGHTED.freeze();
  }

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile boolean stale;

  private TextIndex(Directory dir, IndexWriter writer, SearcherManager searchers) {
    this.dir = dir;
    this.writer = writer;
    this.searchers = searchers;
  }

  /** Opens the index under the store directory; for reading, a missing index reads as empty. */
  static TextIndex open(Path storeDir, boolean write) throws IOException {
    Path path = storeDir.resolve(DIR);
    if (write) {
      Files.createDirectories(path);
      Directory dir = FSDirectory.open(path);
      IndexWriterConfig cfg = new IndexWriterConfig(new EnglishAnalyzer());
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setCommitOnClose(false);
      IndexWriter w = new IndexWriter(dir, cfg);
      if (!DirectoryReader.indexExists(dir)) {
        w.commit();
      }
      return new TextIndex(dir, w, new SearcherManager(w, null));
    }
    if (!Files.isDirectory(path)) {
      return new TextIndex(null, null, null);
    }
    Directory dir = FSDirectory.open(path);
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      return new TextIndex(null, null, null);
    }
    return new TextIndex(dir, null, new SearcherManager(dir, null));
  }

  /** The ingest sequence number of the last committed batch, 0 when none. */
  long committedSeq() throws IOException {
    if (dir == null) {
      return 0;
    }
    List<IndexCommit> commits = DirectoryReader.listCommits(dir);
    Map<String, String> data = commits.get(commits.size() - 1).getUserData();
    String seq = data.get(SEQ);
    return seq == null ? 0 : Long.parseLong(seq);
  }

  /**
   * Adds or replaces the documents of these articles: searched from the next search on, durable
   * after {@link #commit}.
   */
  void put(List<IndexDoc> docs) throws IOException {
    for (IndexDoc d : docs) {
      writer.updateDocument(new Term(ID, d.id()), document(d));
    }
    stale = true;
  }

  /** Deletes these articles' documents. */
  void delete(Collection<String> ids) throws IOException {
    for (String id : ids) {
      writer.deleteDocuments(new Term(ID, id));
    }
    stale = true;
  }

  /** Makes every change durable, recording the batch number {@code seq}. */
  void commit(long seq) throws IOException {
    writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
    stale = false;
  }

  /** A searcher that sees every document put so far. */
  private IndexSearcher acquire() throws IOException {
    if (stale) {
      stale = false;
      searchers.maybeRefreshBlocking();
    }
    return searchers.acquire();
  }

  private static Document document(IndexDoc d) {
    Document doc = new Document();
    doc.add(new StringField(ID, d.id(), Field.Store.YES));
    if (d.title() != null) {
      doc.add(new Field(TITLE, d.title(), HIGHLIGHTED));
    }
    doc.add(new Field(TEXT, d.text(), HIGHLIGHTED));
    doc.add(new TextField(ENTITIES, String.join("\n", d.entities()), Field.Store.NO));
    if (d.date() != null) {
      doc.add(new LongPoint(DATE, d.date().toEpochDay()));
    }
    for (String c : new HashSet<>(d.actorCodes())) {
      doc.add(new StringField(ACTOR, c, Field.Store.NO));
    }
    for (String c : new HashSet<>(d.countries())) {
      doc.add(new StringField(COUNTRY, c, Field.Store.NO));
    }
    for (String c : new HashSet<>(d.eventCodes())) {
      doc.add(new StringField(CODE, c, Field.Store.NO));
    }
    return doc;
  }

  /** The ids of every indexed article. */
  Set<String> ids() throws IOException {
    Set<String> out = new HashSet<>();
    if (searchers == null) {
      return out;
    }
    IndexSearcher s = acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live == null || live.get(i)) {
            out.add(fields.document(i, Set.of(ID)).get(ID));
          }
        }
      }
    } finally {
      searchers.release(s);
    }
    return out;
  }

  /** Live documents. */
  int numDocs() throws IOException {
    if (searchers == null) {
      return 0;
    }
    IndexSearcher s = acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /** One ranked hit: article id, score and a snippet of its text with the matches marked. */
  record Hit(String id, float score, Snippet snippet) {}

  /** The hits from {@code offset}, at most {@code limit}, and the total number of matches. */
  record Hits(long total, List<Hit> hits) {}

  Hits search(Query query, int offset, int limit) throws IOException {
    if (searchers == null) {
      return new Hits(0, List.of());
    }
    IndexSearcher s = acquire();
    try {
      int total = s.count(query);
      if (offset >= total || limit == 0) {
        return new Hits(total, List.of());
      }
      TopDocs top = s.search(query, Math.min(total, offset + limit));
      ScoreDoc[] page =
          java.util.Arrays.copyOfRange(
              top.scoreDocs, Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
      int[] docIds = new int[page.length];
      for (int i = 0; i < page.length; i++) {
        docIds[i] = page[i].doc;
      }
      Object[] texts =
          new MarkingHighlighter(
                  UnifiedHighlighter.builder(s, analyzer)
                      .withFormatter(new SnippetFormatter())
                      .withMaxNoHighlightPassages(1))
              .snippets(query, docIds);
      StoredFields fields = s.storedFields();
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        String id = fields.document(page[i].doc, Set.of(ID)).get(ID);
        Snippet snippet = texts[i] instanceof Snippet sn ? sn : new Snippet("", List.of());
        hits.add(new Hit(id, page[i].score, snippet));
      }
      return new Hits(total, hits);
    } finally {
      searchers.release(s);
    }
  }

  /** A highlighter whose passages are {@link Snippet}s rather than strings. */
  private static final class MarkingHighlighter extends UnifiedHighlighter {
    MarkingHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Object[] snippets(Query query, int[] docIds) throws IOException {
      return highlightFieldsAsObjects(new String[] {TEXT}, query, docIds, new int[] {2}).get(TEXT);
    }
  }

  /** Turns the highlighter's passages into one {@link Snippet}, passages joined by " ... ". */
  private static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder text = new StringBuilder();
      List<Snippet.Mark> marks = new ArrayList<>();
      for (Passage p : passages) {
        if (text.length() > 0) {
          text.append(" ... ");
        }
        int base = text.length() - p.getStartOffset();
        text.append(content, p.getStartOffset(), p.getEndOffset());
        int lastEnd = -1;
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = p.getMatchStarts()[i];
          int end = p.getMatchEnds()[i];
          if (start < lastEnd) {
            continue;
          }
          marks.add(new Snippet.Mark(base + start, base + end));
          lastEnd = end;
        }
      }
      return new Snippet(text.toString().replaceAll("\\s", " "), marks);
    }
  }

  @Override
  public void close() throws IOException {
    if (searchers != null) {
      searchers.close();
    }
    if (writer != null && writer.isOpen()) {
      writer.rollback();
    }
    if (dir != null) {
      dir.close();
    }
  }
}
