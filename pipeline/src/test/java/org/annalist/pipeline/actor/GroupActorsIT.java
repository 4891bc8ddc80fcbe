package org.annalist.pipeline.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annalist.model.Actor;
import org.annalist.model.Article;
import org.annalist.model.Extraction;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Group actors made of a role noun and the country it belongs to. */
@ExtendWith(PipelineExtension.class)
class GroupActorsIT {
  private static Extraction extract(Extractor extractor, String text) throws Exception {
    return extractor.extract(
        new Article(
            "g",
            null,
            null,
            null,
            LocalDate.of(2024, 3, 18),
            Article.DateOrigin.USER,
            text,
            "t",
            "g"));
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
  void roleNounsFromACountryAreItsOwn(Extractor extractor) throws Exception {
    Extraction x = extract(extractor, "Soldiers from Mali attacked the town of Gao.");
    assertThat(x.actors()).extracting(Actor::code).contains("MLIMIL");
  }
}
