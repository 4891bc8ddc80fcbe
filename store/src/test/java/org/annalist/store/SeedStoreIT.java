package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.nlp.NlpConfig;
import org.annalist.pipeline.read.ArticleSources;
import org.annalist.pipeline.read.ReadOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed article through the real pipeline into the store and out as GDELT rows. */
class SeedStoreIT {
  @TempDir static Path dir;
  static Path data;
  static Path seed;
  static Ingestion.Progress first;
  static Ingestion.Progress second;
  static Store.Recoded recoded;
  static ResultTable before;
  static ResultTable after;

  @BeforeAll
  static void ingest() throws Exception {
    seed =
        Path.of(SeedStoreIT.class.getResource("/seed/stoltenberg-georgia-2024-03-18.txt").toURI());
    data = dir.resolve("data");
    PipelineResources resources = PipelineResources.load(NlpConfig.defaults());
    Extractor extractor = resources.extractor();
    try (Store s = Store.open(data, Store.Mode.READ_WRITE)) {
      first = run(s, extractor);
      second = run(s, extractor);
      before = s.events(EventFilter.all(), 1000, 0);
      recoded = s.recode(extractor::code, 8, n -> {});
      after = s.events(EventFilter.all(), 1000, 0);
    }
  }

  static Ingestion.Progress run(Store s, Extractor extractor) {
    return new Ingestion(
            s,
            () -> extractor::extract,
            1,
            16,
            Duration.ofSeconds(2),
            100,
            new Ingestion.Listener() {})
        .run(new ArticleSources(ReadOptions.defaults()), List.of(seed.toString()));
  }

  @Test
  void theSeedIsStoredOnce() {
    assertThat(first.stored()).isEqualTo(1);
    assertThat(first.events()).isPositive();
    assertThat(second.stored()).isZero();
    assertThat(second.duplicates()).isEqualTo(1);
  }

  @Test
  void recodingFromStoredAnnotationsGivesTheSameEvents() {
    assertThat(recoded.articles()).isEqualTo(1);
    assertThat(recoded.eventsAfter()).isEqualTo(recoded.eventsBefore());
    int id = before.column("global_event_id");
    assertThat(after.rows()).hasSameSizeAs(before.rows());
    for (int i = 0; i < before.rows().size(); i++) {
      List<Object> b = new java.util.ArrayList<>(before.rows().get(i));
      List<Object> a = new java.util.ArrayList<>(after.rows().get(i));
      b.remove(id);
      a.remove(id);
      assertThat(a).isEqualTo(b);
    }
  }

  @Test
  void theVisitIsAGdeltRowWithTheExpectedFields() throws Exception {
    try (Store s = Store.open(data, Store.Mode.READ_ONLY)) {
      Export.Result r =
          s.export(
              Export.Format.GDELT_EVENTS,
              EventFilter.all().withModality("asserted"),
              dir.resolve("out"));
      List<List<String>> rows =
          Files.readAllLines(r.file()).stream().map(l -> Arrays.asList(l.split("\t", -1))).toList();
      assertThat(rows).isNotEmpty();
      rows.forEach(GdeltColumns::checkEvent);
      List<String> visit =
          rows.stream()
              .filter(c -> c.get(5).equals("IGOWSTNAT") && c.get(15).equals("GEO"))
              .filter(c -> c.get(26).equals("042"))
              .findFirst()
              .orElseThrow();
      assertThat(visit.get(1)).isEqualTo("20240318");
      assertThat(visit.get(7)).as("an IGO has no country").isEmpty();
      assertThat(visit.get(8)).as("known group").isEqualTo("NAT");
      assertThat(visit.get(12)).isEqualTo("IGO");
      assertThat(visit.get(17)).isEqualTo("GEO");
      assertThat(visit.subList(25, 31)).containsExactly("1", "042", "042", "04", "1", "1.9");
      assertThat(Integer.parseInt(visit.get(31))).isGreaterThanOrEqualTo(2);
      assertThat(visit.subList(51, 55)).containsExactly("1", "Georgia", "GG", "GG");
      // AvgTone: the seed's tone, mixed and mostly cooperative.
      assertThat(Double.parseDouble(visit.get(34))).isBetween(1.0, 10.0);
      assertThat(visit.get(58)).isEqualTo("GG");
      assertThat(rows)
          .as("the future trip is not a GDELT event")
          .noneMatch(c -> c.get(15).equals("ARM") && c.get(26).equals("042"));

      Export.Result m =
          s.export(
              Export.Format.GDELT_MENTIONS,
              EventFilter.all().withModality("asserted"),
              dir.resolve("out"));
      List<String> mentions = Files.readAllLines(m.file());
      mentions.stream()
          .map(l -> Arrays.asList(l.split("\t", -1)))
          .forEach(GdeltColumns::checkMention);
      assertThat(mentions.stream().filter(l -> l.startsWith(visit.get(0) + "\t")).count())
          .isEqualTo(Long.parseLong(visit.get(31)));
      // The seed's Global Knowledge Graph record.
      Export.Result g = s.export(Export.Format.GKG, EventFilter.all(), dir.resolve("out"));
      List<String> gkg = Files.readAllLines(g.file());
      assertThat(gkg).hasSize(1);
      List<String> record = Arrays.asList(gkg.get(0).split("\t", -1));
      assertThat(record).hasSize(27);
      assertThat(record.get(0)).matches("[0-9]{14}-1");
      assertThat(record.get(1)).matches("[0-9]{14}");
      assertThat(record.get(7).split(";")).contains("TERRITORIAL_DISPUTE", "DIPLOMACY");
      assertThat(record.get(8)).matches("([A-Z_]+,[0-9]+)(;[A-Z_]+,[0-9]+)*");
      assertThat(record.get(9).split(";")).anyMatch(l -> l.startsWith("1#Georgia#GG#GG#"));
      assertThat(record.get(11)).contains("Jens Stoltenberg");
      assertThat(record.get(15).split(",")).hasSize(7);
      assertThat(Double.parseDouble(record.get(15).split(",")[0]))
          .isEqualTo(Double.parseDouble(visit.get(34)));
      // MentionDocTone: the mentioning article's tone, here the seed's.
      assertThat(
              mentions.stream()
                  .filter(l -> l.startsWith(visit.get(0) + "\t"))
                  .map(l -> Double.parseDouble(l.split("\t", -1)[13])))
          .allMatch(t -> t.equals(Double.parseDouble(visit.get(34))));
    }
  }

  @Test
  void theSeedIsFoundByTextAndFilters() {
    try (Store s = Store.open(data, Store.Mode.READ_ONLY)) {
      SearchResult r =
          s.search(
              new SearchQuery("Secretary General visit", null, null, "IGO", "GEO", "04", 5, 0));
      assertThat(r.total()).isEqualTo(1);
      assertThat(r.hits().get(0).snippet().marked("[", "]")).contains("[visit]");
      assertThat(
              s.events(new EventFilter(null, null, "GEOGOV", null, "040", null, null), 10, 0)
                  .rows())
          .isNotEmpty();
    }
  }
}
