package org.annalist.pipeline.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.model.Enrichment;
import org.annalist.model.Enrichment.NameType;
import org.annalist.model.Extraction;
import org.annalist.model.Modality;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tone, themes, quotations, amounts and names of the fixture articles: the facts a reader checks,
 * then the whole enrichment against golden files ({@code golden/NAME.enrichment}; rewrite them with
 * {@code -Dannalist.golden.update=true} and read the diff).
 */
@ExtendWith(PipelineExtension.class)
class EnrichmentIT {
  private static final Path SOURCE = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @ValueSource(strings = {"seed-nato-georgia", "enrich-quotes", "enrich-amounts", "enrich-themes"})
  void matchesGoldenFile(String name, Extractor extractor) throws IOException {
    String actual = EnrichmentSummary.of(Fixtures.extract(extractor, name + ".txt"));
    if (Boolean.getBoolean("annalist.golden.update")) {
      Files.writeString(SOURCE.resolve(name + ".enrichment"), actual, StandardCharsets.UTF_8);
      return;
    }
    try (InputStream in = getClass().getResourceAsStream("/golden/" + name + ".enrichment")) {
      assertThat(in)
          .as("golden file %s.enrichment (create it with -Dannalist.golden.update=true)", name)
          .isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seed-nato-georgia",
        "twin-eu-moldova",
        "twin-un-lebanon",
        "georgia-us-state",
        "coref-titles",
        "stances",
        "frames",
        "precision",
        "pronouns",
        "enrich-quotes",
        "enrich-amounts",
        "enrich-themes"
      })
  void everyOffsetPointsAtItsTextAndEveryEventHasItsNote(String name, Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, name + ".txt");
    Enrichment en = e.enrichment();
    String text = e.doc().text();
    java.util.List<Enrichment.Cue> cues = new java.util.ArrayList<>();
    en.themes().forEach(t -> cues.addAll(t.mentions()));
    en.names().forEach(n -> cues.addAll(n.mentions()));
    en.quotations().stream().filter(q -> q.verb() != null).forEach(q -> cues.add(q.verb()));
    for (Enrichment.Cue c : cues) {
      assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(c.span().of(text)).isEqualTo(c.text());
      assertThat(e.doc().sentences().get(c.sentence()).span().contains(c.span())).isTrue();
    }
    for (Enrichment.Quotation q : en.quotations()) {
      assertThat(q.span().of(text)).isEqualTo(q.text());
    }
    for (Enrichment.Amount a : en.amounts()) {
      assertThat(a.span().of(text)).isEqualTo(a.text());
    }
    assertThat(en.events())
        .extracting(Enrichment.EventNote::event)
        .containsExactlyElementsOf(e.events().stream().map(ev -> ev.id()).toList());
    java.util.Set<String> amountIds =
        en.amounts().stream()
            .map(Enrichment.Amount::id)
            .collect(java.util.stream.Collectors.toSet());
    en.events().forEach(n -> assertThat(amountIds).containsAll(n.amounts()));
    assertThat(en.tone().wordCount()).isPositive();
    // Leaving out events leaves out their notes.
    Extraction fewer = e.withMinConfidence(2);
    assertThat(fewer.events()).isEmpty();
    assertThat(fewer.enrichment().events()).isEmpty();
    assertThat(fewer.enrichment().tone()).isEqualTo(en.tone());
  }

  @Test
  void themesOfAnElectionUnderAttackAndAnEarthquake(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "enrich-themes.txt");
    assertThat(e.enrichment().themes())
        .extracting(Enrichment.ThemeMatch::id)
        .contains(
            "ELECTION",
            "CYBER",
            "DEMOCRACY",
            "PROTEST",
            "CORRUPTION",
            "ELECTORAL_FRAUD",
            "POLICE",
            "EARTHQUAKE",
            "DISASTER_RELIEF",
            "HEALTH_CARE",
            "DEBT_CRISIS")
        .doesNotContain("TERRORISM", "ARMED_CONFLICT", "MILITARY_ALLIANCE", "SPORTS");
    String text = e.doc().text();
    for (var t : e.enrichment().themes()) {
      for (var c : t.mentions()) {
        assertThat(c.span().of(text)).isEqualTo(c.text());
      }
    }
    assertThat(e.enrichment().tone().tone()).isNegative();
  }

  @Test
  void theSeedIsMixedAndMostlyCooperative(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "seed-nato-georgia.txt");
    Enrichment.Tone tone = e.enrichment().tone();
    assertThat(tone.tone()).isPositive();
    assertThat(tone.positive()).isGreaterThan(2 * tone.negative());
    assertThat(tone.negative()).isPositive();
    assertThat(tone.polarity()).isEqualTo(tone.positive() + tone.negative(), within());
    assertThat(tone.wordCount()).isBetween(300, 350);
    assertThat(tone.activity()).isBetween(5.0, 20.0);
    assertThat(e.enrichment().events()).hasSameSizeAs(e.events());
    assertThat(e.enrichment().events())
        .allSatisfy(n -> assertThat(n.avgTone()).isEqualTo(tone.tone()));
  }

  @Test
  void theSeedIsAboutDiplomacyAlliancesAndTerritory(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "seed-nato-georgia.txt");
    var themes = e.enrichment().themes();
    assertThat(themes)
        .extracting(Enrichment.ThemeMatch::id)
        .contains("DIPLOMACY", "MILITARY_ALLIANCE", "TERRITORIAL_DISPUTE", "REGIONAL_SECURITY")
        .doesNotContain("ARMED_CONFLICT", "TERRORISM", "ELECTION", "PROTEST");
    var territory =
        themes.stream().filter(t -> t.id().equals("TERRITORIAL_DISPUTE")).findFirst().orElseThrow();
    assertThat(territory.context()).isEqualTo("territory");
    assertThat(territory.mentions())
        .extracting(Enrichment.Cue::text)
        .contains("territorial integrity", "occupied territories", "sovereignty");
    // The call on Russia to cease its activities in the occupied territories is in a territorial
    // context.
    var appeal = ExtractionAssert.event(e, "IGOWSTNAT", "RUS", "0256", Modality.ASSERTED);
    var note =
        e.enrichment().events().stream()
            .filter(n -> n.event().equals(appeal.id()))
            .findFirst()
            .orElseThrow();
    assertThat(note.contexts()).contains("territory");
  }

  @Test
  void theSeedNamesItsPeopleOrganisationAndPlaces(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "seed-nato-georgia.txt");
    var names = e.enrichment().names();
    assertThat(names)
        .filteredOn(n -> n.type() == NameType.PERSON)
        .extracting(Enrichment.Name::name)
        .containsExactlyInAnyOrder("Jens Stoltenberg", "Salome Zurabishvili", "Irakli Kobakhidze");
    assertThat(names)
        .filteredOn(n -> n.type() == NameType.ORGANIZATION)
        .extracting(Enrichment.Name::name)
        .containsExactly("North Atlantic Treaty Organization");
    assertThat(names)
        .filteredOn(n -> n.type() == NameType.LOCATION)
        .extracting(Enrichment.Name::name)
        .contains("Georgia", "Russia", "Armenia", "Abkhazia", "South Ossetia");
    String text = e.doc().text();
    for (Enrichment.Name n : names) {
      for (Enrichment.Cue c : n.mentions()) {
        assertThat(c.span().of(text)).isEqualTo(c.text());
      }
    }
  }

  @Test
  void quotationsDirectIndirectAndAccordingToWithTheirSpeakers(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "enrich-quotes.txt");
    var quotes = e.enrichment().quotations();
    assertThat(quotes)
        .extracting(
            q -> q.kind() + " " + q.speakerText() + " " + speakerCode(e, q) + " " + q.verb().text())
        .containsExactly(
            "INDIRECT the two governments - said",
            "DIRECT Finnish Foreign Minister Anna Virtanen FINGOV said",
            "DIRECT she FINGOV said",
            "INDIRECT Estonian Foreign Minister Mart Kask ESTGOV told",
            "ACCORDING the Estonian defence ministry ESTGOV According to",
            "DIRECT Kask ESTGOV said",
            "INDIRECT Critics - warned",
            "DIRECT a government spokesman - added");
    assertThat(quotes.get(1).text())
        .isEqualTo(
            "Our security is indivisible, and this agreement makes both of our nations stronger");
    assertThat(quotes.get(3).text())
        .isEqualTo("Estonia would send a team of engineers to Finland next month");
    assertThat(quotes.get(4).text())
        .isEqualTo("the first joint exercise will take place in the autumn");
    assertThat(quotes.get(1).speaker()).isEqualTo(quotes.get(2).speaker());
    // "a paper shield" is a scare quote: no speech verb of its own, too short to be a quotation.
    assertThat(quotes).noneMatch(q -> q.text().contains("paper shield"));
    String text = e.doc().text();
    for (var q : quotes) {
      assertThat(q.span().of(text)).isEqualTo(q.text());
      assertThat(q.speakerSpan().of(text)).isEqualTo(q.speakerText());
      assertThat(q.verb().span().of(text)).isEqualTo(q.verb().text());
    }
  }

  @Test
  void amountsWithWhatTheyCountAttachedToTheirEvents(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "enrich-amounts.txt");
    var amounts = e.enrichment().amounts();
    assertThat(amounts)
        .extracting(a -> a.type() + " " + a.value() + " " + a.object() + " " + a.text())
        .containsExactly(
            "KILL 12.0 people At least 12 people",
            "WOUND 30.0 other 30 others",
            "PROTEST 2000.0 student Thousands of Malian students",
            "ARREST 45.0 protester 45 Malian protesters",
            "MONEY 2.0E9 dollar $2 billion",
            "MONEY 3.0E8 euro 300 million euros",
            "OTHER 6500.0 hog 6,500 hogs",
            "PERCENT 4.5 percent 4.5 percent",
            "KIDNAP 3.0 worker three aid workers",
            "AFFECT 2000.0 family about 2,000 families");
    assertThat(amounts)
        .filteredOn(Enrichment.Amount::approximate)
        .extracting(Enrichment.Amount::id)
        .containsExactly("c1", "c3", "c10");
    String text = e.doc().text();
    amounts.forEach(a -> assertThat(a.span().of(text)).isEqualTo(a.text()));
    // The dead and wounded of the sentence after the attack belong to the attack, the students
    // to their demonstration, the arrested protesters to the arrest, the money to the loan.
    assertThat(amountsOf(e, "MLIREB", "MLIMIL", "190")).containsExactly("c1", "c2");
    assertThat(amountsOf(e, "MLIEDU", "MLIGOV", "141")).containsExactly("c3");
    assertThat(amountsOf(e, "MLICOP", "MLICVL", "173")).containsExactly("c4");
    assertThat(amountsOf(e, "IGOUNODEVWBK", "MLI", "071")).containsExactly("c5", "c6");
    // A count is where its event happened, else at the place named nearest to it.
    assertThat(placeOf(e, amounts.get(0))).isEqualTo("Kidal");
    assertThat(placeOf(e, amounts.get(2))).isEqualTo("Bamako");
    assertThat(amounts.get(6).place()).isNull();
    Enrichment.Tone tone = e.enrichment().tone();
    assertThat(tone.tone()).isLessThan(-5);
  }

  private static String placeOf(Extraction e, Enrichment.Amount a) {
    return e.places().stream()
        .filter(p -> p.id().equals(a.place()))
        .findFirst()
        .orElseThrow()
        .name();
  }

  private static java.util.List<String> amountsOf(
      Extraction e, String source, String target, String code) {
    var event = ExtractionAssert.event(e, source, target, code, Modality.ASSERTED);
    return e.enrichment().events().stream()
        .filter(n -> n.event().equals(event.id()))
        .findFirst()
        .orElseThrow()
        .amounts();
  }

  private static String speakerCode(Extraction e, Enrichment.Quotation q) {
    return q.speaker() == null
        ? "-"
        : e.actors().stream()
            .filter(a -> a.id().equals(q.speaker()))
            .findFirst()
            .orElseThrow()
            .code();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.001);
  }
}
