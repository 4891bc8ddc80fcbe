package org.annalist.pipeline.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.pipeline.petrarch.PetrarchDictionaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PETRARCH actor and agent dictionaries beside (or instead of) Annalist's own names. */
class PetrarchActorsTest {
  static PetrarchDictionaries petrarch;

  @BeforeAll
  static void read() throws URISyntaxException {
    petrarch =
        PetrarchDictionaries.builder()
            .actors(fixture("test.actors.txt"))
            .agents(fixture("test.agents.txt"))
            .load();
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(
        PetrarchActorsTest.class.getResource("/org/annalist/pipeline/petrarch/" + name).toURI());
  }

  @Test
  void aNameOursDoNotKnowTakesItsPetrarchCodeOnTheDate() {
    ActorDictionary d = ActorDictionary.load().withPetrarch(petrarch, false);
    List<NameEntry> early = d.lookup("Marek Voss", LocalDate.of(2003, 6, 1));
    List<NameEntry> office = d.lookup("Marek Voss", LocalDate.of(2005, 6, 1));
    assertThat(early).extracting(NameEntry::code).containsExactly("ALDELI");
    assertThat(office).extracting(NameEntry::code).containsExactly("ALDGOV");
    assertThat(office.get(0).kind()).isEqualTo(NameEntry.Kind.GROUP);
    assertThat(office.get(0).placeType()).startsWith("PETRARCH actors, line ");
    // A three-letter code is a state's, so that role nouns make its sectors.
    NameEntry state = d.lookup("Aldoria", LocalDate.of(2005, 6, 1)).get(0);
    assertThat(state.kind()).isEqualTo(NameEntry.Kind.COUNTRY);
    assertThat(state.country()).isEqualTo("ALD");
    // Our own names win when we know them.
    assertThat(d.lookup("Georgia", LocalDate.of(2005, 6, 1)))
        .extracting(NameEntry::code)
        .contains("GEO");
    assertThat(d.lookup("Nowhere Land", LocalDate.of(2005, 6, 1))).isEmpty();
    // Agents add role nouns ours lack.
    assertThat(d.role("harbor master").sector()).isEqualTo("HRB");
    assertThat(ActorDictionary.load().role("harbor master")).isNull();
    // Phrases of several words name their group as a whole, codes of six letters too.
    assertThat(d.agentPhrase("harbor master").sector()).isEqualTo("HRB");
    assertThat(d.agentPhrase("bureau of maps")).isNull();
    assertThat(d.agentPhrase("office of maps").sector()).isEqualTo("GOVGEO");
    assertThat(d.agentPhrase("deputy")).isNull();
    // An agent's role only in the forms its entry lists: MILITIA {} has no plural.
    ActorDictionary only = ActorDictionary.load().withPetrarch(petrarch, true);
    assertThat(only.role("militia", "militia").sector()).isEqualTo("MIL");
    assertThat(only.role("militias", "militia")).isNull();
    assertThat(only.role("harbor masters", "harbor master").sector()).isEqualTo("HRB");
    // Ours in any form.
    assertThat(ActorDictionary.load().role("ministers", "minister").sector()).isEqualTo("GOV");
    // Where the agent's code goes: [~HRB] after the country's, [NGO~] before it.
    assertThat(d.role("harbor master").of("ALD")).isEqualTo("ALDHRB");
    assertThat(d.role("relief agency").of("ALD")).isEqualTo("NGOALD");
  }

  @Test
  void replacingOursLooksUpTheirsOnly() {
    ActorDictionary d = ActorDictionary.load().withPetrarch(petrarch, true);
    assertThat(d.lookup("Georgia", LocalDate.of(2005, 6, 1))).isEmpty();
    assertThat(d.lookup("Aldoria", LocalDate.of(2005, 6, 1)))
        .extracting(NameEntry::code)
        .containsExactly("ALD");
  }
}
