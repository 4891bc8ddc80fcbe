package org.annalist.pipeline.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Reads the complete third-party PETRARCH2 dictionaries (the Phoenix set its configuration names,
 * and the PETR.Validate set) from {@code annalist.eval.dir}, run only by the {@code eval} profile.
 * The floors are the counts last measured, rounded down; the problems are the lines of those files
 * that cannot be read, each with its line number.
 */
class PetrarchDictionariesEvalIT {

  private static Path data(String relative) {
    String dir = System.getProperty("annalist.eval.dir", "");
    Path path = Path.of(dir).resolve(relative);
    if (dir.isEmpty() || !Files.exists(path)) {
      fail(
          "evaluation data not found: "
              + path.toAbsolutePath()
              + " (set -Dannalist.eval.dir to the folder holding petrarch2)");
    }
    return path;
  }

  @Test
  void phoenixDictionariesLoadFastWithFewProblems() throws Exception {
    Path config = data("petrarch2/config/PETR_config.ini");
    Path dir = data("petrarch2/dictionaries");
    long start = System.nanoTime();
    PetrarchDictionaries d = PetrarchDictionaries.fromConfig(config, dir);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    report("Phoenix set (PETR_config.ini)", d, took);

    assertThat(took).as("load time of the Phoenix dictionaries").isLessThan(Duration.ofSeconds(5));
    VerbDictionary v = d.verbs();
    assertThat(v.families()).hasSizeGreaterThan(390);
    assertThat(v.verbCount()).isGreaterThan(1800);
    assertThat(v.patternCount()).isGreaterThan(4600);
    assertThat(v.synsets()).hasSizeGreaterThan(35);
    assertThat(v.transformations()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(d.actors()).hasSizeGreaterThan(27000);
    assertThat(d.actors().stream().mapToInt(a -> a.roles().size()).sum()).isGreaterThan(37000);
    assertThat(d.agents().entries()).hasSizeGreaterThan(2200);
    assertThat(d.agents().substitutions()).containsKeys("PERSON", "MINIST");
    assertThat(d.discards()).hasSizeGreaterThan(500);
    assertThat(d.issues()).hasSizeGreaterThan(3100);
    assertThat(d.problems()).hasSizeLessThan(120).allMatch(p -> p.line() > 0);
    assertThat(d.problems().size()).isLessThan(d.actors().size() / 200);

    // Every dated role gives its own code on its first day, unless an earlier dated role of the
    // same record covers that day too.
    long dated = 0;
    for (ActorEntry a : d.actors()) {
      for (Role r : a.roles()) {
        if (r.dated()) {
          dated++;
          LocalDate day = r.from() != null ? r.from() : r.to();
          assertThat(a.codeOn(day)).as(a.name() + " on " + day).isPresent();
        }
      }
    }
    assertThat(dated).isGreaterThan(10000);
  }

  @Test
  void validationDictionariesLoad() {
    Path dir = data("petrarch2/dictionaries");
    long start = System.nanoTime();
    PetrarchDictionaries d =
        PetrarchDictionaries.builder()
            .verbs(dir.resolve("PETR.Validate.verbs.txt"))
            .actors(dir.resolve("PETR.Validate.actors.txt"))
            .agents(dir.resolve("PETR.Validate.agents.txt"))
            .discards(dir.resolve("PETR.Validate.discards.txt"))
            .issues(dir.resolve("Phoenix.IssueCoding.txt"))
            .load();
    report("PETR.Validate set", d, Duration.ofNanos(System.nanoTime() - start));
    assertThat(d.verbs().families()).hasSizeGreaterThan(250);
    assertThat(d.verbs().patternCount()).isGreaterThan(460);
    assertThat(d.verbs().synsets()).hasSizeGreaterThan(15);
    assertThat(d.actors()).hasSizeGreaterThan(120);
    assertThat(d.agents().entries()).hasSizeGreaterThan(85);
    assertThat(d.discards()).hasSizeGreaterThanOrEqualTo(9);
    long validateProblems =
        d.problems().stream().filter(p -> p.file().contains("PETR.Validate")).count();
    assertThat(validateProblems).isLessThan(10);
    assertThat(d.problems()).allMatch(p -> p.line() > 0);
  }

  private static void report(String what, PetrarchDictionaries d, Duration took) {
    System.out.println("== " + what + ": loaded in " + took.toMillis() + " ms");
    System.out.println("   " + d.summary());
    Map<String, Integer> perFile = new TreeMap<>();
    d.problems()
        .forEach(p -> perFile.merge(Path.of(p.file()).getFileName().toString(), 1, Integer::sum));
    perFile.forEach((f, n) -> System.out.println("   " + n + " problems in " + f));
    d.problems()
        .forEach(
            p ->
                System.out.println(
                    "   " + Path.of(p.file()).getFileName() + ":" + p.line() + ": " + p.message()));
  }
}
