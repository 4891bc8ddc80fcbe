package org.annalist.pipeline.golden;

import static org.annalist.pipeline.golden.ExtractionAssert.actor;
import static org.annalist.pipeline.golden.ExtractionAssert.event;
import static org.annalist.pipeline.golden.ExtractionAssert.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Modality;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.annalist.pipeline.RejectedArticleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Articles written with the seed's constructions and other actors, so that the seed's results
 * cannot come from anything specific to it; and Georgia the US state.
 */
@ExtendWith(PipelineExtension.class)
class TwinArticlesIT {

  @Test
  void commissionerVisitsMoldova(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "twin-eu-moldova.txt");
    assertThat(actor(e, "Marta Kos").code()).isEqualTo("IGOEUREEC");
    assertThat(actor(e, "Maia Sandu").code()).isEqualTo("MDAGOV");
    assertThat(actor(e, "Dorin Recean").code()).isEqualTo("MDAGOV");
    assertThat(place(e, "Transnistria").country()).isEqualTo("MDA");
    Event visit = event(e, "IGOEUREEC", "MDA", "042", Modality.ASSERTED);
    assertThat(ExtractionAssert.sentences(visit)).hasSize(3);
    event(e, "MDA", "IGOEUREEC", "043", Modality.ASSERTED);
    event(e, "IGOEUREEC", "MDAGOV", "040", Modality.ASSERTED);
    event(e, "IGOEUREEC", "RUS", "0256", Modality.ASSERTED);
    event(e, "IGOEUREEC", "MDA", "051", Modality.ASSERTED);
    event(e, "IGOEUREEC", "UKR", "042", Modality.FUTURE);
    assertThat(e.events())
        .noneMatch(ev -> ev.targetCode().equals("UKR") && ev.modality() == Modality.ASSERTED);
    assertThat(e.doc().clean().headings()).hasSize(2);
    ExtractionAssert.noDuplicates(e);
    ExtractionAssert.evidenceInSentences(e);
  }

  @Test
  void secretaryGeneralVisitsLebanon(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "twin-un-lebanon.txt");
    assertThat(actor(e, "Antonio Guterres").code()).isEqualTo("IGOUNO");
    assertThat(actor(e, "Najib Mikati").code()).isEqualTo("LBNGOV");
    Event visit = event(e, "IGOUNO", "LBN", "042", Modality.ASSERTED);
    assertThat(ExtractionAssert.sentences(visit)).hasSize(3);
    event(e, "LBN", "IGOUNO", "043", Modality.ASSERTED);
    event(e, "IGOUNO", "LBNGOV", "040", Modality.ASSERTED);
    event(e, "IGOUNO", "ISR", "0256", Modality.ASSERTED);
    event(e, "IGOUNO", "LBN", "051", Modality.ASSERTED);
    event(e, "IGOUNO", "EGY", "042", Modality.FUTURE);
    assertThat(e.doc().clean().removed()).hasSize(2);
    ExtractionAssert.noDuplicates(e);
    ExtractionAssert.evidenceInSentences(e);
  }

  @Test
  void georgiaTheUsState(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "georgia-us-state.txt");
    assertThat(e.actors()).noneMatch(a -> a.code().startsWith("GEO"));
    assertThat(e.places()).noneMatch(p -> "GEO".equals(p.country()));
    assertThat(place(e, "Georgia").country()).isEqualTo("USA");
    assertThat(place(e, "Georgia").type()).isEqualTo("region");
    assertThat(place(e, "Georgia").adm1()).isEqualTo("USGA");
    assertThat(place(e, "Atlanta").adm1()).isEqualTo("USGA");
    assertThat(actor(e, "Brian Kemp").code()).isEqualTo("USAGOV");
    event(e, "USAGOV", "MEX", "042", Modality.ASSERTED);
    event(e, "USAGOV", "MEXGOV", "040", Modality.ASSERTED);
    assertThat(e.events()).noneMatch(ev -> ev.modality() == Modality.HYPOTHETICAL);
  }

  @Test
  void definiteTitlesReferToTheirHolders(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "coref-titles.txt");
    var chancellor = actor(e, "Olaf Scholz");
    assertThat(chancellor.code()).isEqualTo("DEUGOV");
    assertThat(chancellor.mentions()).extracting(m -> m.text()).contains("The chancellor");
    var president = actor(e, "William Ruto");
    assertThat(president.code()).isEqualTo("KENGOV");
    assertThat(president.mentions()).extracting(m -> m.text()).contains("the president");
    // The title in "Kenyan President William Ruto" is the person's, not a separate group actor.
    assertThat(e.actors()).filteredOn(a -> a.code().equals("KENGOV")).hasSize(1);
    event(e, "DEUGOV", "KEN", "051", Modality.ASSERTED);
    event(e, "KENGOV", "DEU", "051", Modality.ASSERTED);
  }

  @Test
  void modalityAndReporter(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "modality-and-reporting.txt");
    Event attack = event(e, "UKR", "RUSMIL", "190", Modality.ASSERTED);
    assertThat(attack.reporter()).isEqualTo(actor(e, "Russia (government)").id());
    event(e, "KEN", "ETH", "111", Modality.NEGATED);
    event(e, "IRN", "ISR", "190", Modality.HYPOTHETICAL);
    Event visit = event(e, "INDGOV", "JPN", "042", Modality.FUTURE);
    // "next week": the Monday of the week after the article's.
    assertThat(visit.date()).hasToString("2024-02-05");
    assertThat(e.events())
        .filteredOn(ev -> !ev.sourceCode().equals("INDGOV") && !ev.targetCode().equals("INDGOV"))
        .allMatch(ev -> ev.date().toString().equals("2024-02-01"));
    assertThat(e.events()).filteredOn(ev -> ev != attack).allMatch(ev -> ev.reporter() == null);
  }

  @Test
  void compoundActorsAreSplit(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "compound-actors.txt");
    event(e, "HUNGOV", "SRBGOV", "040", Modality.ASSERTED);
    event(e, "ROUGOV", "SRBGOV", "040", Modality.ASSERTED);
    // A compound subject with no object: each side acts towards the other.
    event(e, "CZE", "ALB", "050", Modality.ASSERTED);
    event(e, "ALB", "CZE", "050", Modality.ASSERTED);
    // Welcoming a decision together is not an event between the two.
    assertThat(e.events())
        .noneMatch(ev -> ev.sourceCode().equals("CHN") || ev.sourceCode().equals("RUS"));
    // The last name before a person's title gives the affiliation, not an agency before it.
    assertThat(actor(e, "Anatoly Glaz").code()).isEqualTo("BLRGOV");
    assertThat(e.events())
        .filteredOn(ev -> ev.code().code().equals("040"))
        .allMatch(ev -> ev.plover() != null && ev.plover().type().equals("CONSULT"));
  }

  @Test
  void officeHoldersOnTheArticleDate(Extractor extractor) throws RejectedArticleException {
    Extraction then = Fixtures.extract(extractor, "office-holders.txt");
    // Also where the article names an organisation that a president heads (the World Bank).
    assertThat(actor(then, "Salome Zourabichvili").code()).isEqualTo("GEOGOV");
    assertThat(actor(then, "Jens Stoltenberg").code()).isEqualTo("IGOWSTNAT");
    event(then, "GEOGOV", "IGOWSTNAT", "040", Modality.ASSERTED);
    assertThat(then.actors()).anyMatch(a -> a.code().equals("PSEREBHMS"));
    event(then, "RUSBUS", "ARMGOV", "040", Modality.ASSERTED);
    var article = Fixtures.article("office-holders.txt");
    Extraction later =
        extractor.extract(
            article.withDate(java.time.LocalDate.of(2025, 6, 1), article.dateOrigin()));
    assertThat(actor(later, "Salome Zourabichvili").code()).isEqualTo("GEOELI");
    assertThat(later.actors()).noneMatch(a -> a.code().equals("IGOWSTNAT"));
    // "Former" makes an elite whatever the list says; a title the list records the person
    // holding at another time gives the country, and the title in the text wins over the dates.
    assertThat(actor(then, "Mikheil Saakashvili").code()).isEqualTo("GEOELI");
    assertThat(actor(then, "Laurent Gbagbo").code()).isEqualTo("CIVGOV");
  }

  @Test
  void nonEnglishIsRejectedWithItsLanguage(Extractor extractor) {
    assertThatThrownBy(() -> extractor.extract(Fixtures.article("not-english.txt")))
        .isInstanceOf(RejectedArticleException.class)
        .hasMessageContaining("not English")
        .hasMessageContaining("de");
  }
}
