package org.annalist.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Article;
import org.annalist.model.Block;
import org.annalist.model.CleanText;
import org.annalist.model.Dependency;
import org.annalist.model.EntityMention;
import org.annalist.model.EntityType;
import org.annalist.model.Noise;
import org.annalist.model.OffsetMap;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.TimeMention;
import org.annalist.model.Token;

/**
 * Stores an annotated article (the expensive CoreNLP output) as gzip-compressed JSON with arrays
 * for tokens and edges, so that events can be coded again with new dictionaries without running
 * CoreNLP. Version {@value #VERSION}; a decoder refuses other versions.
 */
final class AnnotationCodec {
  static final int VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnnotationCodec() {}

  static byte[] encode(AnnotatedDoc doc) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("v", VERSION);
    Article a = doc.article();
    ObjectNode art = root.putObject("article");
    art.put("id", a.id());
    art.put("url", a.url());
    art.put("source", a.source());
    art.put("title", a.title());
    art.put("date", a.date() == null ? null : a.date().toString());
    art.put("dateOrigin", a.dateOrigin().name());
    art.put("text", a.text());
    art.put("format", a.format());
    art.put("origin", a.origin());
    CleanText clean = doc.clean();
    ObjectNode c = root.putObject("clean");
    c.put("text", clean.text());
    ArrayNode blocks = c.putArray("blocks");
    for (Block b : clean.blocks()) {
      blocks.addArray().add(b.span().start()).add(b.span().end()).add(b.type().name());
    }
    ArrayNode removed = c.putArray("removed");
    for (Noise n : clean.removed()) {
      removed.addArray().add(n.text()).add(n.raw().start()).add(n.raw().end()).add(n.reason());
    }
    ArrayNode runs = c.putArray("runs");
    OffsetMap map = clean.map();
    int length = map.cleanLength();
    int previous = Integer.MIN_VALUE;
    for (int i = 0; i < length; i++) {
      int raw = map.toRaw(i);
      if (raw != previous + 1) {
        runs.addArray().add(i).add(raw);
      }
      previous = raw;
    }
    c.put("rawLength", map.toRaw(length));
    root.put("language", doc.language());
    ArrayNode sentences = root.putArray("sentences");
    for (Sentence s : doc.sentences()) {
      ObjectNode o = sentences.addObject();
      o.put("i", s.index()).put("s", s.span().start()).put("e", s.span().end());
      o.put("h", s.heading());
      ArrayNode tokens = o.putArray("t");
      for (Token t : s.tokens()) {
        tokens
            .addArray()
            .add(t.index())
            .add(t.word())
            .add(t.lemma())
            .add(t.pos())
            .add(t.ner())
            .add(t.span().start())
            .add(t.span().end());
      }
      ArrayNode deps = o.putArray("d");
      for (Dependency d : s.dependencies()) {
        deps.addArray().add(d.head()).add(d.dependent()).add(d.relation());
      }
    }
    ArrayNode entities = root.putArray("entities");
    for (EntityMention m : doc.entities()) {
      entities
          .addArray()
          .add(m.text())
          .add(m.type().name())
          .add(m.span().start())
          .add(m.span().end())
          .add(m.sentence())
          .add(m.firstToken())
          .add(m.endToken());
    }
    ArrayNode times = root.putArray("times");
    for (TimeMention t : doc.times()) {
      times
          .addArray()
          .add(t.text())
          .add(t.span().start())
          .add(t.span().end())
          .add(t.sentence())
          .add(t.type())
          .add(t.value());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = fastGzip(bytes)) {
      MAPPER.writeValue(out, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Gzip at the fastest level: the annotation is written for every article ingested and read only
   * by recode, so speed counts more than the last tenth of its size.
   */
  private static OutputStream fastGzip(OutputStream bytes) throws IOException {
    return new GZIPOutputStream(bytes, 8192) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
  }

  static AnnotatedDoc decode(byte[] data) {
    JsonNode root;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
      root = MAPPER.readTree(in);
    } catch (IOException e) {
      throw new StoreException("unreadable stored annotation: " + Store.oneLine(e), e);
    }
    if (root.path("v").asInt() != VERSION) {
      throw new StoreException("stored annotation of unknown version " + root.path("v"));
    }
    JsonNode art = root.get("article");
    String date = text(art, "date");
    Article a =
        new Article(
            art.get("id").asText(),
            text(art, "url"),
            text(art, "source"),
            text(art, "title"),
            date == null ? null : LocalDate.parse(date),
            date == null ? null : Article.DateOrigin.valueOf(art.get("dateOrigin").asText()),
            art.get("text").asText(),
            art.get("format").asText(),
            text(art, "origin"));
    JsonNode c = root.get("clean");
    String cleanText = c.get("text").asText();
    List<Block> blocks = new ArrayList<>();
    for (JsonNode b : c.get("blocks")) {
      blocks.add(new Block(span(b, 0), Block.Type.valueOf(b.get(2).asText())));
    }
    List<Noise> removed = new ArrayList<>();
    for (JsonNode n : c.get("removed")) {
      removed.add(new Noise(n.get(0).asText(), span(n, 1), n.get(3).asText()));
    }
    OffsetMap.Builder map = new OffsetMap.Builder();
    JsonNode runs = c.get("runs");
    for (int r = 0; r < runs.size(); r++) {
      int from = runs.get(r).get(0).asInt();
      int raw = runs.get(r).get(1).asInt();
      int to = r + 1 < runs.size() ? runs.get(r + 1).get(0).asInt() : cleanText.length();
      for (int i = from; i < to; i++) {
        map.add(raw + (i - from));
      }
    }
    CleanText clean =
        new CleanText(cleanText, blocks, removed, map.build(c.get("rawLength").asInt()));
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode s : root.get("sentences")) {
      List<Token> tokens = new ArrayList<>();
      for (JsonNode t : s.get("t")) {
        tokens.add(
            new Token(
                t.get(0).asInt(),
                t.get(1).asText(),
                t.get(2).asText(),
                t.get(3).asText(),
                t.get(4).asText(),
                span(t, 5)));
      }
      List<Dependency> deps = new ArrayList<>();
      for (JsonNode d : s.get("d")) {
        deps.add(new Dependency(d.get(0).asInt(), d.get(1).asInt(), d.get(2).asText()));
      }
      sentences.add(
          new Sentence(
              s.get("i").asInt(),
              new Span(s.get("s").asInt(), s.get("e").asInt()),
              s.get("h").asBoolean(),
              tokens,
              deps));
    }
    List<EntityMention> entities = new ArrayList<>();
    for (JsonNode m : root.get("entities")) {
      entities.add(
          new EntityMention(
              m.get(0).asText(),
              EntityType.valueOf(m.get(1).asText()),
              span(m, 2),
              m.get(4).asInt(),
              m.get(5).asInt(),
              m.get(6).asInt()));
    }
    List<TimeMention> times = new ArrayList<>();
    for (JsonNode t : root.get("times")) {
      times.add(
          new TimeMention(
              t.get(0).asText(),
              span(t, 1),
              t.get(3).asInt(),
              t.get(4).asText(),
              t.get(5).isNull() ? null : t.get(5).asText()));
    }
    return new AnnotatedDoc(a, clean, root.get("language").asText(), sentences, entities, times);
  }

  private static Span span(JsonNode array, int at) {
    return new Span(array.get(at).asInt(), array.get(at + 1).asInt());
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
