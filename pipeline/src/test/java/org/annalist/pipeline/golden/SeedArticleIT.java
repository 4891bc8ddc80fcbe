package org.annalist.pipeline.golden;

import static org.annalist.pipeline.golden.ExtractionAssert.actor;
import static org.annalist.pipeline.golden.ExtractionAssert.event;
import static org.annalist.pipeline.golden.ExtractionAssert.events;
import static org.annalist.pipeline.golden.ExtractionAssert.place;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.ActorType;
import org.annalist.model.Block;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Extraction;
import org.annalist.model.Modality;
import org.annalist.model.Noise;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The article the project started from: every point a careful reader extracts from it. */
@ExtendWith(PipelineExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedArticleIT {
  private Extraction e;

  @BeforeAll
  void extract(Extractor extractor) {
    e = Fixtures.extract(extractor, "seed-nato-georgia.txt");
  }

  @Test
  void dateNoiseAndHeadings() {
    assertThat(e.doc().article().date()).isEqualTo(LocalDate.of(2024, 3, 18));
    assertThat(e.doc().clean().removed())
        .extracting(Noise::text)
        .containsExactly("Advertisment", "Advertisment");
    assertThat(e.doc().clean().headings())
        .extracting(b -> b.span().of(e.doc().text()))
        .containsExactly(
            "Deepening NATO-Georgia Relations",
            "Symbolic and Substantive Support",
            "Looking Forward");
    assertThat(e.doc().clean().blocks()).extracting(Block::type).contains(Block.Type.PARAGRAPH);
  }

  @Test
  void peopleWithTheirOffices() {
    var sg = actor(e, "Jens Stoltenberg");
    assertThat(sg.type()).isEqualTo(ActorType.PERSON);
    assertThat(sg.code()).isEqualTo("IGOWSTNAT");
    assertThat(sg.title()).contains("Secretary General");
    assertThat(sg.mentions().size()).isGreaterThanOrEqualTo(8);
    var president = actor(e, "Salome Zurabishvili");
    assertThat(president.code()).isEqualTo("GEOGOV");
    assertThat(president.title()).isEqualTo("President");
    var pm = actor(e, "Irakli Kobakhidze");
    assertThat(pm.code()).isEqualTo("GEOGOV");
    assertThat(pm.title()).isEqualTo("Prime Minister");
  }

  @Test
  void statesOrganisationsAndRegions() {
    assertThat(e.actors())
        .anyMatch(
            a ->
                a.type() == ActorType.IGO
                    && a.code().equals("IGOWSTNAT")
                    && a.mentions().stream().anyMatch(m -> m.text().equals("NATO")));
    assertThat(actor(e, "Georgia").code()).isEqualTo("GEO");
    assertThat(actor(e, "Russia").code()).isEqualTo("RUS");
    assertThat(actor(e, "Armenia").code()).isEqualTo("ARM");
    assertThat(place(e, "Georgia").type()).isEqualTo("country");
    assertThat(place(e, "Georgia").fips()).isEqualTo("GG");
    assertThat(place(e, "South Ossetia").country()).isEqualTo("GEO");
    assertThat(place(e, "South Ossetia").adm1()).isNull();
    assertThat(place(e, "Abkhazia").country()).isEqualTo("GEO");
    assertThat(place(e, "Abkhazia").adm1()).isEqualTo("GG02");
    // Georgia is the country, never the US state; no EU actor from "European integration".
    assertThat(e.actors()).noneMatch(a -> a.code().startsWith("USA"));
    assertThat(e.places()).noneMatch(p -> "USA".equals(p.country()));
    // No city is named; "Euro-Atlantic" and "European integration" are no places.
    assertThat(e.places()).extracting(p -> p.type()).doesNotContain("city", "macro");
    // Every action that happened was done or said in Georgia.
    String georgia = place(e, "Georgia").id();
    assertThat(e.events())
        .filteredOn(ev -> ev.modality() == Modality.ASSERTED)
        .isNotEmpty()
        .allMatch(ev -> georgia.equals(ev.place()));
    assertThat(e.focus()).startsWith("GEO");
    assertThat(e.actors())
        .noneMatch(a -> a.code().startsWith("IGOEUR") || a.code().startsWith("EUR"));
  }

  @Test
  void theVisitAndItsHosting() {
    Event visit = event(e, "IGOWSTNAT", "GEO", "042", Modality.ASSERTED);
    assertThat(ExtractionAssert.sentences(visit)).hasSizeGreaterThanOrEqualTo(4);
    Event hosted = event(e, "GEO", "IGOWSTNAT", "043", Modality.ASSERTED);
    assertThat(hosted.reciprocal()).isEqualTo(visit.id());
    assertThat(visit.reciprocal()).isEqualTo(hosted.id());
  }

  @Test
  void theMeetings() {
    List<Event> meetings =
        e.events().stream()
            .filter(ev -> List.of("040", "043", "046").contains(ev.code().code()))
            .filter(
                ev ->
                    ev.sourceCode().equals("IGOWSTNAT") && ev.targetCode().equals("GEOGOV")
                        || ev.sourceCode().equals("GEOGOV") && ev.targetCode().equals("IGOWSTNAT"))
            .toList();
    assertThat(meetings).isNotEmpty();
  }

  @Test
  void theCallOnRussia() {
    List<Event> appeals =
        events(
            e,
            "IGOWSTNAT",
            "RUS",
            c -> c.startsWith("02") && !c.equals("020") || c.startsWith("10") && !c.equals("100"));
    assertThat(appeals).hasSize(1);
    assertThat(appeals.get(0).modality()).isEqualTo(Modality.ASSERTED);
    EventMention m = appeals.get(0).mentions().get(0);
    assertThat(m.action().of(e.doc().text())).startsWith("call");
  }

  @Test
  void supportForSovereignty() {
    List<Event> support =
        events(e, "IGOWSTNAT", "GEO", c -> c.equals("050") || c.equals("051") || c.equals("052"));
    assertThat(support).isNotEmpty();
    assertThat(support).allMatch(ev -> ev.modality() == Modality.ASSERTED);
  }

  @Test
  void theTripToArmeniaIsFuture() {
    List<Event> trips = events(e, "IGOWSTNAT", "ARM", c -> c.equals("042") || c.equals("036"));
    assertThat(trips).isNotEmpty().allMatch(ev -> ev.modality() == Modality.FUTURE);
    assertThat(e.events())
        .noneMatch(ev -> ev.targetCode().equals("ARM") && ev.modality() == Modality.ASSERTED);
  }

  @Test
  void nothingThatMustNotBeCoded() {
    assertThat(e.events())
        .noneMatch(ev -> ev.sourceCode().startsWith("RUS") && ev.code().root().equals("19"));
    assertThat(e.events()).noneMatch(ev -> ev.code().code().equals("030"));
    assertThat(e.events()).noneMatch(ev -> ev.code().root().equals("06"));
    String text = e.doc().text();
    for (Event ev : e.events()) {
      for (EventMention m : ev.mentions()) {
        assertThat(m.action().of(text))
            .doesNotContain("aspiration", "book", "cooperation", "integration", "occupied");
      }
    }
    ExtractionAssert.noDuplicates(e);
    ExtractionAssert.evidenceInSentences(e);
  }
}
