package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CameoCodebookTest {

  private final CameoCodebook book = CameoCodebook.load();

  @Test
  void loadsOnceAndHoldsAllCodesOfCameo11b3() {
    assertThat(CameoCodebook.load()).isSameAs(book);
    assertThat(book.size()).isBetween(290, 320);
    assertThat(book.all()).hasSize(book.size());
    assertThat(book.all().stream().map(CameoCode::code)).doesNotHaveDuplicates();
  }

  @Test
  void allTwentyRootsArePresent() {
    List<String> roots =
        IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i)).toList();
    for (String root : roots) {
      assertThat(book.find(root)).as(root).isPresent();
      assertThat(book.children(root)).as("children of " + root).isNotEmpty();
      assertThat(book.find(root + "0")).as(root + "0").isPresent();
    }
    assertThat(book.all().stream().filter(c -> c.code().length() == 2)).hasSize(20);
  }

  @Test
  void everyCodeHasItsParent() {
    Set<String> seen = new HashSet<>();
    for (CameoCode code : book.all()) {
      String c = code.code();
      if (c.length() > 2) {
        String parent = c.substring(0, c.length() - 1);
        assertThat(seen).as("parent of " + c + " listed before it").contains(parent);
        assertThat(book.children(parent)).contains(code);
      }
      seen.add(c);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          010  | Make statement, not specified below                  |   0.0
          013  | Make optimistic comment                              |   0.4
          020  | Appeal, not specified below                          |   3.0
          0256 | Appeal for de-escalation of military engagement      |  -0.3
          036  | Express intent to meet or negotiate                  |   4.0
          040  | Consult, not specified below                         |   1.0
          042  | Make a visit                                         |   1.9
          043  | Host a visit                                         |   2.8
          046  | Engage in negotiation                                |   7.0
          051  | Praise or endorse                                    |   3.4
          057  | Sign formal agreement                                |   8.0
          0874 | Retreat or surrender militarily                      |  10.0
          100  | Demand, not specified below                          |  -5.0
          106  | Demand meeting, negotiation                          |  -5.0
          111  | Criticize or denounce                                |  -2.0
          138  | Threaten to use military force, not specified below  |  -7.0
          141  | Demonstrate or rally, not specified below            |  -6.5
          163  | Impose embargo, boycott, or sanctions                |  -8.0
          173  | Arrest, detain, or charge with legal action          |  -5.0
          190  | Use conventional military force, not specified below | -10.0
          195  | Employ aerial weapons                                | -10.0
          2042 | Detonate nuclear weapons                             | -10.0
          """)
  void wellKnownCodes(String code, String name, double goldstein) {
    CameoCode c = book.get(code);
    assertThat(c.code()).isEqualTo(code);
    assertThat(c.name()).isEqualTo(name);
    assertThat(c.goldstein()).isEqualTo(goldstein);
  }

  @ParameterizedTest
  @CsvSource({
    "01, VERBAL_COOPERATION",
    "05, VERBAL_COOPERATION",
    "06, MATERIAL_COOPERATION",
    "08, MATERIAL_COOPERATION",
    "09, VERBAL_CONFLICT",
    "13, VERBAL_CONFLICT",
    "14, MATERIAL_CONFLICT",
    "20, MATERIAL_CONFLICT"
  })
  void quadClassBoundaries(String root, QuadClass expected) {
    assertThat(book.get(root).quadClass()).isEqualTo(expected);
  }

  @Test
  void quadClassOfEveryCodeFollowsItsRoot() {
    for (CameoCode code : book.all()) {
      int root = Integer.parseInt(code.root());
      QuadClass expected =
          root <= 5
              ? QuadClass.VERBAL_COOPERATION
              : root <= 8
                  ? QuadClass.MATERIAL_COOPERATION
                  : root <= 13 ? QuadClass.VERBAL_CONFLICT : QuadClass.MATERIAL_CONFLICT;
      assertThat(code.quadClass()).as(code.code()).isEqualTo(expected);
    }
  }

  @Test
  void cooperationRootsScoreAboveConflictRoots() {
    assertThat(book.get("07").goldstein()).isPositive();
    assertThat(book.get("19").goldstein()).isEqualTo(-10.0);
    for (String root : List.of("15", "17", "18", "19", "20")) {
      assertThat(book.get(root).goldstein()).as(root).isNegative();
    }
  }

  @Test
  void childrenInCodeOrder() {
    assertThat(book.children("04").stream().map(CameoCode::code))
        .containsExactly("040", "041", "042", "043", "044", "045", "046");
    assertThat(book.children("112").stream().map(CameoCode::code))
        .containsExactly("1121", "1122", "1123", "1124", "1125");
    assertThat(book.children("042")).isEmpty();
  }

  @Test
  void unknownCodes() {
    assertThat(book.find("999")).isEmpty();
    assertThat(book.find("155")).isEmpty();
    assertThatThrownBy(() -> book.get("0999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0999");
    assertThatThrownBy(() -> book.children("21"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("21");
  }

  @Test
  void aTeamsOwnCodesExtendTheBookWithoutChangingCameo() {
    CameoCodebook extended =
        book.withExtensions(java.util.Map.of("901", "ties abandoned", "042", "not a visit"));
    assertThat(extended.get("901").name()).isEqualTo("ties abandoned");
    assertThat(extended.get("901").goldstein()).isZero();
    assertThat(extended.get("901").quadClass()).isNull();
    assertThat(extended.get("901").cameoRoot()).isFalse();
    // CAMEO's codes keep their meaning; the standard book is unchanged.
    assertThat(extended.get("042")).isEqualTo(book.get("042"));
    assertThat(extended.get("042").cameoRoot()).isTrue();
    assertThat(book.find("901")).isEmpty();
    assertThat(extended.size()).isEqualTo(book.size() + 1);
    assertThat(book.withExtensions(java.util.Map.of())).isSameAs(book);
  }

  @Test
  void viewsAreImmutable() {
    assertThatThrownBy(() -> book.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> book.children("01").clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void parsesCommentsAndBlankLines() throws IOException {
    CameoCodebook small =
        CameoCodebook.parse(
            new StringReader(
                "# header\n\n01\t0.0\tMAKE PUBLIC STATEMENT\n010\t0.0\tMake it\t# parent value\n"),
            "small.tsv");
    assertThat(small.all()).extracting(CameoCode::code).containsExactly("01", "010");
    assertThat(small.get("010").name()).isEqualTo("Make it");
  }

  static Stream<Arguments> badBooks() {
    String root = "01\t0.0\tROOT\n";
    return Stream.of(
        Arguments.of(root + "010\t0.0\n", "line 2: expected 3"),
        Arguments.of(root + "#\n01x\t0.0\tName\n", "line 3: not a CAMEO event code"),
        Arguments.of(root + "010\tzero\tName\n", "line 2: Goldstein value of 010 is not a number"),
        Arguments.of(root + "010\t11.0\tName\n", "line 2: Goldstein value of 010 out of range"),
        Arguments.of(root + "21\t0.0\tName\n", "line 2: root of 21"),
        Arguments.of(root + "01\t1.0\tAgain\n", "line 2: duplicate code 01 (first on line 1)"),
        Arguments.of(root + "\n0101\t0.0\tOrphan\n", "line 3: code 0101 has no parent 010"),
        Arguments.of("01\t0.0\t\n", "line 1: expected 3"),
        Arguments.of("# only a comment\n", "no CAMEO codes"));
  }

  @ParameterizedTest
  @MethodSource("badBooks")
  void badLinesFailWithTheirLineNumber(String text, String message) {
    assertThatThrownBy(() -> CameoCodebook.parse(new StringReader(text), "bad.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bad.tsv")
        .hasMessageContaining(message);
  }
}
