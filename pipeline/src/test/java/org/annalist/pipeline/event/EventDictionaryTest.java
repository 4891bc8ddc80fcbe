package org.annalist.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.model.CameoCodebook;
import org.junit.jupiter.api.Test;

class EventDictionaryTest {
  private static final CameoCodebook CODES = CameoCodebook.load();

  @Test
  void petrarchDiscardsDiscardASentenceOrTheWholeStory() {
    EventDictionary own = EventDictionary.load(CODES);
    EventDictionary d =
        own.withDiscards(
            java.util.List.of(
                new org.annalist.pipeline.petrarch.DiscardEntry(
                    "MOCK_TOURNAMENT",
                    org.annalist.pipeline.petrarch.DiscardEntry.Scope.SENTENCE,
                    "",
                    7),
                new org.annalist.pipeline.petrarch.DiscardEntry(
                    "CYCLONE", org.annalist.pipeline.petrarch.DiscardEntry.Scope.STORY, "", 8)));
    java.util.List<String> lemmas = java.util.List.of("the", "mock", "tournament", "end");
    assertThat(d.discardAt(lemmas, 1)).isEqualTo("PETRARCH discards, line 7");
    assertThat(own.discardAt(lemmas, 1)).isNull();
    assertThat(d.discardAt(java.util.List.of("a", "cyclone"), 1)).isEqualTo(EventDictionary.STORY);
    assertThat(d.all()).hasSameSizeAs(own.all());
  }

  @Test
  void parsesRequirements() {
    EventPattern p =
        EventDictionary.parse(
            "057\tverb\tsign\tsubj\twith\tobj=agreement|deal; prep=with\t-\tJapan signed a deal with India.",
            "t:1",
            CODES);
    assertThat(p.object()).containsExactlyInAnyOrder("agreement", "deal");
    assertThat(p.prepositions()).containsExactly("with");
    assertThat(p.complement()).isEmpty();
    assertThat(p.frame()).isEqualTo("verb src=subj tgt=with obj=agreement|deal prep=with");
  }

  @Test
  void rejectsBadLinesWithTheirPlace() {
    assertThatThrownBy(() -> EventDictionary.parse("042\tverb\tvisit\tsubj\tobj", "f.tsv:3", CODES))
        .hasMessage("f.tsv:3: expected 8 columns, found 5");
    assertThatThrownBy(
            () -> EventDictionary.parse("999\tverb\tvisit\tsubj\tobj\t-\t-\tx", "f.tsv:4", CODES))
        .hasMessage("f.tsv:4: unknown CAMEO code 999");
    assertThatThrownBy(
            () ->
                EventDictionary.parse(
                    "042\tverb\tvisit\tsubj\tobj\tfoo=bar\t-\tx", "f.tsv:5", CODES))
        .hasMessageContaining("f.tsv:5: unknown requirement 'foo'");
    assertThatThrownBy(
            () -> EventDictionary.parse("042\tadverb\tvisit\tsubj\tobj\t-\t-\tx", "f.tsv:6", CODES))
        .hasMessageContaining("pos must be verb or noun");
  }

  @Test
  void specificFramesAreTriedFirst() {
    EventDictionary d = EventDictionary.load(CODES);
    List<EventPattern> call = d.forLemma("call");
    assertThat(call).isNotEmpty();
    boolean seenGeneral = false;
    for (EventPattern p : call) {
      boolean general =
          p.complement().isEmpty()
              && p.object().isEmpty()
              && p.particle().isEmpty()
              && p.prepositions().isEmpty();
      if (!general) {
        assertThat(seenGeneral).as("specific pattern %s after a general one", p.line()).isFalse();
      }
      seenGeneral |= general;
    }
  }

  @Test
  void stanceCodesComeFromTheLongestPrefix() {
    EventDictionary d = EventDictionary.load(CODES);
    assertThat(d.stanceCode("0841", false)).isEqualTo("0353");
    assertThat(d.stanceCode("0841", true)).isEqualTo("1243");
    assertThat(d.stanceCode("1723", false)).isEqualTo("1323");
    assertThat(d.stanceCode("173", false)).isEqualTo("137");
    assertThat(d.stanceCode("042", false)).isEqualTo("036");
    assertThat(d.stanceCode("190", true)).isNull();
    assertThat(d.stanceCode("112", false)).isNull();
  }

  @Test
  void entriesAreDistinctAndExplained() {
    EventDictionary d = EventDictionary.load(CODES);
    Set<String> keys = new HashSet<>();
    for (EventPattern p : d.all()) {
      assertThat(keys.add(p.lemma() + " " + p.frame() + " " + p.code()))
          .as("duplicate entry %s", p.line())
          .isTrue();
      assertThat(p.example()).as("example of %s", p.line()).isNotBlank();
    }
  }
}
