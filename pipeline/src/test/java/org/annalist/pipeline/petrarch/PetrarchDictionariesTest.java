package org.annalist.pipeline.petrarch;

import static org.annalist.pipeline.petrarch.PetrarchFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchDictionariesTest {

  @Test
  void fromConfigReadsTheDictionariesSectionOnly() throws IOException {
    Path dir = fixture("test.verbs.txt").getParent();
    PetrarchDictionaries d = PetrarchDictionaries.fromConfig(dir.resolve("test_config.ini"), dir);
    assertThat(d.verbs().families()).extracting(VerbFamily::name).containsExactly("SAIL", "ROW");
    assertThat(d.verbs().patternCount()).isEqualTo(11);
    assertThat(d.actors()).hasSize(11);
    assertThat(d.agents().entries()).hasSize(9);
    assertThat(d.discards()).hasSize(4);
    assertThat(d.issues()).hasSize(9);
    assertThat(d.actorCode("kestrel islands", LocalDate.of(2004, 12, 31))).contains("KSTOLD");
    assertThat(d.problems())
        .extracting(p -> Path.of(p.file()).getFileName().toString())
        .containsOnly(
            "test.verbs.txt",
            "test.actors.txt",
            "test.agents.txt",
            "test.discards.txt",
            "test.issues.txt");
    assertThat(d.problems()).hasSize(21 + 10 + 7 + 2 + 10).allMatch(p -> p.line() > 0);
    assertThat(d.summary()).contains("11 patterns", "11 actors", "50 problems");
  }

  @Test
  void iniSectionsFollowConfigParser(@TempDir Path tmp) throws IOException {
    Path ini = tmp.resolve("c.ini");
    Files.writeString(
        ini,
        String.join(
            "\n",
            "[Other]",
            "verbfile_name = wrong.txt",
            "[Dictionaries]",
            "; a comment",
            "VerbFile_Name: first.txt",
            "actorfile_list = a.txt, b.txt,",
            "\tc.txt",
            "verbfile_name = second.txt",
            ""));
    assertThat(PetrarchDictionaries.iniSection(ini, "Dictionaries"))
        .containsEntry("verbfile_name", "second.txt")
        .containsEntry("actorfile_list", "a.txt, b.txt, c.txt")
        .hasSize(2);
  }

  @Test
  void missingFilesAndKeysAreProblemsNotFailures(@TempDir Path tmp) throws IOException {
    Path ini = tmp.resolve("broken.ini");
    Files.writeString(
        ini,
        "[Dictionaries]\nverbfile_name = nosuch.verbs.txt\nactorfile_list = test.actors.txt\n");
    Path dir = fixture("test.actors.txt").getParent();
    PetrarchDictionaries d = PetrarchDictionaries.fromConfig(ini, dir);
    assertThat(d.actors()).hasSize(10);
    assertThat(d.verbs().families()).isEmpty();
    assertThat(d.agents().entries()).isEmpty();
    List<Problem> fileLevel = d.problems().stream().filter(p -> p.line() == 0).toList();
    assertThat(fileLevel)
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("no agentfile_name"))
        .anySatisfy(m -> assertThat(m).contains("no discardfile_name"))
        .anySatisfy(m -> assertThat(m).contains("cannot read the file"))
        .hasSize(3);
  }

  @Test
  void builderWithNothingGivenIsEmpty() {
    PetrarchDictionaries d = PetrarchDictionaries.builder().load();
    assertThat(d.actors()).isEmpty();
    assertThat(d.problems()).isEmpty();
    assertThat(d.actorCode("ANY", LocalDate.of(2000, 1, 1))).isEmpty();
  }

  @Test
  void commentRules() {
    List<DictionaryLine> lines =
        DictionaryLines.parse(
            List.of(
                "# whole-line comment",
                "ONE [A] # trailing",
                "<! a one-line comment, even without its end",
                "TWO <!-- inline --> [B]",
                "THREE [C] <!-- opens",
                "FOUR [D]",
                "closes --> FIVE [E]",
                "   ",
                "SIX [F] ; kept unless semicolons start comments"),
            false);
    assertThat(lines)
        .extracting(DictionaryLine::number, DictionaryLine::text, DictionaryLine::comment)
        .containsExactly(
            tuple(2, "ONE [A]", "trailing"),
            tuple(4, "TWO  [B]", ""),
            tuple(5, "THREE [C]", ""),
            tuple(7, " FIVE [E]", ""),
            tuple(9, "SIX [F] ; kept unless semicolons start comments", ""));
    assertThat(DictionaryLines.parse(List.of("SIX [F] ; legacy"), true))
        .singleElement()
        .satisfies(l -> assertThat(l.comment()).isEqualTo("legacy"));
  }
}
