package org.annalist.pipeline.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.annalist.pipeline.actor.OfficeHolders.Tenure;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code office-holders.tsv} line by line with a small parser of its documented format,
 * independent of the production loader, and then the loader itself: spot checks of well-known
 * tenures, name matching, former office holders and the errors for bad lines.
 */
class OfficeHoldersTest {

  private static final String DIR = "/org/annalist/pipeline/actor/";
  private static final OfficeHolders HOLDERS = OfficeHolders.load();

  /**
   * Offices that really have two holders at once: Libya's rival governments. Two people holding any
   * other office on the same day (other than a handover day) is an error in the data.
   */
  private static final Set<String> CO_HELD_OFFICES = Set.of("LBYGOV\tPrime Minister");

  /** Sectors a country office code may carry: GOV, and OPP for Venezuela's opposition claim. */
  private static final Set<String> COUNTRY_SECTORS = Set.of("GOV", "OPP");

  /** Ministers carry these generic titles in every country; local titles belong in the note. */
  private static final Set<String> NOT_TITLES =
      Set.of(
          "Secretary of State",
          "Foreign Secretary",
          "Secretary of Defense",
          "Defence Secretary",
          "Defense Minister",
          "Minister of Foreign Affairs",
          "Minister of Defence");

  /** One data line of office-holders.tsv. */
  private record Line(
      int number,
      String name,
      List<String> aliases,
      String code,
      String title,
      LocalDate from,
      LocalDate to,
      String note) {
    String where() {
      return "office-holders.tsv:" + number;
    }

    LocalDate end() {
      return to == null ? LocalDate.MAX : to;
    }
  }

  private final List<Line> lines = parse();

  private static String text(String file) {
    try (InputStream in = OfficeHoldersTest.class.getResourceAsStream(DIR + file)) {
      assertThat(in).as(file + " on the class path").isNotNull();
      // A fresh decoder reports malformed input instead of replacing it.
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(file + " is not valid UTF-8", e);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }

  /** The first column of every data line of a data file. */
  private static Set<String> firstColumn(String file) {
    Set<String> out = new HashSet<>();
    for (String line : text(file).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line.split("\t", -1)[0].strip());
      }
    }
    return out;
  }

  private static List<Line> parse() {
    List<Line> out = new ArrayList<>();
    String[] raw = text(OfficeHolders.FILE).split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i];
      int n = i + 1;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      assertThat(line).as("line %d has no carriage return", n).doesNotContain("\r");
      String[] f = line.split("\t", -1);
      if (f.length != 7) {
        fail("office-holders.tsv:%d: expected 7 columns, found %d", n, f.length);
      }
      for (String field : f) {
        assertThat(field).as("line %d: empty column", n).isNotEmpty().isEqualTo(field.strip());
        assertThat(field).as("line %d: doubled space", n).doesNotContain("  ");
      }
      List<String> aliases = f[1].equals("-") ? List.of() : List.of(f[1].split("\\|", -1));
      for (String alias : aliases) {
        assertThat(alias)
            .as("line %d: empty or padded alias in '%s'", n, f[1])
            .isNotEmpty()
            .isEqualTo(alias.strip())
            .isNotEqualTo("-")
            .isNotEqualTo(f[0]);
      }
      assertThat(new HashSet<>(aliases)).as("line %d: repeated alias", n).hasSize(aliases.size());
      LocalDate from = date(n, "from", f[4]);
      LocalDate to = f[5].equals("-") ? null : date(n, "to", f[5]);
      assertThat(from).as("line %d: from", n).isNotNull();
      out.add(new Line(n, f[0], aliases, f[2], f[3], from, to, f[6]));
    }
    return out;
  }

  private static LocalDate date(int line, String column, String value) {
    assertThat(value).as("line %d: %s is YYYY-MM-DD", line, column).matches("\\d{4}-\\d{2}-\\d{2}");
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new AssertionError("line " + line + ": " + column + " is not a date: " + value, e);
    }
  }

  // ---- the data file ----

  @Test
  void hasAtLeastSixHundredRows() {
    assertThat(lines).hasSizeGreaterThanOrEqualTo(600);
  }

  @Test
  void everyLineIsWellFormed() {
    for (Line l : lines) {
      assertThat(l.name()).as(l.where()).isNotEqualTo("-");
      assertThat(l.title()).as(l.where()).isNotEqualTo("-").doesNotContain("|");
      assertThat(NOT_TITLES).as(l.where() + ": generic minister title").doesNotContain(l.title());
      assertThat(l.note()).as(l.where() + ": note").isNotEqualTo("-");
      if (l.to() != null) {
        assertThat(l.from()).as(l.where() + ": from <= to").isBeforeOrEqualTo(l.to());
      }
      assertThat(l.from()).as(l.where() + ": from").isAfter(LocalDate.of(1950, 1, 1));
      assertThat(l.end())
          .as(l.where() + ": covers 1985 on")
          .isAfterOrEqualTo(LocalDate.of(1985, 1, 1));
      assertThat(l.from()).as(l.where() + ": no future start").isBefore(LocalDate.of(2027, 1, 1));
    }
  }

  @Test
  void datesMarkedMonthPrecisionAreTheFirstOfTheMonth() {
    for (Line l : lines) {
      String note = l.note();
      if (note.contains("from: month precision") || note.contains("from and to: month precision")) {
        assertThat(l.from().getDayOfMonth()).as(l.where() + ": from").isEqualTo(1);
      }
      if (note.contains("to: month precision")) {
        assertThat(l.to()).as(l.where() + ": to").isNotNull();
        assertThat(l.to().getDayOfMonth()).as(l.where() + ": to").isEqualTo(1);
      }
    }
  }

  @Test
  void codesExistInTheCountryAndOrganisationTables() {
    Set<String> countries = firstColumn("countries.tsv");
    Set<String> organisations = firstColumn("organisations.tsv");
    assertThat(countries).contains("GEO", "USA", "KSV", "PSE");
    assertThat(organisations).contains("IGOUNO", "IGOWSTNAT");
    for (Line l : lines) {
      String code = l.code();
      if (code.startsWith("IGO") || code.startsWith("NGO")) {
        assertThat(organisations).as(l.where() + ": organisation code " + code).contains(code);
      } else {
        assertThat(code).as(l.where()).hasSize(6);
        assertThat(countries).as(l.where() + ": country of " + code).contains(code.substring(0, 3));
        assertThat(COUNTRY_SECTORS)
            .as(l.where() + ": sector of " + code)
            .contains(code.substring(3));
      }
    }
  }

  @Test
  void coversTheCountriesAndOrganisationsInTheNews() {
    Set<String> codes = lines.stream().map(Line::code).collect(Collectors.toSet());
    Set<String> countries =
        codes.stream()
            .filter(c -> !c.startsWith("IGO"))
            .map(c -> c.substring(0, 3))
            .collect(Collectors.toSet());
    // G20 members, permanent Security Council members and the main actors of current conflicts.
    assertThat(countries)
        .contains(
            "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR",
            "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA", "UKR", "ISR", "PSE", "IRN", "IRQ",
            "SYR", "LBN", "ARE", "QAT", "EGY", "JOR", "GEO", "ARM", "AZE", "MDA", "BLR", "POL",
            "EST", "LVA", "LTU", "HUN", "SRB", "KSV", "PRK", "TWN", "PAK", "AFG", "VEN", "COL",
            "CUB", "NGA", "ETH", "SDN", "SSD", "SOM", "KEN", "COD", "LBY", "YEM", "MMR");
    assertThat(codes)
        .contains(
            "IGOUNO",
            "IGOWSTNAT",
            "IGOEUREEC",
            "IGOUNOIAE",
            "IGOUNOHLHWHO",
            "IGOBUSIMF",
            "IGOUNODEVWBK",
            "IGOAFRAFU",
            "IGOEURSCE",
            "IGOMEAARL");
    Set<String> euTitles =
        lines.stream()
            .filter(l -> l.code().equals("IGOEUREEC"))
            .map(Line::title)
            .collect(Collectors.toSet());
    assertThat(euTitles)
        .containsExactlyInAnyOrder(
            "President of the European Commission",
            "President of the European Council",
            "High Representative");
  }

  @Test
  void everyRowOfOnePersonListsTheSameAliases() {
    Map<String, Line> first = new HashMap<>();
    for (Line l : lines) {
      Line seen = first.putIfAbsent(l.name(), l);
      if (seen != null) {
        assertThat(Set.copyOf(l.aliases()))
            .as("%s: aliases of %s differ from %s", l.where(), l.name(), seen.where())
            .isEqualTo(Set.copyOf(seen.aliases()));
      }
    }
  }

  @Test
  void noNameOrAliasBelongsToTwoPersons() {
    Map<String, String> owner = new HashMap<>();
    for (Line l : lines) {
      List<String> all = new ArrayList<>(l.aliases());
      all.add(l.name());
      for (String n : all) {
        String other = owner.putIfAbsent(n, l.name());
        assertThat(other == null || other.equals(l.name()))
            .as("%s: '%s' names both %s and %s", l.where(), n, other, l.name())
            .isTrue();
      }
    }
  }

  @Test
  void noPersonHoldsOneOfficeTwiceAtOnce() {
    Map<String, List<Line>> byPersonOffice =
        lines.stream()
            .collect(Collectors.groupingBy(l -> l.name() + "\t" + l.code() + "\t" + l.title()));
    for (List<Line> tenures : byPersonOffice.values()) {
      List<Line> sorted = tenures.stream().sorted(Comparator.comparing(Line::from)).toList();
      for (int i = 1; i < sorted.size(); i++) {
        assertThat(sorted.get(i).from())
            .as("%s overlaps %s", sorted.get(i).where(), sorted.get(i - 1).where())
            .isAfter(sorted.get(i - 1).end());
      }
    }
  }

  @Test
  void noOfficeHasTwoHoldersAtOnceExceptOnHandoverDays() {
    Map<String, List<Line>> byOffice =
        lines.stream().collect(Collectors.groupingBy(l -> l.code() + "\t" + l.title()));
    Set<String> coHeld = new TreeSet<>();
    byOffice.forEach(
        (office, tenures) -> {
          for (int i = 0; i < tenures.size(); i++) {
            for (int j = i + 1; j < tenures.size(); j++) {
              Line a = tenures.get(i);
              Line b = tenures.get(j);
              // Sharing one day is a handover: one's last day is the other's first.
              LocalDate start = a.from().isAfter(b.from()) ? a.from() : b.from();
              LocalDate end = a.end().isBefore(b.end()) ? a.end() : b.end();
              boolean overlap = start.isBefore(end);
              if (overlap && !CO_HELD_OFFICES.contains(office)) {
                fail(
                    "%s (%s) and %s (%s) both hold %s",
                    a.where(), a.name(), b.where(), b.name(), office);
              }
              if (overlap) {
                coHeld.add(office);
              }
            }
          }
        });
    assertThat(coHeld)
        .as("documented co-held offices are still co-held")
        .isEqualTo(CO_HELD_OFFICES);
  }

  // ---- the loader ----

  private static List<String> codes(List<Tenure> tenures) {
    return tenures.stream().map(Tenure::code).toList();
  }

  @Test
  void loaderReadsEveryDataLine() {
    long tenures =
        lines.stream().map(Line::name).distinct().mapToLong(n -> HOLDERS.tenures(n).size()).sum();
    assertThat(tenures).isEqualTo(lines.size());
    Tenure first = HOLDERS.tenures(lines.get(0).name()).get(0);
    assertThat(first.line()).startsWith("office-holders.tsv:");
  }

  @Test
  void zurabishviliWasPresidentOfGeorgiaIn2024() {
    List<Tenure> found = HOLDERS.lookup("Zurabishvili", LocalDate.of(2024, 3, 18));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).code()).isEqualTo("GEOGOV");
    assertThat(found.get(0).title()).isEqualTo("President");
    assertThat(found.get(0).name()).isEqualTo("Salome Zourabichvili");
    assertThat(HOLDERS.lookup("Salome Zurabishvili", LocalDate.of(2024, 3, 18))).isEqualTo(found);
    assertThat(HOLDERS.lookup("Salomé Zourabichvili", LocalDate.of(2024, 3, 18))).isEqualTo(found);
  }

  @Test
  void kobakhidzeWasPrimeMinisterOfGeorgiaIn2024() {
    List<Tenure> found = HOLDERS.lookup("Kobakhidze", LocalDate.of(2024, 3, 18));
    assertThat(found)
        .extracting(Tenure::code, Tenure::title)
        .containsExactly(tuple("GEOGOV", "Prime Minister"));
  }

  @Test
  void stoltenbergLedNatoUntil2024AndIsAFormerHolderIn2025() {
    assertThat(codes(HOLDERS.lookup("Stoltenberg", LocalDate.of(2024, 3, 18))))
        .containsExactly("IGOWSTNAT");
    assertThat(HOLDERS.lookup("Jens Stoltenberg", LocalDate.of(2025, 1, 1))).isEmpty();
    Optional<Tenure> last = HOLDERS.lastBefore("Jens Stoltenberg", LocalDate.of(2025, 1, 1));
    assertThat(last).isPresent();
    assertThat(last.get().code()).isEqualTo("IGOWSTNAT");
    assertThat(last.get().title()).isEqualTo("Secretary General");
    assertThat(last.get().to()).isEqualTo(LocalDate.of(2024, 9, 30));
  }

  @Test
  void usPresidents() {
    assertThat(codes(HOLDERS.lookup("Biden", LocalDate.of(2022, 6, 1)))).containsExactly("USAGOV");
    assertThat(codes(HOLDERS.lookup("Trump", LocalDate.of(2018, 6, 1)))).containsExactly("USAGOV");
    assertThat(codes(HOLDERS.lookup("Donald Trump", LocalDate.of(2025, 6, 1))))
        .containsExactly("USAGOV");
    assertThat(HOLDERS.lookup("Trump", LocalDate.of(2022, 6, 1))).isEmpty();
    assertThat(HOLDERS.lastBefore("Trump", LocalDate.of(2022, 6, 1)))
        .map(Tenure::to)
        .contains(LocalDate.of(2021, 1, 20));
    assertThat(HOLDERS.tenures("Trump")).hasSize(2).allMatch(t -> t.title().equals("President"));
  }

  @Test
  void scholzAndGuterres() {
    List<Tenure> scholz = HOLDERS.lookup("Scholz", LocalDate.of(2023, 6, 1));
    assertThat(codes(scholz)).containsExactly("DEUGOV");
    assertThat(scholz.get(0).title()).isEqualTo("Chancellor");
    assertThat(codes(HOLDERS.lookup("Guterres", LocalDate.of(2020, 6, 1))))
        .containsExactly("IGOUNO");
    assertThat(codes(HOLDERS.lookup("António Guterres", LocalDate.of(2024, 1, 1))))
        .containsExactly("IGOUNO");
  }

  @Test
  void handoverDayHasBothHolders() {
    LocalDate day = LocalDate.of(2024, 12, 29);
    assertThat(HOLDERS.lookup("Zourabichvili", day))
        .extracting(Tenure::title)
        .containsExactly("President");
    assertThat(HOLDERS.lookup("Kavelashvili", day))
        .extracting(Tenure::title)
        .containsExactly("President");
    assertThat(HOLDERS.lookup("Zourabichvili", day.plusDays(1))).isEmpty();
  }

  @Test
  void simultaneousOfficesComeMostRecentFirst() {
    // Crown prince since 2017, prime minister since 2022.
    List<Tenure> mbs = HOLDERS.lookup("Mohammed bin Salman", LocalDate.of(2023, 1, 1));
    assertThat(mbs).extracting(Tenure::title).containsExactly("Prime Minister", "Crown Prince");
    // Prime minister since 2009, foreign minister since 2015.
    List<Tenure> netanyahu = HOLDERS.lookup("Netanyahu", LocalDate.of(2016, 1, 1));
    assertThat(netanyahu)
        .extracting(Tenure::title)
        .containsExactly("Foreign Minister", "Prime Minister");
  }

  @Test
  void namesMatchCaseSensitivelyWithWhitespaceNormalised() {
    LocalDate day = LocalDate.of(2024, 3, 18);
    assertThat(HOLDERS.lookup("  Salome \t Zurabishvili ", day)).hasSize(1);
    assertThat(HOLDERS.lookup("salome zurabishvili", day)).isEmpty();
    assertThat(HOLDERS.lookup("Nobody Atall", day)).isEmpty();
    assertThat(HOLDERS.tenures("Nobody Atall")).isEmpty();
    assertThat(HOLDERS.lastBefore("Nobody Atall", day)).isEmpty();
  }

  @Test
  void aPersonHoldingSeveralOfficesOverTime() {
    List<Tenure> all = HOLDERS.tenures("Kaja Kallas");
    assertThat(all).extracting(Tenure::code).containsExactly("ESTGOV", "IGOEUREEC");
    assertThat(HOLDERS.lookup("Kallas", LocalDate.of(2024, 9, 1))).isEmpty();
    assertThat(HOLDERS.lastBefore("Kallas", LocalDate.of(2024, 9, 1)))
        .map(Tenure::code)
        .contains("ESTGOV");
    assertThat(HOLDERS.lookup("Kallas", LocalDate.of(2025, 1, 1)))
        .extracting(Tenure::code)
        .containsExactly("IGOEUREEC");
    assertThat(HOLDERS.lastBefore("Kallas", all.get(0).from())).isEmpty();
  }

  @Test
  void resultsAreImmutable() {
    List<Tenure> found = HOLDERS.lookup("Guterres", LocalDate.of(2020, 1, 1));
    assertThatThrownBy(() -> found.add(found.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    List<Tenure> all = HOLDERS.tenures("Guterres");
    assertThatThrownBy(all::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void concurrentLookupsAgree() {
    LocalDate day = LocalDate.of(2024, 3, 18);
    List<Tenure> expected = HOLDERS.lookup("Kobakhidze", day);
    boolean allSame =
        IntStream.range(0, 2_000)
            .parallel()
            .allMatch(i -> HOLDERS.lookup("Kobakhidze", day).equals(expected));
    assertThat(allSame).isTrue();
  }

  // ---- bad lines ----

  private static TsvData.Row row(int line, String... cols) {
    return new TsvData.Row("test.tsv", line, cols);
  }

  private static String[] good(String name, String from, String to) {
    return new String[] {name, "-", "GEOGOV", "President", from, to, "note"};
  }

  @Test
  void badDateFailsWithFileAndLine() {
    String[] bad = good("A Person", "2020-02-30", "-");
    assertThatThrownBy(() -> OfficeHolders.of(List.of(row(7, bad))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.tsv:7")
        .hasMessageContaining("2020-02-30");
  }

  @Test
  void endBeforeStartFails() {
    assertThatThrownBy(
            () -> OfficeHolders.of(List.of(row(3, good("A Person", "2020-02-01", "2019-01-01")))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.tsv:3");
  }

  @Test
  void wrongColumnCountAndBadCodeFail() {
    assertThatThrownBy(
            () ->
                OfficeHolders.of(
                    List.of(
                        row(
                            4,
                            "A Person",
                            "-",
                            "GEOGOV",
                            "President",
                            "2020-01-01",
                            "-",
                            "n",
                            "extra"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.tsv:4")
        .hasMessageContaining("columns");
    assertThatThrownBy(
            () ->
                OfficeHolders.of(
                    List.of(
                        row(5, "A Person", "-", "geogov", "President", "2020-01-01", "-", "n"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.tsv:5");
    assertThatThrownBy(
            () ->
                OfficeHolders.of(
                    List.of(row(6, "A Person", "-", "GEOGOV", "", "2020-01-01", "-", "n"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.tsv:6");
  }

  @Test
  void overlappingTenuresOfOnePersonInOneOfficeFail() {
    List<TsvData.Row> rows =
        List.of(
            row(10, good("A Person", "2010-01-01", "2015-01-01")),
            row(11, good("A Person", "2015-01-01", "-")));
    assertThatThrownBy(() -> OfficeHolders.of(rows))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.tsv:11")
        .hasMessageContaining("test.tsv:10");
    List<TsvData.Row> open =
        List.of(
            row(1, good("A Person", "2010-01-01", "-")),
            row(2, good("A Person", "2012-01-01", "2013-01-01")));
    assertThatThrownBy(() -> OfficeHolders.of(open)).hasMessageContaining("test.tsv:2");
  }

  @Test
  void successiveTenuresAndDifferentOfficesAreFine() {
    List<TsvData.Row> rows =
        List.of(
            row(1, good("A Person", "2010-01-01", "2015-01-01")),
            row(2, good("A Person", "2015-01-02", "-")),
            row(
                3,
                "A Person",
                "Person|A. Person",
                "GEOGOV",
                "Prime Minister",
                "2012-01-01",
                "2013-01-01",
                "-"),
            row(4, good("B Person", "2015-01-01", "2016-01-01")));
    OfficeHolders h = OfficeHolders.of(rows);
    assertThat(h.tenures("A. Person")).hasSize(3);
    assertThat(h.lookup("Person", LocalDate.of(2012, 6, 1)))
        .extracting(Tenure::title)
        .containsExactly("Prime Minister", "President");
    assertThat(h.tenures("A Person").get(1).note()).isEmpty();
    assertThat(h.tenures("A Person").get(0).line()).isEqualTo("test.tsv:1");
  }

  @Test
  void surnamesWithATitleAndGovernmentsNamedAfterTheirLeader() {
    List<TsvData.Row> rows =
        List.of(
            row(1, "Ann Smith", "-", "GEOGOV", "President", "2000-01-01", "2004-12-31", "n"),
            row(2, "Bob Smith", "-", "GEOGOV", "Foreign Minister", "2002-01-01", "2006-01-01", "n"),
            row(3, "Carl Smith", "-", "ARMGOV", "President", "2003-01-01", "2008-01-01", "n"),
            row(4, "Dan Jones", "-", "ARMGOV", "Prime Minister", "2003-01-01", "2008-01-01", "n"));
    OfficeHolders h = OfficeHolders.of(rows);
    // One President Smith in 2001, two in 2004 (Georgia's and Armenia's): a title alone cannot say.
    assertThat(h.bySurnameAndTitle("Smith", "President", LocalDate.of(2001, 5, 1)))
        .map(Tenure::name)
        .contains("Ann Smith");
    assertThat(h.bySurnameAndTitle("Smith", "President", LocalDate.of(2004, 5, 1))).isEmpty();
    assertThat(h.bySurnameAndTitle("Smith", "Foreign Minister", LocalDate.of(2004, 5, 1)))
        .map(Tenure::name)
        .contains("Bob Smith");
    assertThat(h.bySurnameAndTitle("Smith", "President", LocalDate.of(2009, 1, 1))).isEmpty();
    // Governments: heads of state or government only, and one country only.
    assertThat(h.headedCountries("Jones")).containsExactly("ARM");
    assertThat(h.headedCountries("Smith")).containsExactlyInAnyOrder("GEO", "ARM");
    assertThat(h.headedCountries("Ann Smith")).containsExactly("GEO");
    assertThat(h.headedCountries("Bob Smith")).isEmpty();
  }
}
