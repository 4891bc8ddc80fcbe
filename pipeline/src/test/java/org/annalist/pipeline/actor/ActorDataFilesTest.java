package org.annalist.pipeline.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the shape and key facts of the country and organisation actor tables. The files are read
 * with a small parser of their documented format, independent of the production loader.
 */
class ActorDataFilesTest {

  private static final String DIR = "/org/annalist/pipeline/actor/";
  private static final Pattern TWO_LETTERS = Pattern.compile("[A-Z]{2}");
  private static final Pattern THREE_LETTERS = Pattern.compile("[A-Z]{3}");
  private static final Pattern ORG_CODE = Pattern.compile("(IGO|NGO)([A-Z]{3})*");

  /** Rows whose CAMEO country code is not their ISO alpha-3 code. */
  private static final Map<String, String> CAMEO_EXCEPTIONS = Map.of("TLS", "TMP", "XKX", "KSV");

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
  }

  private static final int CAMEO = 0;
  private static final int ISO2 = 1;
  private static final int ISO3 = 2;
  private static final int FIPS = 3;
  private static final int NAME = 4;
  private static final int ALIASES = 5;
  private static final int ADJECTIVES = 6;
  private static final int CAPITALS = 7;

  private static final int CODE = 0;
  private static final int ORG_NAME = 1;
  private static final int ORG_ALIASES = 2;
  private static final int HEADS = 3;

  private final List<Row> countries = read("countries.tsv", 8);
  private final List<Row> organisations = read("organisations.tsv", 4);

  private static List<Row> read(String file, int columns) {
    String text;
    try (InputStream in = ActorDataFilesTest.class.getResourceAsStream(DIR + file)) {
      assertThat(in).as(file + " on the class path").isNotNull();
      byte[] bytes = in.readAllBytes();
      // A fresh decoder reports malformed input instead of replacing it.
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(file + " is not valid UTF-8", e);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
    List<Row> rows = new ArrayList<>();
    String[] lines = text.split("\n", -1);
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
          assertThat(value.toLowerCase(Locale.ROOT))
              .as("%s line %d: no leading article in '%s'", file, number, value)
              .doesNotStartWith("the ");
        }
        parsed.add(values);
      }
      rows.add(new Row(number, parsed));
    }
    return rows;
  }

  private Row country(String name) {
    return countries.stream()
        .filter(r -> r.one(NAME).equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no country row named " + name));
  }

  private Row organisation(String alias) {
    return organisations.stream()
        .filter(r -> r.all(ORG_ALIASES).contains(alias))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no organisation with alias " + alias));
  }

  @Test
  void countryCountAndRequiredColumns() {
    assertThat(countries).hasSizeGreaterThanOrEqualTo(190).hasSizeLessThanOrEqualTo(260);
    for (Row row : countries) {
      assertThat(row.all(NAME)).as("line %d name", row.line()).hasSize(1);
      for (int column : List.of(CAMEO, ISO2, ISO3, FIPS)) {
        assertThat(row.all(column)).as("line %d column %d", row.line(), column + 1).isNotEmpty();
      }
    }
  }

  @Test
  void countryCodesHaveTheirShape() {
    for (Row row : countries) {
      assertThat(row.one(CAMEO)).as("cameo, line %d", row.line()).matches(THREE_LETTERS);
      assertThat(row.one(ISO2)).as("iso2, line %d", row.line()).matches(TWO_LETTERS);
      assertThat(row.one(ISO3)).as("iso3, line %d", row.line()).matches(THREE_LETTERS);
      assertThat(row.all(FIPS))
          .as("fips, line %d", row.line())
          .allMatch(f -> TWO_LETTERS.matcher(f).matches());
    }
  }

  @Test
  void noCountryCodeIsUsedTwice() {
    for (int column : List.of(CAMEO, ISO2, ISO3, FIPS)) {
      Map<String, Integer> seen = new HashMap<>();
      for (Row row : countries) {
        for (String code : row.all(column)) {
          Integer previous = seen.putIfAbsent(code, row.line());
          if (previous != null) {
            fail("column %d: %s on lines %d and %d", column + 1, code, previous, row.line());
          }
        }
      }
    }
  }

  @Test
  void cameoCodeIsIsoAlpha3ExceptWhereCameoDiffers() {
    for (Row row : countries) {
      String iso3 = row.one(ISO3);
      assertThat(row.one(CAMEO))
          .as("cameo code of %s", row.one(NAME))
          .isEqualTo(CAMEO_EXCEPTIONS.getOrDefault(iso3, iso3));
    }
  }

  @Test
  void georgiaArmeniaRussia() {
    Row georgia = country("Georgia");
    assertThat(List.of(georgia.one(CAMEO), georgia.one(ISO2), georgia.one(ISO3), georgia.one(FIPS)))
        .containsExactly("GEO", "GE", "GEO", "GG");
    assertThat(georgia.all(ADJECTIVES)).contains("Georgian", "Georgians");
    assertThat(georgia.all(CAPITALS)).contains("Tbilisi");

    Row armenia = country("Armenia");
    assertThat(List.of(armenia.one(CAMEO), armenia.one(ISO2), armenia.one(ISO3), armenia.one(FIPS)))
        .containsExactly("ARM", "AM", "ARM", "AM");

    Row russia = country("Russia");
    assertThat(List.of(russia.one(CAMEO), russia.one(ISO2), russia.one(ISO3), russia.one(FIPS)))
        .containsExactly("RUS", "RU", "RUS", "RS");
    assertThat(russia.all(CAPITALS)).contains("Moscow", "Kremlin");
  }

  @Test
  void fipsCodesThatDifferFromIso() {
    Map<String, String> fips =
        Map.of(
            "Germany", "GM",
            "United Kingdom", "UK",
            "China", "CH",
            "Ukraine", "UP",
            "Moldova", "MD",
            "Israel", "IS",
            "Austria", "AU",
            "Australia", "AS",
            "Spain", "SP",
            "Switzerland", "SZ");
    fips.forEach((name, code) -> assertThat(country(name).one(FIPS)).as(name).isEqualTo(code));
  }

  @Test
  void wellKnownNames() {
    Row us = country("United States");
    assertThat(us.one(CAMEO)).isEqualTo("USA");
    assertThat(us.all(ALIASES)).contains("U.S.", "USA", "United States of America");
    assertThat(us.all(ADJECTIVES)).contains("American", "Americans");
    assertThat(us.all(CAPITALS)).contains("Washington", "White House");

    Row uk = country("United Kingdom");
    assertThat(uk.all(ALIASES)).contains("Britain", "UK");
    assertThat(uk.all(CAPITALS)).contains("London", "Downing Street");

    assertThat(country("Democratic Republic of the Congo").all(ALIASES))
        .contains("DRC", "DR Congo");
    assertThat(country("Ivory Coast").all(ALIASES)).contains("Cote d'Ivoire");
    assertThat(country("Ukraine").all(CAPITALS)).contains("Kyiv", "Kiev");
    assertThat(country("Palestine").one(CAMEO)).isEqualTo("PSE");
    assertThat(country("Taiwan").one(CAMEO)).isEqualTo("TWN");
    assertThat(country("Kosovo").one(CAMEO)).isEqualTo("KSV");
  }

  @Test
  void organisationCodesAndColumns() {
    assertThat(organisations).hasSizeGreaterThanOrEqualTo(25);
    for (Row row : organisations) {
      assertThat(row.one(CODE)).as("code, line %d", row.line()).matches(ORG_CODE);
      assertThat(row.all(ORG_NAME)).as("name, line %d", row.line()).hasSize(1);
    }
  }

  @Test
  void natoAndTheEuropeanUnion() {
    Row nato = organisation("NATO");
    assertThat(nato.one(CODE)).isEqualTo("IGOWSTNAT");
    assertThat(nato.all(HEADS)).contains("Secretary General");

    Row eu = organisation("EU");
    assertThat(eu.one(CODE)).isEqualTo("IGOEUREEC");
    assertThat(eu.one(ORG_NAME)).isEqualTo("European Union");

    assertThat(organisation("UN").one(CODE)).isEqualTo("IGOUNO");
    assertThat(organisation("UN").all(HEADS)).contains("Secretary-General");
    assertThat(organisation("WHO").one(CODE)).isEqualTo("IGOUNOHLHWHO");
    assertThat(organisation("IAEA").one(CODE)).isEqualTo("IGOUNOIAE");
    assertThat(organisation("ICRC").one(CODE)).startsWith("NGO");
  }

  @Test
  void noNameIsSharedByTwoRows() {
    Map<String, String> owner = new HashMap<>();
    check(owner, "countries.tsv", countries, Set.of(NAME, ALIASES, ADJECTIVES, CAPITALS));
    check(owner, "organisations.tsv", organisations, Set.of(ORG_NAME, ORG_ALIASES));
  }

  private static void check(
      Map<String, String> owner, String file, List<Row> rows, Set<Integer> columns) {
    for (Row row : rows) {
      String where = file + " line " + row.line();
      for (int column : columns) {
        for (String name : row.all(column)) {
          String key = name.toLowerCase(Locale.ROOT);
          String previous = owner.putIfAbsent(key, where);
          if (previous != null && !previous.equals(where)) {
            fail("'%s' on %s and %s", name, previous, where);
          }
        }
      }
    }
  }
}
