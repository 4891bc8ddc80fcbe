package org.annalist.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverRecordsTest {
  @TempDir Path dir;

  @Test
  void readsLenientJsonAndNormalisesActors() throws Exception {
    Path file = Path.of(getClass().getResource("/eval/plover-sample.json").toURI());
    List<PloverRecord> records = PloverRecords.read(file);
    assertThat(records)
        .extracting(PloverRecord::id)
        .containsExactly("SAMPLE-CONSULT-0001", "SAMPLE-PROTEST-0002");
    PloverRecord consult = records.get(0);
    assertThat(consult.date()).isEqualTo(LocalDate.of(2021, 4, 2));
    assertThat(consult.sources())
        .containsExactly(new PloverRecord.GoldActor("Chilean ministers", "CHL", "GOV"));
    assertThat(consult.targets()).containsExactly(new PloverRecord.GoldActor("Peru", "PER", null));
    PloverRecord protest = records.get(1);
    assertThat(protest.sources().get(0).sector()).as("*** means no sector").isNull();
    assertThat(protest.targets()).isEmpty();
    assertThat(protest.date()).isNull();
  }

  @Test
  void actorMatchingComparesCountryAndGoldSector() {
    assertThat(PloverEvaluation.matches("CHLGOV", new PloverRecord.GoldActor("x", "CHL", "GOV")))
        .isTrue();
    assertThat(PloverEvaluation.matches("CHLMIL", new PloverRecord.GoldActor("x", "CHL", "GOV")))
        .isFalse();
    assertThat(PloverEvaluation.matches("CHL", new PloverRecord.GoldActor("x", "CHL", "GOV")))
        .isFalse();
    assertThat(PloverEvaluation.matches("PERGOV", new PloverRecord.GoldActor("x", "PER", null)))
        .isTrue();
    assertThat(PloverEvaluation.matches("IGOUNO", new PloverRecord.GoldActor("x", "IGO", null)))
        .isTrue();
    assertThat(PloverEvaluation.matches("ARG", new PloverRecord.GoldActor("x", "PER", null)))
        .isFalse();
  }

  @Test
  void compoundActorsCountEachSide() {
    var gold =
        java.util.List.of(
            new PloverRecord.GoldActor("Jordan", "JOR", null),
            new PloverRecord.GoldActor("Britain", "GBR", null));
    int[] c = new int[4];
    PloverEvaluation.count(c, java.util.List.of("JOR", "GBR"), gold);
    assertThat(c).containsExactly(2, 2, 2, 2);
    int[] one = new int[4];
    PloverEvaluation.count(one, java.util.List.of("JOR", "ISR"), gold);
    assertThat(one).as("tp, predicted, gold, gold found").containsExactly(1, 2, 2, 1);
    int[] none = new int[4];
    PloverEvaluation.count(none, java.util.List.of(), gold);
    assertThat(none).containsExactly(0, 0, 2, 0);
  }

  @Test
  void legacyCountryCodesReadAsIso() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("legacy.json"),
            "[{\"id\": \"L-1\", \"event\": \"CONSULT\", \"text\": \"x\","
                + " \"source\": [{\"actorText\": \"Tokyo\", \"code\": \"JAPGOV\"}],"
                + " \"target\": [{\"actorText\": \"Rome\", \"code\": \"ITL\"},],}]");
    PloverRecord r = PloverRecords.read(file).get(0);
    assertThat(r.sources()).containsExactly(new PloverRecord.GoldActor("Tokyo", "JPN", "GOV"));
    assertThat(r.targets()).containsExactly(new PloverRecord.GoldActor("Rome", "ITA", null));
  }

  @Test
  void invalidJsonIsOneLine() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "[{\"id\": ");
    assertThatThrownBy(() -> PloverRecords.read(bad))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(bad + ": invalid JSON")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
