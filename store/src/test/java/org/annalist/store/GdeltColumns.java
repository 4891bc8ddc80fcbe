package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Checks of every column of GDELT 2.0 Events and Mentions rows: type, range and agreement. */
final class GdeltColumns {
  private GdeltColumns() {}

  static final String ACTOR_CODE = "([A-Z]{3})*";
  static final String CODE3 = "|[A-Z]{3}";

  /** Asserts a 61-column Events row, given as its tab-separated fields. */
  static void checkEvent(List<String> c) {
    assertThat(c).hasSize(61);
    String row = String.join("|", c);
    assertThat(Long.parseLong(c.get(0))).as(row).isPositive();
    LocalDate day = LocalDate.parse(c.get(1), DateTimeFormatter.BASIC_ISO_DATE);
    assertThat(c.get(2)).isEqualTo(c.get(1).substring(0, 6));
    assertThat(c.get(3)).isEqualTo(c.get(1).substring(0, 4));
    assertThat(c.get(4)).matches("\\d{4}\\.\\d{4}");
    double fraction = Double.parseDouble(c.get(4));
    assertThat(fraction).isBetween((double) day.getYear(), day.getYear() + 0.9999);
    for (int base : new int[] {5, 15}) {
      assertThat(c.get(base)).as(row).matches(ACTOR_CODE);
      assertThat(c.get(base + 1)).doesNotContain("\t");
      assertThat(c.get(base + 1).isEmpty()).isEqualTo(c.get(base).isEmpty());
      assertThat(c.get(base + 2)).matches(CODE3);
      assertThat(c.get(base + 3)).matches(CODE3);
      for (int i = 4; i <= 6; i++) {
        assertThat(c.get(base + i)).as("ethnic and religion codes").isEmpty();
      }
      for (int i = 7; i <= 9; i++) {
        assertThat(c.get(base + i)).matches(CODE3);
        if (!c.get(base + i).isEmpty()) {
          assertThat(CameoActorCode.TYPES).contains(c.get(base + i));
        }
      }
    }
    assertThat(c.get(25)).isIn("0", "1");
    String code = c.get(26);
    assertThat(code).matches("\\d{2,4}");
    assertThat(c.get(27)).isEqualTo(code.substring(0, Math.min(3, code.length())));
    assertThat(c.get(28)).isEqualTo(code.substring(0, 2));
    int root = Integer.parseInt(c.get(28));
    assertThat(root).isBetween(1, 20);
    int quad = Integer.parseInt(c.get(29));
    assertThat(quad).isEqualTo(root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
    assertThat(Double.parseDouble(c.get(30))).isBetween(-10.0, 10.0);
    assertThat(Integer.parseInt(c.get(31))).isPositive();
    assertThat(Integer.parseInt(c.get(32))).isPositive();
    assertThat(Integer.parseInt(c.get(33))).isPositive();
    assertThat(Double.parseDouble(c.get(34))).isBetween(-100.0, 100.0);
    for (int base : new int[] {35, 43, 51}) {
      checkGeo(c.subList(base, base + 8), row);
    }
    assertThat(c.get(59)).matches("\\d{14}");
    LocalDate.parse(c.get(59).substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
    assertThat(c.get(60)).doesNotContain("\t", "\n");
  }

  private static void checkGeo(List<String> g, String row) {
    int type = Integer.parseInt(g.get(0));
    assertThat(type).as(row).isBetween(0, 5);
    if (type == 0) {
      assertThat(g.subList(1, 8)).as(row).allMatch(String::isEmpty);
      return;
    }
    assertThat(g.get(1)).isNotEmpty();
    assertThat(g.get(2)).as("FIPS country").matches("[A-Z]{2}");
    assertThat(g.get(3)).as("ADM1").startsWith(g.get(2)).matches("[A-Z]{2}[A-Z0-9]{0,3}");
    assertThat(g.get(4)).as("ADM2").isEmpty();
    if (!g.get(5).isEmpty()) {
      assertThat(Double.parseDouble(g.get(5))).isBetween(-90.0, 90.0);
      assertThat(Double.parseDouble(g.get(6))).isBetween(-180.0, 180.0);
    }
    if (type == 1) {
      assertThat(g.get(7)).isEqualTo(g.get(2));
    } else {
      assertThat(g.get(7)).matches("|-?\\d+");
    }
  }

  /** Asserts a 16-column Mentions row. */
  static void checkMention(List<String> c) {
    assertThat(c).hasSize(16);
    assertThat(Long.parseLong(c.get(0))).isPositive();
    assertThat(c.get(1)).matches("\\d{14}");
    assertThat(c.get(2)).matches("\\d{14}");
    assertThat(Integer.parseInt(c.get(3))).isBetween(1, 6);
    assertThat(c.get(4)).doesNotContain("\t");
    assertThat(c.get(5)).isNotEmpty();
    assertThat(Integer.parseInt(c.get(6))).isPositive();
    assertThat(Integer.parseInt(c.get(7))).isGreaterThanOrEqualTo(-1);
    assertThat(Integer.parseInt(c.get(8))).isGreaterThanOrEqualTo(-1);
    assertThat(Integer.parseInt(c.get(9))).isNotNegative();
    assertThat(c.get(10)).isIn("0", "1");
    int confidence = Integer.parseInt(c.get(11));
    assertThat(confidence).isBetween(10, 100);
    assertThat(confidence % 10).isZero();
    assertThat(Integer.parseInt(c.get(12))).isPositive();
    assertThat(Double.parseDouble(c.get(13))).isBetween(-100.0, 100.0);
    assertThat(c.get(14)).isEmpty();
    assertThat(c.get(15)).isEmpty();
  }
}
