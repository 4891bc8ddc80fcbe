package org.annalist.pipeline.petrarch;

import static org.annalist.pipeline.petrarch.PetrarchFixtures.fixture;
import static org.annalist.pipeline.petrarch.PetrarchFixtures.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchDiscardReaderTest {
  private final Path file = fixture("test.discards.txt");

  @Test
  void storyAndSentenceDiscards() {
    List<Problem> problems = new ArrayList<>();
    List<DiscardEntry> discards = DiscardReader.read(file, problems);
    assertThat(discards)
        .extracting(
            DiscardEntry::phrase, DiscardEntry::scope, DiscardEntry::wholeWord, DiscardEntry::line)
        .containsExactly(
            tuple("GRAND REGATTA", DiscardEntry.Scope.STORY, false, lineOf(file, "REGATTA")),
            tuple("CHESS OPEN", DiscardEntry.Scope.SENTENCE, false, lineOf(file, "CHESS")),
            tuple("HARVEST_FESTIVAL_", DiscardEntry.Scope.SENTENCE, true, lineOf(file, "HARVEST")),
            tuple("LOTTERY DRAW", DiscardEntry.Scope.STORY, false, lineOf(file, "LOTTERY")));
    assertThat(discards.get(0).comment()).isEqualTo("story level");
    assertThat(problems)
        .extracting(Problem::line)
        .containsExactly(lineOf(file, "CHESS") + 2, lineOf(file, "ROWING CUP"));
  }
}
