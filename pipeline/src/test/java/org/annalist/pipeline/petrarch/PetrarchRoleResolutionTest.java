package org.annalist.pipeline.petrarch;

import static org.annalist.pipeline.petrarch.PetrarchFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Date-restricted codes resolved on the days around each boundary. */
class PetrarchRoleResolutionTest {
  private final PetrarchDictionaries d =
      PetrarchDictionaries.builder()
          .actors(fixture("test.actors.txt"), fixture("test2.actors.txt"))
          .load();

  private String code(String phrase, int y, int m, int day) {
    return d.actorCode(phrase, LocalDate.of(y, m, day)).orElse(null);
  }

  @Test
  void rangesAreInclusiveAndTheUndatedRoleIsTheDefault() {
    assertThat(code("MAREK_VOSS_", 1955, 1, 1)).isEqualTo("ALDELI");
    assertThat(code("MAREK_VOSS_", 2004, 1, 24)).isEqualTo("ALDELI");
    assertThat(code("MAREK_VOSS_", 2004, 1, 25)).isEqualTo("ALDGOV");
    assertThat(code("MAREK_VOSS_", 2007, 11, 25)).isEqualTo("ALDGOV");
    assertThat(code("MAREK_VOSS_", 2007, 11, 26)).isEqualTo("ALDELI");
    assertThat(code("MAREK_VOSS_", 1900, 1, 1)).isEqualTo("ALDELI");
  }

  @Test
  void fromAndUntilBoundsWithAGapBetween() {
    assertThat(code("ORVAN_TELL", 1990, 1, 1)).isEqualTo("ORVGOV");
    assertThat(code("ORVAN_TELL", 2005, 10, 17)).isEqualTo("ORVGOV");
    assertThat(code("ORVAN_TELL", 2005, 10, 18)).isNull();
    assertThat(code("ORVAN_TELL", 2005, 10, 19)).isNull();
    assertThat(code("ORVAN_TELL", 2005, 10, 20)).isEqualTo("ORVREB");
  }

  @Test
  void aDatedRoleWinsOverADefaultListedBeforeIt() {
    assertThat(code("LUMA_VANCE", 1995, 5, 31)).isEqualTo("LUMMIL");
    assertThat(code("LUMA_VANCE", 1995, 6, 1)).isEqualTo("LUMGOV");
    assertThat(code("LUMA_VANCE", 1999, 8, 15)).isEqualTo("LUMGOV");
    assertThat(code("LUMA_VANCE", 1999, 8, 16)).isEqualTo("LUMELI");
    assertThat(code("LUMA_VANCE", 2029, 12, 31)).isEqualTo("LUMELI");
    assertThat(code("LUMA_VANCE", 2030, 1, 1)).isEqualTo("LUMCIV");
  }

  @Test
  void synonymsAndSpellingsFindTheSameRecord() {
    assertThat(code("the aldorian republic", 2020, 1, 1)).isEqualTo("ALD");
    assertThat(code("Aldorian", 2020, 1, 1)).isEqualTo("ALD");
    assertThat(code("NOBODY", 2020, 1, 1)).isNull();
  }

  @Test
  void recordsOfTheSamePhraseInSeveralFilesAreTakenTogether() {
    assertThat(d.actorEntries("KESTREL ISLANDS")).hasSize(2);
    assertThat(code("KESTREL_ISLANDS", 2004, 12, 31)).isEqualTo("KSTOLD");
    assertThat(code("KESTREL_ISLANDS", 2005, 1, 1)).isEqualTo("KST");
    assertThat(code("KESTREL_ISLANDS", 2005, 10, 16)).isEqualTo("KST");
    assertThat(code("KESTREL_ISLANDS", 2005, 10, 17)).isEqualTo("KSTGOV");
  }

  @Test
  void resolveOnAPlainList() {
    List<Role> roles =
        List.of(
            new Role("B", LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31)),
            Role.always("A"),
            new Role("C", LocalDate.of(2000, 6, 1), null),
            Role.always("Z"));
    assertThat(Role.resolve(roles, LocalDate.of(2000, 7, 1))).contains("B");
    assertThat(Role.resolve(roles, LocalDate.of(2001, 1, 1))).contains("C");
    assertThat(Role.resolve(roles, LocalDate.of(1999, 1, 1))).contains("A");
    assertThat(Role.resolve(List.of(), LocalDate.of(1999, 1, 1))).isEmpty();
  }
}
