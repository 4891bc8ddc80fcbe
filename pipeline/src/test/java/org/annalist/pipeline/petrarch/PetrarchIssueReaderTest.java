package org.annalist.pipeline.petrarch;

import static org.annalist.pipeline.petrarch.PetrarchFixtures.fixture;
import static org.annalist.pipeline.petrarch.PetrarchFixtures.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchIssueReaderTest {
  private final Path file = fixture("test.issues.txt");
  private final List<Problem> problems = new ArrayList<>();
  private final List<IssueEntry> issues = IssueReader.read(file, problems);

  @Test
  void entriesCarryTheirBlock() {
    assertThat(issues)
        .extracting(IssueEntry::category, IssueEntry::phrase, IssueEntry::code)
        .containsExactly(
            tuple("WATER", "n:reservoir", "WATER_SUPPLY"),
            tuple("WATER", "v:irrigate", "IRRIGATION"),
            tuple("WATER", "dry+land n:policy", "DRYLAND"),
            tuple("WATER", "n:canal n:lock", "CANALS"),
            tuple("WATER", "water polo", null),
            tuple("WATER", "river of dreams", null),
            tuple("WATER", "aquifer", "WATER_SUPPLY"),
            tuple("BRIDGES", "n:bridge", "BRIDGE"),
            tuple("TUNNELS", "n:tunnel", "TUNNEL"));
    assertThat(issues.get(0).type()).isEqualTo("ALL");
    assertThat(issues.get(7).type()).isEqualTo("COUNTEVENT");
    assertThat(issues.get(0).line()).isEqualTo(lineOf(file, "reservoir"));
  }

  @Test
  void exclusions() {
    assertThat(issues.get(4).exclusion()).isEqualTo(IssueEntry.Exclusion.SENTENCE);
    assertThat(issues.get(5).exclusion()).isEqualTo(IssueEntry.Exclusion.STORY);
    assertThat(issues.get(5).comment()).isEqualTo("a film");
    assertThat(issues.get(5).excluded()).isTrue();
    assertThat(issues.get(0).excluded()).isFalse();
  }

  @Test
  void marksExpandIntoForms() {
    assertThat(issues.get(0).forms()).containsExactly("RESERVOIR", "RESERVOIRS");
    assertThat(issues.get(1).forms())
        .containsExactly("IRRIGATE", "IRRIGATES", "IRRIGATED", "IRRIGATING");
    assertThat(issues.get(2).forms())
        .containsExactly(
            "DRY LAND POLICY", "DRY LAND POLICIES", "DRY-LAND POLICY", "DRY-LAND POLICIES");
    assertThat(issues.get(3).forms())
        .containsExactly("CANAL LOCK", "CANAL LOCKS", "CANALS LOCK", "CANALS LOCKS");
    assertThat(IssueReader.expand("v:waive rights"))
        .containsExactly("WAIVE RIGHTS", "WAIVES RIGHTS", "WAIVED RIGHTS", "WAIVING RIGHTS");
    assertThat(IssueReader.expand("iran: talks")).containsExactly("IRAN: TALKS");
  }

  @Test
  void badLinesAreReportedAndSkipped() {
    assertThat(problems)
        .allSatisfy(p -> assertThat(p.file()).endsWith("test.issues.txt"))
        .extracting(Problem::line)
        .containsExactly(
            lineOf(file, "stray phrase"),
            lineOf(file, "no code here"),
            lineOf(file, "well [WATER_SUPPLY]"),
            lineOf(file, "[EMPTY]"),
            lineOf(file, "[EMPTY]") + 2,
            lineOf(file, "<ISSUE TYPE"),
            lineOf(file, "orphan"),
            lineOf(file, "orphan") + 1,
            lineOf(file, "BRIDGES"),
            lineOf(file, "TUNNELS"));
    assertThat(problems.get(2).message()).contains("more than one entry");
    assertThat(problems.get(8).message()).contains("not closed");
    assertThat(problems.get(9).message()).contains("never closed");
  }
}
