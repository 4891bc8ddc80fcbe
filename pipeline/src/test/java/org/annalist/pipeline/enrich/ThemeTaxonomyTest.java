package org.annalist.pipeline.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annalist.model.Actor;
import org.annalist.model.ActorType;
import org.annalist.model.CameoCodebook;
import org.annalist.model.Enrichment.ThemeMatch;
import org.annalist.model.Mention;
import org.annalist.model.PloverCodebook;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class ThemeTaxonomyTest {
  private static final List<String> CONTEXTS = PloverCodebook.load(CameoCodebook.load()).contexts();
  private static final ThemeTaxonomy TAXONOMY = ThemeTaxonomy.load(CONTEXTS);

  @Test
  void theShippedTaxonomyCoversWhatAnalystsFollow() {
    assertThat(TAXONOMY.size()).isGreaterThanOrEqualTo(80);
    assertThat(TAXONOMY.themes())
        .extracting(ThemeTaxonomy.Theme::id)
        .contains(
            "ELECTION",
            "PROTEST",
            "TERRORISM",
            "ARMED_CONFLICT",
            "SANCTIONS",
            "REFUGEES",
            "CORRUPTION",
            "EPIDEMIC",
            "EARTHQUAKE",
            "CYBER",
            "DIPLOMACY",
            "MILITARY_ALLIANCE",
            "TERRITORIAL_DISPUTE");
  }

  @Test
  void badLinesNameFileAndLine() {
    assertThatThrownBy(() -> parse("# c\nwar\tWar\tmilitary\twar\n"))
        .hasMessageContaining("themes.tsv:2")
        .hasMessageContaining("upper case");
    assertThatThrownBy(() -> parse("WAR\tWar\tbattlefield\twar\n"))
        .hasMessageContaining("themes.tsv:1")
        .hasMessageContaining("unknown PLOVER context");
    assertThatThrownBy(() -> parse("WAR\tWar\t-\twar | War\n"))
        .hasMessageContaining("themes.tsv:1");
    assertThatThrownBy(() -> parse("WAR\tWar\t-\twar | war\n")).hasMessageContaining("repeated");
    assertThatThrownBy(() -> parse("WAR\tWar\t-\t@NATO\n")).hasMessageContaining("three capitals");
    assertThatThrownBy(() -> parse("WAR\tWar\t-\twar\nWAR\tWar\t-\tbattle\n"))
        .hasMessageContaining("themes.tsv:2")
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> parse("WAR\tWar\t-\n")).hasMessageContaining("4 tab-separated");
  }

  private static ThemeTaxonomy parse(String data) throws IOException {
    return ThemeTaxonomy.parse(
        new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), "themes.tsv", CONTEXTS);
  }

  @Test
  void cuesMatchLemmasHyphenatedWordsAndActors() throws IOException {
    ThemeTaxonomy t =
        parse(
            "ALLIANCE\tAlliances\tmilitary\teuro-atlantic | @NAT\n"
                + "CEASEFIRE\tCeasefires\tmilitary\tcease-fire | truce\n"
                + "TERRITORY\tTerritory\tterritory\tterritorial integrity | occupy/V\n"
                + "WAR\tWar\t-\tbattle/N\n");
    var s =
        Sentences.of(
            0,
            0,
            "The/DT Euro-Atlantic/NNP/euro-atlantic alliance/NN backs/VBZ/back territorial/JJ"
                + " integrity/NN and/CC a/DT cease/NN -/HYPH fire/NN ,/, not/RB Truce/NNP/truce/PERSON"
                + " ,/, and/CC troops/NNS battle/VBP ./.");
    var doc = Sentences.doc(s);
    Actor nato =
        new Actor(
            "a1",
            "IGOWSTNAT",
            "North Atlantic Treaty Organization",
            ActorType.IGO,
            null,
            null,
            "test",
            List.of(new Mention("alliance", new Span(18, 26), 0, "role")));
    List<ThemeMatch> found = new ThemeMatcher(t).match(doc, List.of(nato));
    assertThat(found)
        .extracting(ThemeMatch::id)
        .containsExactly("ALLIANCE", "TERRITORY", "CEASEFIRE");
    ThemeMatch alliance = found.get(0);
    assertThat(alliance.context()).isEqualTo("military");
    assertThat(alliance.mentions())
        .extracting(c -> c.text())
        .containsExactly("Euro-Atlantic", "alliance");
    assertThat(found.get(1).mentions().get(0).text()).isEqualTo("territorial integrity");
    assertThat(found.get(2).mentions()).extracting(c -> c.text()).containsExactly("cease - fire");
  }
}
