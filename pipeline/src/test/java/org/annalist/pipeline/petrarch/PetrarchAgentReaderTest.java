package org.annalist.pipeline.petrarch;

import static org.annalist.pipeline.petrarch.PetrarchFixtures.fixture;
import static org.annalist.pipeline.petrarch.PetrarchFixtures.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PetrarchAgentReaderTest {
  private final Path file = fixture("test.agents.txt");
  private final List<Problem> problems = new ArrayList<>();
  private final AgentDictionary agents = AgentReader.read(file, problems);
  private final Map<String, AgentEntry> byPhrase =
      agents.entries().stream().collect(Collectors.toMap(AgentEntry::phrase, Function.identity()));

  @Test
  void readsTheGoodLinesInOrder() {
    assertThat(agents.entries())
        .extracting(AgentEntry::phrase)
        .containsExactly(
            "HARBOR_MASTER",
            "TREATY_ENVOY",
            "DEPUTY",
            "WITNESS",
            "MILITIA",
            "RELIEF_AGENCY",
            "FERRY!FOLK!",
            "!BUREAU!_OF_MAPS",
            "TOLL_KEEPER");
    assertThat(agents.substitutions())
        .containsEntry("FOLK", List.of("MAN", "MEN", "WOMAN", "WOMEN"))
        .containsEntry("BUREAU", List.of("OFFICE", "OFFICES"));
  }

  @Test
  void regularPlurals() {
    AgentEntry h = byPhrase.get("HARBOR_MASTER");
    assertThat(h.code()).isEqualTo("HRB");
    assertThat(h.position()).isEqualTo(AgentEntry.Position.AFTER_ACTOR);
    assertThat(h.plural()).isNull();
    assertThat(h.comment()).isEqualTo("regular plural");
    assertThat(h.forms()).containsExactly("HARBOR_MASTER", "HARBOR_MASTERS");
    assertThat(byPhrase.get("DEPUTY").forms()).containsExactly("DEPUTY", "DEPUTIES");
    assertThat(byPhrase.get("WITNESS").forms()).containsExactly("WITNESS", "WITNESSES");
  }

  @Test
  void writtenAndNullPlurals() {
    AgentEntry e = byPhrase.get("TREATY_ENVOY");
    assertThat(e.plural()).isEqualTo("TREATY_ENVOYS_ABROAD");
    assertThat(e.forms()).containsExactly("TREATY_ENVOY", "TREATY_ENVOYS_ABROAD");
    AgentEntry m = byPhrase.get("MILITIA");
    assertThat(m.plural()).isEmpty();
    assertThat(m.forms()).containsExactly("MILITIA");
  }

  @Test
  void codeBeforeOrAfterTheActorCode() {
    AgentEntry r = byPhrase.get("RELIEF_AGENCY");
    assertThat(r.code()).isEqualTo("NGO");
    assertThat(r.position()).isEqualTo(AgentEntry.Position.BEFORE_ACTOR);
    assertThat(r.combine("ALD")).isEqualTo("NGOALD");
    assertThat(byPhrase.get("HARBOR_MASTER").combine("ALD")).isEqualTo("ALDHRB");
  }

  @Test
  void substitutionMarkersExpandWithoutPlurals() {
    assertThat(byPhrase.get("FERRY!FOLK!").forms())
        .containsExactly("FERRYMAN", "FERRYMEN", "FERRYWOMAN", "FERRYWOMEN");
    assertThat(byPhrase.get("!BUREAU!_OF_MAPS").forms())
        .containsExactly("OFFICE_OF_MAPS", "OFFICES_OF_MAPS");
    assertThat(byPhrase.get("!BUREAU!_OF_MAPS").code()).isEqualTo("GOVGEO");
  }

  @Test
  void badLinesAreReportedAndSkipped() {
    assertThat(problems)
        .allSatisfy(p -> assertThat(p.file()).endsWith("test.agents.txt"))
        .extracting(Problem::line)
        .containsExactly(
            lineOf(file, "LOOSE_CANNON"),
            lineOf(file, "ROGUE!CLAN!"),
            lineOf(file, "BROKEN_ARM"),
            lineOf(file, "DOUBLE"),
            lineOf(file, "NOCODE"),
            lineOf(file, "TRAILING"),
            lineOf(file, "!BROKEN"));
    assertThat(problems.get(0).message()).contains("without a code");
    assertThat(problems.get(1).message()).contains("!CLAN! is not defined");
    assertThat(problems.get(2).message()).contains("missing ']'");
    assertThat(problems.get(4).message()).contains("one '~'");
    assertThat(problems.get(5).message()).contains("missing '}'");
    assertThat(problems.get(6).message()).contains("incorrectly defined");
  }
}
