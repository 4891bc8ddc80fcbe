package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Block;
import org.annalist.model.CameoCode;
import org.annalist.model.CleanText;
import org.annalist.model.Dependency;
import org.annalist.model.EntityMention;
import org.annalist.model.EntityType;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Noise;
import org.annalist.model.OffsetMap;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.TimeMention;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRecodeTest {
  @TempDir Path dir;

  /** A coder with a "new dictionary": every visit becomes a meeting (040). */
  static Extraction meetings(AnnotatedDoc doc) {
    Extraction x = Synthetic.extract(doc.article());
    CameoCode meet = new CameoCode("040", "Consult", 1.0);
    List<Event> events = new ArrayList<>();
    for (Event e : x.events()) {
      events.add(
          new Event(
              e.id(),
              meet,
              null,
              e.source(),
              e.sourceCode(),
              e.target(),
              e.targetCode(),
              e.modality(),
              e.date(),
              null,
              null,
              "new dictionary",
              e.confidence(),
              e.mentions(),
              e.place()));
    }
    return new Extraction(x.doc(), x.actors(), x.places(), events, x.flags(), x.focus());
  }

  @Test
  void recodingReplacesEventsFromStoredAnnotations() {
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      s.write(
          List.of(
              StoreTest.x("one", StoreTest.VISIT), StoreTest.x("two", "Sudmark visited Norland.")),
          List.of());
      assertThat(s.search(StoreTest.query("visited", null, null, null, "042")).total())
          .isEqualTo(2);
      List<Long> progress = new ArrayList<>();
      Store.Recoded r = s.recode(StoreRecodeTest::meetings, 1, progress::add);
      assertThat(r).isEqualTo(new Store.Recoded(2, 2, 2));
      assertThat(progress).containsExactly(1L, 2L);
      ResultTable t = s.events(EventFilter.all(), 10, 0);
      assertThat(t.rows()).extracting(row -> row.get(t.column("event_code"))).containsOnly("040");
      assertThat(t.rows())
          .extracting(row -> row.get(t.column("explanation")))
          .containsOnly("new dictionary");
      assertThat(s.search(StoreTest.query("visited", null, null, null, "042")).total()).isZero();
      assertThat(s.search(StoreTest.query("visited", null, null, null, "040")).total())
          .isEqualTo(2);
      assertThat(s.check().ok()).isTrue();
      assertThat(s.stats(1).counts()).containsEntry("articles", 2L).containsEntry("mentions", 3L);
    }
    try (Store s = Store.open(dir, Store.Mode.READ_WRITE)) {
      assertThat(s.repair()).isEqualTo(new Store.Repair(0, 0));
    }
  }

  @Test
  void annotationsRoundTrip() {
    String raw = "  Advert\nNorland visited Ostria.\n\nTalks \u201cwent\u201d well.";
    String clean = "Norland visited Ostria.\n\nTalks \"went\" well.";
    OffsetMap.Builder map = new OffsetMap.Builder();
    for (int i = 0; i < clean.length(); i++) {
      map.add(i < 25 ? 9 + i : 9 + i + (i > 31 ? 0 : 0));
    }
    CleanText ct =
        new CleanText(
            clean,
            List.of(new Block(new Span(0, 23), Block.Type.PARAGRAPH)),
            List.of(new Noise("Advert", new Span(2, 8), "advert")),
            map.build(raw.length()));
    List<Token> tokens =
        List.of(
            new Token(0, "Norland", "Norland", "NNP", "LOCATION", new Span(0, 7)),
            new Token(1, "visited", "visit", "VBD", "O", new Span(8, 15)),
            new Token(2, "Ostria", "Ostria", "NNP", "LOCATION", new Span(16, 22)));
    Sentence s =
        new Sentence(
            0,
            new Span(0, 23),
            false,
            tokens,
            List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj")));
    AnnotatedDoc doc =
        new AnnotatedDoc(
            Synthetic.article("one", raw, StoreTest.DAY, null),
            ct,
            "en",
            List.of(s),
            List.of(new EntityMention("Norland", EntityType.LOCATION, new Span(0, 7), 0, 0, 1)),
            List.of(new TimeMention("today", new Span(0, 1), 0, "DATE", null)));
    AnnotatedDoc back = AnnotationCodec.decode(AnnotationCodec.encode(doc));
    assertThat(back.article()).isEqualTo(doc.article());
    assertThat(back.sentences()).isEqualTo(doc.sentences());
    assertThat(back.sentences().get(0).tokens()).isEqualTo(tokens);
    assertThat(back.sentences().get(0).dependencies()).isEqualTo(s.dependencies());
    assertThat(back.entities()).isEqualTo(doc.entities());
    assertThat(back.times()).isEqualTo(doc.times());
    assertThat(back.language()).isEqualTo("en");
    assertThat(back.clean().text()).isEqualTo(clean);
    assertThat(back.clean().blocks()).isEqualTo(ct.blocks());
    assertThat(back.clean().removed()).isEqualTo(ct.removed());
    for (int i = 0; i <= clean.length(); i++) {
      assertThat(back.clean().map().toRaw(i)).isEqualTo(ct.map().toRaw(i));
    }
  }
}
