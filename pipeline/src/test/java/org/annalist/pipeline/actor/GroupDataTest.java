package org.annalist.pipeline.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the shape and key facts of the group table. The data files are read with a small parser of
 * their documented format, independent of {@link GroupData}, which is checked against it.
 */
class GroupDataTest {

  private static final String DIR = "/org/annalist/pipeline/actor/";

  private static final int CODE = 0;
  private static final int NAME = 1;
  private static final int ALIASES = 2;
  private static final int KIND = 3;
  private static final int COUNTRY = 4;
  private static final int NOTE = 5;

  private static final Set<String> KINDS =
      Set.of("armed-group", "party", "ngo", "company", "media", "religious", "ethnic");

  /**
   * CAMEO known-group codes the file uses: GDELT's CAMEO known-group list, plus ASF (Abu Sayyaf)
   * and GRP (Greenpeace) from the examples of the CAMEO 1.1b3 manual.
   */
  private static final Set<String> KNOWN_GROUPS =
      Set.of(
          "AAM", "ALQ", "AML", "ASF", "BTH", "CMN", "CRC", "DFL", "ENN", "FID", "FLN", "FTA", "GRP",
          "HEZ", "HMS", "IAF", "ICG", "ISJ", "JUR", "KDP", "LBA", "LKD", "MBR", "MRZ", "MSP", "PFL",
          "PLS", "PMD", "RCR", "RND", "SHA", "TAL", "WEF", "XFM");

  private static final Pattern ARMED = Pattern.compile("([A-Z]{3})(REB|INS|SEP|UAF|MIL|CRM)(.*)");
  private static final Pattern MILITARIZED = Pattern.compile("IMG(SEA|SAS)?MOS(.*)");
  private static final Pattern PARTY = Pattern.compile("([A-Z]{3})(PTY|OPP)(.*)");
  private static final Pattern INTERNATIONAL_NGO =
      Pattern.compile("(NGO|NGM)(HRI|HLH|DEV|ENV|LAB|REF)?(.*)");
  private static final Pattern DOMESTIC_NGO =
      Pattern.compile("([A-Z]{3})(HRI|HLH|DEV|ENV|LAB|OPP|CVL|REF)");
  private static final Pattern COMPANY = Pattern.compile("([A-Z]{3})BUS");
  private static final Pattern MEDIA = Pattern.compile("([A-Z]{3})(?:GOV)?MED");
  private static final String RELIGIONS = "(MOS|CHR|JEW|HIN|BUD|SIK|BAH|IRR|EAR)";
  private static final String DENOMINATIONS =
      "(SUN|SHI|ALE|DRZ|SFI|MAY|CTH|PRO|DOX|CPT|MRN|ANG|LDS|JHW|UDX|NRM)?";
  private static final Pattern RELIGION = Pattern.compile(RELIGIONS + DENOMINATIONS);
  private static final Pattern DOMESTIC_RELIGION =
      Pattern.compile("([A-Z]{3})" + RELIGIONS + DENOMINATIONS);
  private static final Pattern ETHNIC = Pattern.compile("[a-z]{3}");

  /** One data line: its line number and its columns, each split at '|' ('-' is no value). */
  private record Row(int line, List<List<String>> columns) {
    String one(int column) {
      List<String> values = columns.get(column);
      assertThat(values).as("line %d column %d holds one value", line, column + 1).hasSize(1);
      return values.get(0);
    }

    List<String> all(int column) {
      return columns.get(column);
    }

    String country() {
      List<String> values = columns.get(COUNTRY);
      return values.isEmpty() ? null : values.get(0);
    }

    List<String> names() {
      List<String> names = new ArrayList<>(all(NAME));
      names.addAll(all(ALIASES));
      return names;
    }
  }

  private final List<Row> groups = read("groups.tsv", 6);
  private final List<Row> countries = read("countries.tsv", 8);
  private final List<Row> organisations = read("organisations.tsv", 4);
  private final List<Row> regions = read("regions.tsv", 6);

  private static String text(String file) {
    try (InputStream in = GroupDataTest.class.getResourceAsStream(DIR + file)) {
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

  private static List<Row> read(String file, int columns) {
    String[] lines = text(file).split("\n", -1);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      assertThat(line).as("%s line %d has no carriage return", file, number).doesNotContain("\r");
      String[] fields = line.split("\t", -1);
      if (fields.length != columns) {
        fail("%s line %d: expected %d columns, found %d", file, number, columns, fields.length);
      }
      List<List<String>> parsed = new ArrayList<>();
      for (String field : fields) {
        assertThat(field).as("%s line %d: empty column", file, number).isNotEmpty();
        assertThat(field)
            .as("%s line %d: blank around '%s'", file, number, field)
            .isEqualTo(field.strip());
        if (field.equals("-")) {
          parsed.add(List.of());
          continue;
        }
        List<String> values = List.of(field.split("\\|", -1));
        for (String value : values) {
          assertThat(value)
              .as("%s line %d: empty or padded alternative in '%s'", file, number, field)
              .isNotEmpty()
              .isEqualTo(value.strip());
          assertThat(value)
              .as("%s line %d: '-' among alternatives", file, number)
              .isNotEqualTo("-");
        }
        parsed.add(values);
      }
      rows.add(new Row(number, parsed));
    }
    return rows;
  }

  private Row group(String name) {
    return groups.stream()
        .filter(r -> r.one(NAME).equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group named " + name));
  }

  @Test
  void headerDocumentsTheColumns() {
    assertThat(text("groups.tsv").lines()).contains("# code\tname\taliases\tkind\tcountry\tnote");
  }

  @Test
  void columnsHoldOneCodeNameKindAndCountry() {
    for (Row row : groups) {
      for (int column : List.of(CODE, NAME, KIND, COUNTRY, NOTE)) {
        assertThat(row.all(column))
            .as("line %d column %d", row.line(), column + 1)
            .hasSizeLessThan(2);
      }
      assertThat(row.all(CODE)).as("code, line %d", row.line()).hasSize(1);
      assertThat(row.all(NAME)).as("name, line %d", row.line()).hasSize(1);
      assertThat(row.all(KIND)).as("kind, line %d", row.line()).hasSize(1);
      for (String name : row.names()) {
        assertThat(name.toLowerCase(Locale.ROOT))
            .as("line %d: no leading article in '%s'", row.line(), name)
            .doesNotStartWith("the ");
      }
      assertThat(row.all(ALIASES))
          .as("line %d: aliases differ from the name and each other", row.line())
          .doesNotHaveDuplicates()
          .doesNotContain(row.one(NAME));
    }
  }

  @Test
  void atLeastThreeHundredRowsAndEveryKind() {
    assertThat(groups).hasSizeGreaterThanOrEqualTo(300);
    Map<String, Integer> perKind = new TreeMap<>();
    for (Row row : groups) {
      assertThat(row.one(KIND)).as("kind, line %d", row.line()).isIn(KINDS);
      perKind.merge(row.one(KIND), 1, Integer::sum);
    }
    assertThat(perKind.keySet()).containsExactlyInAnyOrderElementsOf(KINDS);
    assertThat(perKind.get("armed-group")).isGreaterThanOrEqualTo(60);
    assertThat(perKind.get("party")).isGreaterThanOrEqualTo(100);
    assertThat(perKind.get("company")).isGreaterThanOrEqualTo(50);
    assertThat(perKind.get("media")).isGreaterThanOrEqualTo(50);
  }

  @Test
  void codesHaveTheShapeOfTheirKind() {
    for (Row row : groups) {
      String code = row.one(CODE);
      String country = codeCountry(row.one(KIND), code, row.line());
      if (country != null) {
        assertThat(row.country())
            .as("line %d: country column matches the code %s", row.line(), code)
            .isEqualTo(country);
      }
    }
  }

  /** Checks the code's shape for its kind and returns the country it starts with, or null. */
  private static String codeCountry(String kind, String code, int line) {
    String where = "line " + line + " (" + kind + "): " + code;
    switch (kind) {
      case "armed-group" -> {
        Matcher img = MILITARIZED.matcher(code);
        if (img.matches()) {
          known(img.group(2), where);
          return null;
        }
        return domestic(ARMED, code, where);
      }
      case "party" -> {
        return domestic(PARTY, code, where);
      }
      case "ngo" -> {
        Matcher international = INTERNATIONAL_NGO.matcher(code);
        if (international.matches()) {
          known(international.group(3), where);
          return null;
        }
        Matcher local = DOMESTIC_NGO.matcher(code);
        assertThat(local.matches()).as(where).isTrue();
        return local.group(1);
      }
      case "company" -> {
        Matcher m = COMPANY.matcher(code);
        assertThat(m.matches()).as(where).isTrue();
        return m.group(1);
      }
      case "media" -> {
        Matcher m = MEDIA.matcher(code);
        assertThat(m.matches()).as(where).isTrue();
        return m.group(1);
      }
      case "religious" -> {
        if (RELIGION.matcher(code).matches()) {
          return null;
        }
        Matcher m = DOMESTIC_RELIGION.matcher(code);
        assertThat(m.matches()).as(where).isTrue();
        return m.group(1);
      }
      case "ethnic" -> {
        assertThat(code).as(where).matches(ETHNIC);
        return null;
      }
      default -> throw new AssertionError("unknown kind at " + where);
    }
  }

  /** A role-coded domestic code: country, role, then nothing or a CAMEO known-group code. */
  private static String domestic(Pattern pattern, String code, String where) {
    Matcher m = pattern.matcher(code);
    assertThat(m.matches()).as(where).isTrue();
    known(m.group(3), where);
    return m.group(1);
  }

  private static void known(String suffix, String where) {
    if (!suffix.isEmpty()) {
      assertThat(suffix).as("known-group code in " + where).isIn(KNOWN_GROUPS);
    }
  }

  @Test
  void countriesAreInCountriesTsv() {
    Set<String> codes = new HashSet<>();
    countries.forEach(c -> codes.add(c.one(0)));
    for (Row row : groups) {
      if (row.country() != null) {
        assertThat(row.country()).as("country, line %d", row.line()).isIn(codes);
      }
    }
  }

  @Test
  void noNameIsOnTwoRows() {
    Map<String, Integer> owner = new HashMap<>();
    for (Row row : groups) {
      for (String name : row.names()) {
        Integer previous = owner.putIfAbsent(name, row.line());
        if (previous != null && previous != row.line()) {
          fail("'%s' on lines %d and %d", name, previous, row.line());
        }
      }
    }
  }

  @Test
  void noNameIsACountryOrganisationOrRegionName() {
    Map<String, String> taken = new HashMap<>();
    countries.forEach(r -> takeAll(taken, "countries.tsv", r, List.of(4, 5, 6, 7)));
    organisations.forEach(r -> takeAll(taken, "organisations.tsv", r, List.of(1, 2)));
    regions.forEach(r -> takeAll(taken, "regions.tsv", r, List.of(0, 1)));
    for (Row row : groups) {
      for (String name : row.names()) {
        if (taken.containsKey(name)) {
          fail("'%s' on groups.tsv line %d is also on %s", name, row.line(), taken.get(name));
        }
      }
    }
  }

  private static void takeAll(Map<String, String> taken, String file, Row row, List<Integer> cols) {
    for (int column : cols) {
      row.all(column).forEach(name -> taken.putIfAbsent(name, file + " line " + row.line()));
    }
  }

  @Test
  void armedGroups() {
    Row hamas = group("Hamas");
    assertThat(List.of(hamas.one(CODE), hamas.one(KIND), hamas.country()))
        .containsExactly("PSEREBHMS", "armed-group", "PSE");

    Row hezbollah = group("Hezbollah");
    assertThat(hezbollah.one(CODE)).isEqualTo("LBNUAFHEZ");
    assertThat(hezbollah.all(ALIASES)).contains("Hizbollah", "Hizballah");

    Row taliban = group("Taliban");
    assertThat(List.of(taliban.one(CODE), taliban.country())).containsExactly("AFGINSTAL", "AFG");

    Row islamicState = group("Islamic State");
    assertThat(islamicState.one(CODE)).isEqualTo("IMGMOS");
    assertThat(islamicState.all(ALIASES)).contains("ISIS", "ISIL", "Daesh");

    assertThat(group("al-Qaeda").one(CODE)).isEqualTo("IMGMOSALQ");

    Row houthis = group("Houthis");
    assertThat(List.of(houthis.one(CODE), houthis.country())).containsExactly("YEMINS", "YEM");
    assertThat(houthis.all(ALIASES)).contains("Ansar Allah", "Houthi");

    Row wagner = group("Wagner Group");
    assertThat(List.of(wagner.one(CODE), wagner.one(KIND)))
        .containsExactly("RUSUAF", "armed-group");
    assertThat(group("Rapid Support Forces").all(ALIASES)).contains("RSF");
    assertThat(group("Kurdistan Workers' Party").all(ALIASES)).contains("PKK");
  }

  @Test
  void partiesCompaniesAndMedia() {
    assertThat(group("Likud").one(CODE)).isEqualTo("ISRPTYLKD");
    assertThat(group("Chinese Communist Party").one(CODE)).isEqualTo("CHNPTYCMN");
    assertThat(group("Republican Party").all(ALIASES)).contains("GOP");

    Row gazprom = group("Gazprom");
    assertThat(List.of(gazprom.one(CODE), gazprom.one(KIND), gazprom.country()))
        .containsExactly("RUSBUS", "company", "RUS");
    assertThat(group("TSMC").one(CODE)).isEqualTo("TWNBUS");

    Row jazeera = group("Al Jazeera");
    assertThat(List.of(jazeera.one(CODE), jazeera.one(KIND))).containsExactly("QATMED", "media");
    assertThat(group("BBC").one(CODE)).isEqualTo("GBRMED");
    assertThat(group("Xinhua").one(CODE)).isEqualTo("CHNGOVMED");
    assertThat(group("TASS").one(CODE)).isEqualTo("RUSGOVMED");
  }

  @Test
  void religiousAndEthnicGroups() {
    Row kurds = group("Kurds");
    assertThat(List.of(kurds.one(CODE), kurds.one(KIND))).containsExactly("kur", "ethnic");
    assertThat(kurds.all(ALIASES)).contains("Kurdish", "Kurd");

    assertThat(group("Shiites").one(CODE)).isEqualTo("MOSSHI");
    assertThat(group("Shiites").all(ALIASES)).contains("Shia", "Shiite");
    assertThat(group("Sunnis").one(CODE)).isEqualTo("MOSSUN");
    assertThat(group("Christians").one(CODE)).isEqualTo("CHR");
    assertThat(group("Jews").all(ALIASES)).contains("Jewish");
    assertThat(group("Rohingya").one(KIND)).isEqualTo("ethnic");
    assertThat(group("Pashtuns").one(CODE)).isEqualTo("pus");
  }

  @Test
  void organisationsTsvIsNotRepeated() {
    for (String name :
        List.of(
            "Amnesty International",
            "Human Rights Watch",
            "Doctors Without Borders",
            "International Committee of the Red Cross")) {
      assertThat(groups).noneMatch(r -> r.one(NAME).equals(name));
    }
  }

  @Test
  void loaderAgreesWithTheFile() {
    List<GroupData.Group> loaded = GroupData.load();
    assertThat(loaded).hasSameSizeAs(groups);
    for (int i = 0; i < groups.size(); i++) {
      Row row = groups.get(i);
      GroupData.Group group = loaded.get(i);
      assertThat(group.code()).isEqualTo(row.one(CODE));
      assertThat(group.name()).isEqualTo(row.one(NAME));
      assertThat(group.aliases()).isEqualTo(row.all(ALIASES));
      assertThat(group.kind()).isEqualTo(row.one(KIND));
      assertThat(group.country()).isEqualTo(row.country());
      assertThat(group.line()).isEqualTo("groups.tsv:" + row.line());
    }
    GroupData.Group hamas =
        loaded.stream().filter(g -> g.name().equals("Hamas")).findFirst().orElseThrow();
    assertThat(hamas.names()).startsWith("Hamas").contains("Islamic Resistance Movement");
    assertThatThrownBy(() -> hamas.aliases().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> loaded.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void badLinesFailWithFileAndLine() {
    assertThatThrownBy(
            () -> GroupData.fromRows(List.of(row(7, "PSEREB", "X", "-", "rebels", "-", "-"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.tsv:7")
        .hasMessageContaining("rebels");
    assertThatThrownBy(
            () -> GroupData.fromRows(List.of(row(8, "psEREB", "X", "-", "party", "-", "-"))))
        .hasMessageContaining("test.tsv:8")
        .hasMessageContaining("psEREB");
    assertThatThrownBy(
            () -> GroupData.fromRows(List.of(row(9, "PSEPTY", "X", "-", "party", "P", "-"))))
        .hasMessageContaining("test.tsv:9");
    assertThatThrownBy(
            () -> GroupData.fromRows(List.of(row(10, "PSEPTY", "X", "-", "party", "PSE"))))
        .hasMessageContaining("test.tsv:10")
        .hasMessageContaining("columns");
    assertThatThrownBy(
            () ->
                GroupData.fromRows(
                    List.of(
                        row(11, "PSEPTY", "X", "Y", "party", "PSE", "-"),
                        row(12, "ISRPTY", "Z", "Y", "party", "ISR", "-"))))
        .hasMessageContaining("test.tsv:12")
        .hasMessageContaining("'Y'")
        .hasMessageContaining("test.tsv:11");
  }

  private static TsvData.Row row(int line, String... cols) {
    return new TsvData.Row("test.tsv", line, cols);
  }
}
