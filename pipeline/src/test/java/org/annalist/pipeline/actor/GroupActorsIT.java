package org.annalist.pipeline.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annalist.model.Actor;
import org.annalist.model.Extraction;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.annalist.pipeline.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Group actors made of a role noun and the country it belongs to. */
@ExtendWith(PipelineExtension.class)
class GroupActorsIT {
  private static Extraction extract(Extractor extractor, String text) throws Exception {
    return TestArticles.extract(extractor, text, LocalDate.of(2024, 3, 18));
  }

  @Test
  void formerOfficialsAreTheCountrysElite(Extractor extractor) throws Exception {
    Extraction x = extract(extractor, "Former Russian officials criticised Ukraine.");
    assertThat(x.actors()).extracting(Actor::code).contains("RUSELI").doesNotContain("RUSGOV");
    assertThat(extract(extractor, "Russian officials criticised Ukraine.").actors())
        .extracting(Actor::code)
        .contains("RUSGOV");
  }

  @Test
  void aCountryAdjectiveBeginningACompanysNameIsNoActor(Extractor extractor) throws Exception {
    Extraction x =
        extract(
            extractor,
            "The United Auto Workers and American Motors Corp agreed to resume talks on a new"
                + " labor contract.");
    assertThat(x.actors()).extracting(Actor::code).containsExactly("USALAB");
    // A ministry is the state's.
    assertThat(extract(extractor, "The Japanese Foreign Ministry criticised China.").actors())
        .extracting(Actor::code)
        .contains("JPNGOV");
  }

  @Test
  void tradeByFirmsAndCustomersIsBusinessNotAnEvent(Extractor extractor) throws Exception {
    Extraction bought =
        extract(extractor, "Japanese customers bought crude oil from Iran on Monday.");
    assertThat(bought.actors()).extracting(Actor::code).contains("JPNBUS");
    assertThat(bought.events()).isEmpty();
    assertThat(extract(extractor, "Swiss banks offered Argentina a credit.").events()).isEmpty();
    assertThat(extract(extractor, "The Japanese government offered Argentina a credit.").events())
        .extracting(e -> e.code().code())
        .containsExactly("0331");
    assertThat(extract(extractor, "Iran sold crude oil to China.").events())
        .extracting(e -> e.code().code())
        .containsExactly("061");
  }

  @Test
  void conjoinedRoleNounsShareTheirCountry(Extractor extractor) throws Exception {
    for (String text :
        new String[] {
          "Russian lawmakers and officials criticised Ukraine.",
          "Lawmakers and officials in Russia criticised Ukraine."
        }) {
      assertThat(extract(extractor, text).events())
          .as(text)
          .extracting(org.annalist.model.Event::sourceCode, org.annalist.model.Event::targetCode)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("RUSLEG", "UKR"),
              org.assertj.core.groups.Tuple.tuple("RUSGOV", "UKR"));
    }
    // Each its own when each names one.
    assertThat(
            extract(extractor, "Russian lawmakers and Polish officials criticised Ukraine.")
                .actors())
        .extracting(Actor::code)
        .contains("RUSLEG", "POLGOV")
        .doesNotContain("RUSGOV");
  }

  @Test
  void withATeamsDictionariesInsteadOfOursARoleOfNoCountryIsTheRoleAlone(
      org.annalist.pipeline.PipelineResources resources) throws Exception {
    org.annalist.pipeline.petrarch.PetrarchDictionaries team =
        org.annalist.pipeline.petrarch.PetrarchDictionaries.builder()
            .actors(fixture("test.actors.txt"))
            .agents(fixture("test.agents.txt"))
            .load();
    String text = "The witnesses criticised Aldoria, but his witnesses did not.";
    Extraction instead = extract(resources.withPetrarch(team, true).extractor(), text);
    assertThat(instead.actors()).extracting(Actor::code).contains("---CIV", "ALD");
    // "his witnesses" are someone's: no actor of their own.
    assertThat(instead.actors())
        .filteredOn(a -> a.code().equals("---CIV"))
        .singleElement()
        .satisfies(a -> assertThat(a.mentions()).hasSize(1));
    // Beside ours, a role needs its country, as ours do.
    assertThat(extract(resources.withPetrarch(team, false).extractor(), text).actors())
        .extracting(Actor::code)
        .doesNotContain("---CIV");
  }

  private static java.nio.file.Path fixture(String name) throws Exception {
    return java.nio.file.Path.of(
        GroupActorsIT.class.getResource("/org/annalist/pipeline/petrarch/" + name).toURI());
  }

  @Test
  void roleNounsFromACountryAreItsOwn(Extractor extractor) throws Exception {
    Extraction x = extract(extractor, "Soldiers from Mali attacked the town of Gao.");
    assertThat(x.actors()).extracting(Actor::code).contains("MLIMIL");
  }
}
