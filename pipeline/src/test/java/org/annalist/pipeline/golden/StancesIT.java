package org.annalist.pipeline.golden;

import static org.annalist.pipeline.golden.ExtractionAssert.event;
import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Modality;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.annalist.pipeline.PipelineResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Announced, threatened and refused actions are coded as the stance (CAMEO 03, 12, 13) beside the
 * action itself, which is not asserted; demands made with "must" and "demanded that"; events
 * without a target only when configured.
 */
@ExtendWith(PipelineExtension.class)
class StancesIT {

  @Test
  void stancesAreAssertedAndActionsAreNot(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "stances.txt");
    event(e, "CHL", "PER", "033", Modality.ASSERTED);
    event(e, "CHL", "PER", "070", Modality.FUTURE);
    event(e, "BOL", "PRYGOV", "125", Modality.ASSERTED);
    event(e, "BOL", "PRYGOV", "040", Modality.NEGATED);
    event(e, "ECU", "COL", "1312", Modality.ASSERTED);
    // A threatened action is conditional: hypothetical.
    event(e, "ECU", "COL", "163", Modality.HYPOTHETICAL);
    Event must = event(e, "VEN", "GUY", "1056", Modality.ASSERTED);
    assertThat(must.explanation()).contains("must");
    event(e, "URY", "ARG", "1053", Modality.ASSERTED);
    // Only the stance happened: no asserted aid, meeting or sanctions.
    assertThat(e.events())
        .filteredOn(ev -> ev.modality() == Modality.ASSERTED)
        .extracting(ev -> ev.code().root())
        .doesNotContain("07", "04", "16");
    assertThat(e.events()).allMatch(ev -> ev.targetCode() != null);
    ExtractionAssert.noDuplicates(e);
    ExtractionAssert.evidenceInSentences(e);
  }

  @Test
  void framesAndActorsOfConflictNews(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "frames.txt");
    // Killing by armed forces is conventional force; by gunmen, unconventional violence.
    Event killing = event(e, "SDNMIL", "TCDCVL", "190", Modality.ASSERTED);
    assertThat(killing.explanation()).contains("armed forces");
    event(e, "NGAUAF", "CHNLAB", "1823", Modality.ASSERTED);
    // "Rebels in Mali" are Mali's rebels.
    assertThat(ExtractionAssert.actor(e, "Mali (rebels)").code()).isEqualTo("MLIREB");
    // The target of a threat stands in its complement.
    event(e, "PSEREBHMS", "ISR", "138", Modality.ASSERTED);
    event(e, "ARM", "AZE", "046", Modality.ASSERTED);
    event(e, "AZE", "ARM", "046", Modality.ASSERTED);
    // A participle takes the subject of the clause it hangs from.
    event(e, "EGYCOP", "EGYEDU", "1823", Modality.ASSERTED);
    ExtractionAssert.noDuplicates(e);
    ExtractionAssert.evidenceInSentences(e);
  }

  @Test
  void whatIsDeniedPlannedOrAskedForIsNotAsserted(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "precision.txt");
    // Agreements with banks are not agreements among the countries that struck them.
    assertThat(e.events())
        .noneMatch(ev -> ev.sourceCode().equals("VEN") || ev.sourceCode().equals("ECU"));
    event(e, "USA", "IRN", "072", Modality.NEGATED);
    // Fighting an attempt is not fighting its owner.
    assertThat(e.events())
        .noneMatch(ev -> ev.code().root().compareTo("17") >= 0 && ev.sourceCode().equals("GBR"));
    // What someone is persuaded or urged to do is not their event, asserted or not.
    assertThat(e.events()).noneMatch(ev -> ev.code().code().equals("163"));
    Event trip = event(e, "GBRGOV", "JPN", "042", Modality.FUTURE);
    assertThat(trip.date()).hasToString("2024-05-11");
    event(e, "KENGOV", "SOM", "074", Modality.FUTURE);
    event(e, "KENGOV", "SOM", "0334", Modality.ASSERTED);
    // A dispute "over" something is not a battle; welcoming a country's banks is no visit;
    // an interest in cooperation is not cooperation.
    assertThat(e.events()).noneMatch(ev -> ev.code().root().equals("19"));
    assertThat(e.events()).noneMatch(ev -> ev.sourceCode().equals("HKGGOV"));
    assertThat(e.events())
        .filteredOn(ev -> ev.sourceCode().equals("TUN"))
        .noneMatch(ev -> ev.modality() == Modality.ASSERTED);
    event(e, "CHN", "PRT", "057", Modality.ASSERTED);
    assertThat(e.events())
        .filteredOn(ev -> ev.modality() == Modality.ASSERTED)
        .extracting(ev -> ev.code().code())
        .containsOnly("0334", "057");
  }

  @Test
  void weekdaysDoNotDependOnTheArticleBefore(Extractor extractor) throws Exception {
    // CoreNLP's SUTime keeps "resolve to the past" on a weekday once a past-tense sentence has
    // used it; the next article's "leaves on Saturday" must still be the coming Saturday.
    extractor.extract(
        article("before", "Kenya said on Saturday that Somalia had closed the border."));
    Extraction e =
        extractor.extract(
            article("after", "The British trade minister leaves for Japan on Saturday."));
    Event trip = event(e, "GBRGOV", "JPN", "042", Modality.FUTURE);
    assertThat(trip.date()).hasToString("2024-05-11");
    Extraction past =
        extractor.extract(article("past", "The British trade minister visited Japan on Saturday."));
    assertThat(event(past, "GBRGOV", "JPN", "042", Modality.ASSERTED).date())
        .hasToString("2024-05-04");
  }

  private static org.annalist.model.Article article(String id, String text) {
    return new org.annalist.model.Article(
        id,
        null,
        null,
        null,
        java.time.LocalDate.of(2024, 5, 8),
        org.annalist.model.Article.DateOrigin.SOURCE,
        text,
        "text",
        id);
  }

  @Test
  void eventsWithoutTargetOnlyWhenConfigured(PipelineResources resources) {
    Extraction e = Fixtures.extract(resources.extractor(false), "stances.txt");
    assertThat(e.events())
        .filteredOn(ev -> ev.targetCode() == null && ev.modality() == Modality.ASSERTED)
        .extracting(ev -> ev.sourceCode() + " " + ev.code().code())
        .contains("KENREB 0874", "UGAREB 0874");
    Event kenya =
        e.events().stream()
            .filter(ev -> ev.sourceCode().equals("KENREB") && ev.targetCode() == null)
            .findFirst()
            .orElseThrow();
    assertThat(kenya.date()).hasToString("2024-05-05");
    assertThat(kenya.explanation()).contains("no target");
    // The demanded release is asked for, not done.
    assertThat(e.events())
        .filteredOn(ev -> ev.sourceCode().equals("ARG"))
        .allMatch(ev -> ev.modality() == Modality.HYPOTHETICAL);
  }
}
