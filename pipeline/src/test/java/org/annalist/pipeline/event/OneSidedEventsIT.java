package org.annalist.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Modality;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Events that name one actor, and actions that are only alleged. */
@ExtendWith(PipelineExtension.class)
class OneSidedEventsIT {
  private static Extraction extract(Extractor extractor, String text) throws Exception {
    return TestArticles.extract(extractor, text, LocalDate.of(2024, 3, 18));
  }

  @Test
  void aVerbWithASubjectThatIsNoActorCodesItsTargetAlone(PipelineResources resources)
      throws Exception {
    Extractor oneSided = resources.extractor(false, false, false);
    String text = "Three Peruvian soldiers were killed by a roadside bomb on Sunday.";
    Extraction killed = extract(oneSided, text);
    assertThat(killed.events())
        .extracting(Event::sourceCode, Event::targetCode)
        .containsExactly(tuple(null, "PERMIL"));
    assertThat(killed.events().get(0).explanation()).startsWith("no source -> PERMIL");
    // Both actors are still required by default, and a source alone by --allow-no-target.
    assertThat(extract(resources.extractor(), text).events()).isEmpty();
    assertThat(extract(resources.extractor(false), text).events()).isEmpty();
    // A verb with no subject at all names no event: nobody is said to lift anything.
    assertThat(extract(oneSided, "Lifting the sanctions on Peru is out of the question.").events())
        .isEmpty();
    // Nor does an event noun with no source.
    assertThat(extract(oneSided, "The talks with Peru were long.").events()).isEmpty();
  }

  @Test
  void aPatternNamingBothActorsIsPreferredToOneNamingOne(PipelineResources resources)
      throws Exception {
    Extraction x =
        extract(
            resources.extractor(false, false, false),
            "The Peruvian president agreed to Chilean mediation.");
    assertThat(x.events())
        .extracting(Event::sourceCode, Event::targetCode)
        .containsExactly(tuple("PERGOV", "CHL"));
  }

  @Test
  void anAgreementToActIsAnIntentEvenWithNoTarget(PipelineResources resources) throws Exception {
    Extraction x =
        extract(resources.extractor(false), "The Peruvian Congress agreed to lift the embargoes.");
    assertThat(x.events())
        .extracting(e -> e.code().code(), Event::modality)
        .contains(tuple("0354", Modality.ASSERTED), tuple("085", Modality.FUTURE));
  }

  @Test
  void whatSomeoneIsAccusedOfIsNoEventOfItsOwn(Extractor extractor) throws Exception {
    Extraction x =
        extract(
            extractor,
            "The Peruvian government accused Chilean rebels of attacking Bolivian troops.");
    assertThat(x.events())
        .extracting(Event::sourceCode, Event::targetCode)
        .contains(tuple("PERGOV", "CHLREB"))
        .doesNotContain(tuple("CHLREB", "BOLMIL"), tuple("PERGOV", "BOLMIL"));
  }

  @Test
  void whatAProtestCallsForIsPartOfTheProtest(Extractor extractor) throws Exception {
    for (String text :
        new String[] {
          "Kenyan students demonstrated against the Kenyan government on Monday, calling on the"
              + " Kenyan president to resign.",
          "Kenyan students staged protests against the Kenyan government to demand lower fees from"
              + " the Kenyan president."
        }) {
      assertThat(extract(extractor, text).events())
          .as(text)
          .extracting(e -> e.code().code())
          .containsExactly("141");
    }
    // Not when what calls for something is no protest.
    assertThat(
            extract(
                    extractor,
                    "Kenyan officials met Ugandan officials, calling on Uganda to open"
                        + " the border.")
                .events())
        .extracting(e -> e.code().code())
        .contains("040", "020");
  }

  @Test
  void aStateProtestsOfficiallyItsPeopleDemonstrate(Extractor extractor) throws Exception {
    assertThat(extract(extractor, "South Korea protested to Japan over the textbooks.").events())
        .extracting(e -> e.code().code(), Event::sourceCode, Event::targetCode)
        .containsExactly(tuple("114", "KOR", "JPN"));
    assertThat(extract(extractor, "Palestinians protested against Israel on Monday.").events())
        .extracting(e -> e.code().code(), Event::sourceCode, Event::targetCode)
        .containsExactly(tuple("141", "PSE", "ISR"));
    assertThat(extract(extractor, "Syrian tribes protested against Turkey.").events())
        .extracting(e -> e.code().code())
        .containsExactly("141");
  }
}
