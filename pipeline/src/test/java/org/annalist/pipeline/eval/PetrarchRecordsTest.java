package org.annalist.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchRecordsTest {
  @TempDir Path dir;

  private static Path fixture() throws URISyntaxException {
    return Path.of(PetrarchRecordsTest.class.getResource("petrarch-records.xml").toURI());
  }

  @Test
  void readsCodingsNoEventsAndExpectedErrors() throws Exception {
    List<PetrarchRecord> r = PetrarchRecords.read(fixture());
    assertThat(r)
        .extracting(PetrarchRecord::id)
        .containsExactly("VISIT-01", "NONE-01", "QUOTE-01", "DISCARD-01");
    PetrarchRecord visit = r.get(0);
    assertThat(visit.category()).isEqualTo("VERB");
    assertThat(visit.date()).isEqualTo(LocalDate.of(2024, 3, 18));
    assertThat(visit.text()).isEqualTo("The NATO secretary general visited Georgia.");
    assertThat(visit.sortedExpected())
        .containsExactly(
            new PetrarchRecord.Coding("GEO", "IGOWSTNAT", "043"),
            new PetrarchRecord.Coding("IGOWSTNAT", "GEO", "042"));
    assertThat(r.get(1).expectsNone()).isTrue();
    assertThat(r.get(1).error()).isNull();
    assertThat(r.get(2).expected())
        .containsExactly(new PetrarchRecord.Coding("\"THE RIVER GUARD\"", "KEN", "111"));
    assertThat(r.get(3).expectsNone()).isTrue();
    assertThat(r.get(3).error()).isEqualTo("storydiscard");
  }

  @Test
  void readsTheSilverLayoutWhoseSentencesAreSelfClosing() throws Exception {
    Path silver = Path.of(PetrarchRecordsTest.class.getResource("petrarch-silver.xml").toURI());
    List<PetrarchRecord> r = PetrarchRecords.readSilver(silver);
    assertThat(r).extracting(PetrarchRecord::id).containsExactly("S-1", "S-2", "S-3");
    assertThat(r.get(2).text()).isEqualTo("Kenya criticised Ethiopia.");
    // The CoNLL-U parse is kept, word lines only.
    assertThat(r.get(2).parse().lines())
        .hasSize(4)
        .first()
        .isEqualTo("1\tKenya\tKenya\tPROPN\tNNP\t_\t2\tnsubj\t_\t_");
    assertThat(r.get(1).parse()).isNull();
    assertThat(r.get(2).date()).isEqualTo(LocalDate.of(1995, 1, 1));
    assertThat(r.get(0).text()).isEqualTo("The NATO secretary general visited Georgia.");
    assertThat(r.get(0).category()).isEqualTo("AFP");
    assertThat(r.get(0).sortedExpected())
        .containsExactly(
            new PetrarchRecord.Coding("GEO", "IGOWSTNAT", "043"),
            new PetrarchRecord.Coding("IGOWSTNAT", "GEO", "042"));
    assertThat(r.get(1).expectsNone()).isTrue();
    assertThat(r.get(1).text()).isEqualTo("The weather was mild.");
    assertThat(PetrarchRecords.silverDate("121108")).isEqualTo(LocalDate.of(2012, 11, 8));
    assertThat(PetrarchRecords.silverDate("950101")).isEqualTo(LocalDate.of(1995, 1, 1));
    assertThat(PetrarchRecords.silverEnvironment(silver))
        .containsEntry("Verbfile", "verbs.txt")
        .containsEntry("Actorfile", "a.actors.txt,b.actors.txt");
  }

  @Test
  void aRecordWithoutTextOrADateIsNamed() throws IOException {
    Path noText =
        Files.writeString(
            dir.resolve("a.xml"),
            "<V><Sentence date=\"20240101\" id=\"X-1\" category=\"C\"><Text> </Text></Sentence></V>");
    assertThatThrownBy(() -> PetrarchRecords.read(noText))
        .isInstanceOf(IOException.class)
        .hasMessageEndingWith("X-1: no text");
    Path badDate =
        Files.writeString(
            dir.resolve("b.xml"),
            "<V><Sentence date=\"2024-01-01\" id=\"X-2\" category=\"C\"><Text>t</Text></Sentence></V>");
    assertThatThrownBy(() -> PetrarchRecords.read(badDate))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("X-2: invalid date 2024-01-01");
    Path broken = Files.writeString(dir.resolve("c.xml"), "<V><Sentence>");
    assertThatThrownBy(() -> PetrarchRecords.read(broken))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not well-formed XML");
  }
}
