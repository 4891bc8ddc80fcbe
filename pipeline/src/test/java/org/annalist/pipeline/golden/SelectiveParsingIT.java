package org.annalist.pipeline.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annalist.model.Actor;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Extraction;
import org.annalist.model.Sentence;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.annalist.pipeline.PipelineResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parsing only the sentences that can hold an event codes the same events as parsing every
 * sentence: on every golden fixture, the same sources, targets, codes, modalities, dates, places
 * and mentions.
 */
@ExtendWith(PipelineExtension.class)
class SelectiveParsingIT {
  private static Extractor everySentence;

  @BeforeAll
  static void fullParse(PipelineResources resources) {
    everySentence = resources.extractor(true, true);
  }

  static Stream<String> fixtures() throws IOException, URISyntaxException {
    Path dir = Path.of(SelectiveParsingIT.class.getResource("/golden").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt") && !n.equals("not-english.txt"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void codesTheEventsOfAFullParse(String fixture, Extractor selective) {
    Extraction all = Fixtures.extract(everySentence, fixture);
    Extraction some = Fixtures.extract(selective, fixture);
    assertThat(events(some)).isEqualTo(events(all));
    assertThat(some.doc().sentences()).allMatch(s -> s.parsed() || s.dependencies().isEmpty());
  }

  @Test
  void leavesSentencesWithoutAnEventUnparsed(Extractor selective) {
    Extraction seed = Fixtures.extract(selective, "seed-nato-georgia.txt");
    List<Sentence> sentences = seed.doc().sentences();
    long parsed = sentences.stream().filter(Sentence::parsed).count();
    assertThat(parsed).isPositive().isLessThan(sentences.size());
    // Every sentence with an event is among the parsed ones.
    for (Event e : seed.events()) {
      for (EventMention m : e.mentions()) {
        assertThat(sentences.get(m.sentence()).parsed()).isTrue();
      }
    }
    // Unparsed sentences keep their words, lemmas, parts of speech and entities.
    Sentence quiet = sentences.stream().filter(s -> !s.parsed()).findFirst().orElseThrow();
    assertThat(quiet.tokens()).isNotEmpty().allMatch(t -> !t.pos().isEmpty());
    assertThat(Fixtures.extract(everySentence, "seed-nato-georgia.txt").doc().sentences())
        .allMatch(s -> s.heading() || s.parsed());
  }

  /** The events as comparable lines, with the actors' codes in place of their ids. */
  private static List<String> events(Extraction x) {
    Map<String, String> codes =
        x.actors().stream().collect(Collectors.toMap(Actor::id, Actor::code));
    List<String> out = new ArrayList<>();
    for (Event e : x.events()) {
      StringBuilder b =
          new StringBuilder()
              .append(codes.get(e.source()))
              .append(' ')
              .append(codes.get(e.target()))
              .append(' ')
              .append(e.code().code())
              .append(' ')
              .append(e.modality())
              .append(' ')
              .append(e.date())
              .append(" place=")
              .append(e.place());
      for (EventMention m : e.mentions()) {
        b.append(" @").append(m.sentence()).append(':').append(m.action());
      }
      out.add(b.toString());
    }
    out.sort(null);
    return out;
  }
}
