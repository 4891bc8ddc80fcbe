package org.annalist.pipeline.petrarch;

import static org.annalist.pipeline.petrarch.PetrarchFixtures.fixture;
import static org.annalist.pipeline.petrarch.PetrarchFixtures.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PetrarchActorReaderTest {
  private final Path file = fixture("test.actors.txt");
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, ActorEntry> byName =
      ActorReader.read(file, problems).stream()
          .collect(Collectors.toMap(ActorEntry::name, Function.identity()));

  @Test
  void readsEveryRecordThatHasACode() {
    assertThat(ActorReader.read(file, new ArrayList<>()))
        .extracting(ActorEntry::name)
        .containsExactly(
            "ALDORIA_",
            "MAREK_VOSS_",
            "KESTREL_ISLANDS",
            "ORVAN_TELL",
            "TEMPEST_CITY",
            "LUMA_VANCE",
            "RIVERGATE",
            "BRAMBLE WOOD",
            "SILENT_ONE",
            "LAST_ONE");
  }

  @Test
  void codeOnTheNameLineWithSynonymsAndComments() {
    ActorEntry a = byName.get("ALDORIA_");
    assertThat(a.roles()).containsExactly(Role.always("ALD"));
    assertThat(a.synonyms()).containsExactly("ALDORIAN_", "THE_ALDORIAN_REPUBLIC");
    assertThat(a.line()).isEqualTo(lineOf(file, "ALDORIA_  [ALD]"));
    assertThat(a.phrases()).hasSize(3);
  }

  @Test
  void codesOnIndentedLinesWithRanges() {
    ActorEntry m = byName.get("MAREK_VOSS_");
    assertThat(m.comment()).isEqualTo("party leader");
    assertThat(m.roles())
        .containsExactly(
            new Role("ALDELI", LocalDate.of(1955, 1, 1), LocalDate.of(2004, 1, 24)),
            new Role("ALDGOV", LocalDate.of(2004, 1, 25), LocalDate.of(2007, 11, 25)),
            Role.always("ALDELI"));
    assertThat(byName.get("TEMPEST_CITY").roles()).containsExactly(Role.always("TMP"));
  }

  @Test
  void severalCodesOnOneLineAndOpenEndedRestrictions() {
    assertThat(byName.get("KESTREL_ISLANDS").roles())
        .containsExactly(Role.always("KST"), new Role("KSTGOV", LocalDate.of(2005, 10, 17), null));
    assertThat(byName.get("ORVAN_TELL").roles())
        .containsExactly(
            new Role("ORVGOV", null, LocalDate.of(2005, 10, 17)),
            new Role("ORVREB", LocalDate.of(2005, 10, 20), null));
  }

  @Test
  void eightDigitDatesBlanksInsideAndTheCenturyRule() {
    assertThat(byName.get("LUMA_VANCE").roles())
        .containsExactly(
            Role.always("LUMELI"),
            new Role("LUMGOV", LocalDate.of(1995, 6, 1), LocalDate.of(1999, 8, 15)),
            new Role("LUMMIL", null, LocalDate.of(1995, 5, 31)),
            new Role("LUMCIV", LocalDate.of(2030, 1, 1), null));
    assertThat(Role.date("300101", "")).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(Role.date("310101", "")).isEqualTo(LocalDate.of(1931, 1, 1));
    assertThat(Role.date("000229", "")).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(Role.date("18970101", "")).isEqualTo(LocalDate.of(1897, 1, 1));
    assertThatThrownBy(() -> Role.date("990229", "")).hasMessageContaining("no such date");
    assertThatThrownBy(() -> Role.date("9008223", "")).hasMessageContaining("YYMMDD");
  }

  @Test
  void blanksInsideAPhraseAreKeptAsOne() {
    assertThat(byName).containsKey("BRAMBLE WOOD");
    assertThat(ActorEntry.key("bramble_wood_ ")).isEqualTo(ActorEntry.key("BRAMBLE   WOOD"));
  }

  @Test
  void commentsHideWhatTheyCover() {
    assertThat(byName.get("SILENT_ONE").roles()).containsExactly(Role.always("SIL"));
    assertThat(byName).doesNotContainKey("HIDDEN_ACTOR").containsKey("LAST_ONE");
  }

  @Test
  void badLinesAreReportedWithFileAndLineAndSkipped() {
    assertThat(problems)
        .allSatisfy(p -> assertThat(p.file()).endsWith("test.actors.txt"))
        .extracting(Problem::line, p -> firstWords(p.message()))
        .containsExactlyInAnyOrder(
            tuple(lineOf(file, "[ORPHANCODE]"), "code line before"),
            tuple(lineOf(file, "LUMBAD"), "no such date"),
            tuple(lineOf(file, "LUMREV"), "date range ends"),
            tuple(lineOf(file, "LUMODD"), "cannot read the"),
            tuple(lineOf(file, "HALDEN  [HLD"), "missing ']' in"),
            tuple(lineOf(file, "HALDEN  [HLD") + 1, "empty synonym"),
            tuple(lineOf(file, "+HALDENER"), "a synonym line"),
            tuple(lineOf(file, "HALDEN  [HLD"), "actor HALDEN has"),
            tuple(lineOf(file, "NIMBLE_FOX"), "actor NIMBLE_FOX has"),
            tuple(lineOf(file, "RIVERGATE"), "text after the"));
    assertThat(byName.get("RIVERGATE").roles()).containsExactly(Role.always("RVG"));
  }

  @Test
  void aMissingFileIsOneProblem() {
    List<Problem> missing = new ArrayList<>();
    assertThat(ActorReader.read(file.resolveSibling("no-such.actors.txt"), missing)).isEmpty();
    assertThat(missing).singleElement().satisfies(p -> assertThat(p.line()).isZero());
  }

  private static String firstWords(String message) {
    String[] w = message.split(" ");
    return String.join(" ", List.of(w).subList(0, Math.min(3, w.length)));
  }
}
