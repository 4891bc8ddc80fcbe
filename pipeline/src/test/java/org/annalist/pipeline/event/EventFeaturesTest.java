package org.annalist.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Actor;
import org.annalist.model.ActorType;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Article;
import org.annalist.model.CameoCode;
import org.annalist.model.CleanText;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Mention;
import org.annalist.model.Modality;
import org.annalist.model.OffsetMap;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;
import org.annalist.pipeline.event.EventFeatures.Naming;
import org.junit.jupiter.api.Test;

class EventFeaturesTest {
  // "He met Macron and Merkel ." with one space between tokens.
  private static final String TEXT = "He met Macron and Merkel .";
  private static final Span HE = new Span(0, 2);
  private static final Span MET = new Span(3, 6);
  private static final Span MACRON = new Span(7, 13);
  private static final Span MERKEL = new Span(18, 24);

  private static AnnotatedDoc doc() {
    String[][] words = {
      {"He", "PRP"}, {"met", "VBD"}, {"Macron", "NNP"}, {"and", "CC"}, {"Merkel", "NNP"}, {".", "."}
    };
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String[] w : words) {
      tokens.add(
          new Token(
              tokens.size(),
              w[0],
              w[0].toLowerCase(java.util.Locale.ROOT),
              w[1],
              "O",
              new Span(at, at + w[0].length())));
      at += w[0].length() + 1;
    }
    OffsetMap.Builder map = new OffsetMap.Builder();
    for (int i = 0; i < TEXT.length(); i++) {
      map.add(i);
    }
    Sentence s = new Sentence(0, new Span(0, TEXT.length()), false, tokens, List.of());
    return new AnnotatedDoc(
        new Article("t", null, null, null, null, null, TEXT, "text", null),
        new CleanText(TEXT, List.of(), List.of(), map.build(TEXT.length())),
        "en",
        List.of(s),
        List.of(),
        List.of());
  }

  private static Event event(
      String id,
      String code,
      Span source,
      String target,
      Span targetSpan,
      String rule,
      String why) {
    return event(id, code, source, target, targetSpan, rule, why, "FRAGOV", "DEUGOV");
  }

  private static Event event(
      String id,
      String code,
      Span source,
      String target,
      Span targetSpan,
      String rule,
      String why,
      String sourceCode,
      String targetCode) {
    return new Event(
        id,
        new CameoCode(code, "name", 1.0),
        null,
        "a1",
        sourceCode,
        target,
        target == null ? null : targetCode,
        Modality.FUTURE,
        null,
        null,
        null,
        why,
        0.5,
        List.of(new EventMention(0, new Span(0, TEXT.length()), MET, source, targetSpan, rule)),
        null);
  }

  @Test
  void aPronounSourceAndANamedTargetWithTheOtherEventsOfTheSameWords() {
    Event e1 = event("e1", "040", HE, "a2", MACRON, "p.tsv:1", "from the verb 'meet'");
    Event e2 = event("e2", "040", HE, "a3", MERKEL, "p.tsv:1", "from the verb 'meet'");
    EventFeatures f = EventFeatures.of(doc(), List.of(), List.of(e1, e2), e1);
    assertThat(f.source()).isEqualTo(Naming.PRONOUN);
    assertThat(f.target()).isEqualTo(Naming.NAMED);
    assertThat(f.fanOut()).isEqualTo(2);
    assertThat(f.root()).isEqualTo("04");
    assertThat(f.noun()).isFalse();
    assertThat(f.stance()).isFalse();
    assertThat(f.modality()).isEqualTo(Modality.FUTURE);
    assertThat(f.describe())
        .isEqualTo(
            "root=04 source=pronoun target=named noun=false stance=false mutual=false"
                + " modality=future reported=false fan=2 mentions=1");
  }

  @Test
  void anActorFromContextAMissingTargetAStanceAndAnEventNoun() {
    Event e =
        event("e1", "0311", null, null, null, "p.tsv:2 (intent)", "from the event noun 'meeting'");
    EventFeatures f = EventFeatures.of(doc(), List.of(), List.of(e), e);
    assertThat(f.source()).isEqualTo(Naming.CONTEXT);
    assertThat(f.target()).isEqualTo(Naming.NONE);
    assertThat(f.stance()).isTrue();
    assertThat(f.noun()).isTrue();
    assertThat(f.fanOut()).isEqualTo(1);
    assertThat(f.root()).isEqualTo("03");
  }

  @Test
  void aPronounWhoseActorTheSentenceAlsoNamesCountsAsNamed() {
    Event e = event("e1", "040", HE, "a2", MACRON, "p.tsv:1", "from the verb 'meet'");
    Actor elsewhere = macronNamedIn(3);
    Actor here = macronNamedIn(0);
    assertThat(EventFeatures.of(doc(), List.of(elsewhere), List.of(e), e).source())
        .isEqualTo(Naming.PRONOUN);
    assertThat(EventFeatures.of(doc(), List.of(here), List.of(e), e).source())
        .isEqualTo(Naming.NAMED);
  }

  /** Macron, named in sentence {@code sentence} and referred to by "He" in sentence 0. */
  private static Actor macronNamedIn(int sentence) {
    return new Actor(
        "a1",
        "FRAGOV",
        "Emmanuel Macron",
        ActorType.PERSON,
        "FRA",
        null,
        "test",
        List.of(
            new Mention("Macron", MACRON, sentence, "name"), new Mention("He", HE, 0, "pronoun")));
  }

  @Test
  void aMutualReadingIsAFeature() {
    Event e = event("e1", "057", MACRON, "a3", MERKEL, "p.tsv:3 (mutual)", "from the verb 'sign'");
    assertThat(EventFeatures.of(doc(), List.of(), List.of(e), e).mutual()).isTrue();
    assertThat(EventFeatures.of(doc(), List.of(), List.of(e), e).source()).isEqualTo(Naming.NAMED);
  }
}
