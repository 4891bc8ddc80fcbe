package org.annalist.pipeline.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.annalist.model.Actor;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Extraction;
import org.annalist.model.Modality;
import org.annalist.model.Place;

/** Checks on extractions shared by the golden tests. */
final class ExtractionAssert {
  private ExtractionAssert() {}

  static Actor actor(Extraction e, String name) {
    return e.actors().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no actor named " + name + " in " + e.actors()));
  }

  static Place place(Extraction e, String name) {
    return e.places().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no place named " + name + " in " + e.places()));
  }

  static List<Event> events(Extraction e, String source, String target, Predicate<String> code) {
    return e.events().stream()
        .filter(ev -> ev.sourceCode().equals(source) && ev.targetCode().equals(target))
        .filter(ev -> code.test(ev.code().code()))
        .toList();
  }

  static Event event(Extraction e, String source, String target, String code, Modality modality) {
    return e.events().stream()
        .filter(ev -> ev.sourceCode().equals(source) && ev.targetCode().equals(target))
        .filter(ev -> ev.code().code().equals(code) && ev.modality() == modality)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no event "
                        + source
                        + " -> "
                        + target
                        + " "
                        + code
                        + " "
                        + modality
                        + " in\n"
                        + Fixtures.summary(e)));
  }

  /** No two events share (source, target, code, modality); no event repeats a mention. */
  static void noDuplicates(Extraction e) {
    Set<String> keys = new HashSet<>();
    for (Event ev : e.events()) {
      assertThat(
              keys.add(
                  ev.sourceCode()
                      + "|"
                      + ev.targetCode()
                      + "|"
                      + ev.code().code()
                      + "|"
                      + ev.modality()))
          .as("duplicate event %s", ev)
          .isTrue();
      Set<EventMention> ms = new HashSet<>(ev.mentions());
      assertThat(ms).hasSameSizeAs(ev.mentions());
    }
  }

  /** No event is evidenced by a heading; every mention's spans lie inside its sentence. */
  static void evidenceInSentences(Extraction e) {
    for (Event ev : e.events()) {
      for (EventMention m : ev.mentions()) {
        assertThat(e.doc().sentences().get(m.sentence()).heading()).isFalse();
        assertThat(m.sentenceSpan()).isEqualTo(e.doc().sentences().get(m.sentence()).span());
        assertThat(m.sentenceSpan().contains(m.action())).isTrue();
        if (m.source() != null) {
          assertThat(m.sentenceSpan().contains(m.source())).isTrue();
        }
        if (m.target() != null) {
          assertThat(m.sentenceSpan().contains(m.target())).isTrue();
        }
      }
    }
  }

  static Set<Integer> sentences(Event ev) {
    Set<Integer> s = new HashSet<>();
    ev.mentions().forEach(m -> s.add(m.sentence()));
    return s;
  }
}
