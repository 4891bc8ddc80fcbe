package org.annalist.pipeline.petrarch;

import static org.annalist.pipeline.petrarch.PetrarchFixtures.fixture;
import static org.annalist.pipeline.petrarch.PetrarchFixtures.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.annalist.pipeline.petrarch.PatternToken.Kind;
import org.junit.jupiter.api.Test;

class PetrarchVerbReaderTest {
  private final Path file = fixture("test.verbs.txt");
  private final List<Problem> problems = new ArrayList<>();
  private final VerbDictionary verbs = VerbReader.read(file, problems);

  private VerbFamily family(String name) {
    return verbs.families().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private VerbPattern pattern(String rawStart) {
    return verbs.families().stream()
        .flatMap(f -> f.patterns().stream())
        .filter(p -> p.raw().startsWith(rawStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pattern " + rawStart));
  }

  /** Tokens written compactly: words as is, synsets as &NAME, symbols as themselves. */
  private static String tokens(VerbPattern p) {
    return p.tokens().stream().map(PatternToken::toString).collect(Collectors.joining(" "));
  }

  @Test
  void synsets() {
    assertThat(verbs.synsets()).containsOnlyKeys("VESSEL", "LINKWORD", "VESSEL_TYPE", "ORPHANS");
    Synset vessel = verbs.synsets().get("VESSEL");
    assertThat(vessel.members()).containsExactly("BOAT", "SAILING_SHIP", "LONGBOAT_");
    assertThat(vessel.noPlurals()).isFalse();
    assertThat(vessel.line()).isEqualTo(lineOf(file, "+BOAT") - 1);
    assertThat(verbs.synsets().get("LINKWORD").noPlurals()).isTrue();
    assertThat(verbs.synsets().get("ORPHANS").members()).containsExactly("&VESSEL", "&NOWHERE");
  }

  @Test
  void blocksAndTheirCodes() {
    assertThat(verbs.families()).extracting(VerbFamily::name).containsExactly("SAIL", "ROW");
    VerbFamily sail = family("SAIL");
    assertThat(sail.code().isNull()).isTrue();
    assertThat(sail.line()).isEqualTo(lineOf(file, "---  SAIL"));
    assertThat(family("ROW").code()).isEqualTo(VerbCode.NULL);
  }

  @Test
  void verbLines() {
    VerbFamily sail = family("SAIL");
    assertThat(sail.verbs())
        .extracting(VerbEntry::verb, VerbEntry::forms, VerbEntry::regularForms)
        .containsExactly(
            tuple("SAIL", List.of("SAILS", "SAILED", "SAILING"), true),
            tuple("VOYAGE", List.of("VOYAGES", "VOYAGED", "VOYAGING"), false),
            tuple("ANCHOR", List.of("ANCHORS", "ANCHORED", "ANCHORING"), true),
            tuple("MOVE", List.of("MOVES", "MOVED", "MOVING"), true),
            tuple("FREE", List.of("FREES", "FREED", "FREEING"), true),
            tuple("+SET_OUT", List.of("+SETS_OUT", "+SETTING_OUT"), false),
            tuple("WIRE_+LINK", List.of("WIRE_+LINKS", "WIRE_+LINKED", "WIRE_+LINKING"), true));
    VerbEntry voyage = sail.verbs().get(1);
    assertThat(voyage.code().raw()).isEqualTo("042");
    assertThat(sail.codeOf(voyage).raw()).isEqualTo("042");
    assertThat(sail.codeOf(sail.verbs().get(0))).isEqualTo(VerbCode.NULL);
    VerbEntry anchor = sail.verbs().get(2);
    assertThat(anchor.code().raw()).isEqualTo("043");
    assertThat(anchor.comment()).isEqualTo("a KEDS comment");
    VerbEntry wire = sail.verbs().get(6);
    assertThat(wire.multiWord()).isTrue();
    assertThat(wire.head()).isEqualTo("LINK");
    assertThat(wire.words()).containsExactly("WIRE", "LINK");
    assertThat(family("ROW").verbs())
        .extracting(VerbEntry::verb)
        .containsExactly("ROW", "+ROW_AWAY_FAST");
    assertThat(family("ROW").verbs().get(1).forms())
        .containsExactly("+ROWS_AWAY_FAST", "+ROWED_AWAY_FAST", "+ROWING_AWAY_FAST");
  }

  @Test
  void patternsBecomeTokens() {
    VerbPattern p = pattern("* &VESSEL (TO +)");
    assertThat(tokens(p)).isEqualTo("* &VESSEL ( TO + )");
    assertThat(p.tokens())
        .extracting(PatternToken::kind)
        .containsExactly(
            Kind.VERB,
            Kind.SYNSET,
            Kind.PREPOSITION_START,
            Kind.WORD,
            Kind.TARGET,
            Kind.PREPOSITION_END);
    assertThat(p.code()).isEqualTo(new VerbCode("042:043", "042", "043"));
    assertThat(p.comment()).isEqualTo("SAIL");
    assertThat(p.line()).isEqualTo(lineOf(file, "- * &VESSEL (TO +)"));
    assertThat(p.beforeVerb()).isEmpty();
    assertThat(p.afterVerb()).hasSize(5);

    VerbPattern q = pattern("$ * (FROM ^)");
    assertThat(tokens(q)).isEqualTo("$ * ( FROM ^ ) ( TO { NORTHERN HARBOR } )");
    assertThat(q.tokens().get(0).kind()).isEqualTo(Kind.SOURCE);
    assertThat(q.tokens().get(4).kind()).isEqualTo(Kind.SKIP);
    assertThat(q.tokens().get(8).kind()).isEqualTo(Kind.NOUN_PHRASE_START);
    assertThat(q.code()).isEqualTo(new VerbCode(":046", null, "046"));

    assertThat(pattern("% *").tokens().get(0).kind()).isEqualTo(Kind.COMPOUND);
    assertThat(pattern("* (ACROSS BAY)").code().isNull()).isTrue();
  }

  @Test
  void connectorsAndSynsetNames() {
    assertThat(tokens(pattern("* {&VESSEL_TYPE"))).isEqualTo("* { &VESSEL_TYPE CONVOY }");
    VerbPattern fleet = pattern("&VESSEL_TYPE_FLEET");
    assertThat(tokens(fleet)).isEqualTo("&VESSEL_TYPE _ FLEET *");
    assertThat(fleet.tokens().get(1).kind()).isEqualTo(Kind.CONSECUTIVE);
    assertThat(tokens(pattern("STEADILY_*"))).isEqualTo("STEADILY _ * AWAY");
    assertThat(tokens(pattern("*OVERNIGHT"))).isEqualTo("* OVERNIGHT");
    assertThat(tokens(pattern("* &LINKWORD_ MORE"))).isEqualTo("* &LINKWORD MORE");
    assertThat(tokens(pattern("* ALONG_ SHORE_"))).isEqualTo("* ALONG SHORE");
    assertThat(pattern("* CANOE").line()).isEqualTo(lineOf(file, "CANOE"));
    assertThat(family("ROW").patterns())
        .extracting(VerbPattern::raw)
        .containsExactly("* (ACROSS BAY)", "* CANOE");
  }

  @Test
  void transformations() {
    assertThat(verbs.transformations())
        .extracting(
            Transformation::source,
            Transformation::lowerSource,
            Transformation::lowerTarget,
            Transformation::lowerVerb,
            Transformation::verb,
            Transformation::resultSource,
            Transformation::resultTarget,
            Transformation::resultCode)
        .containsExactly(
            tuple("a", "a", "b", "SAIL", "ROW", "a", "b", "042"),
            tuple("a", "_", "b", "Q", "ROW", "a", "b", "Q"));
  }

  @Test
  void codes() {
    assertThat(VerbCode.parse("0356")).isEqualTo(new VerbCode("0356", "0356", null));
    assertThat(VerbCode.parse("---").isNull()).isTrue();
    assertThat(VerbCode.parse("---:---").isNull()).isFalse();
    assertThatThrownBy(() -> VerbCode.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VerbCode.parse("01 2")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badLinesAreReportedWithTheirLineAndSkipped() {
    assertThat(problems).allSatisfy(p -> assertThat(p.file()).endsWith("test.verbs.txt"));
    assertThat(problems)
        .extracting(Problem::line, p -> p.message().replaceAll("[:;(].*", "").strip())
        .containsExactlyInAnyOrder(
            tuple(lineOf(file, "EARLY"), "line before any '---' block or '&' synset"),
            tuple(lineOf(file, "* BOATS"), "pattern without a [code]"),
            tuple(lineOf(file, "(TO HARBOR))"), "unbalanced ')'"),
            tuple(lineOf(file, "* * TWICE"), "a pattern needs exactly one '*', found 2"),
            tuple(lineOf(file, "&UNKNOWN"), "undefined synset &UNKNOWN"),
            tuple(lineOf(file, "ON/OFF"), "alternatives with '/'"),
            tuple(lineOf(file, "(WITH *)"), "'*' inside a group"),
            tuple(lineOf(file, "{VERY FAST}"), "'{' inside '{'"),
            tuple(lineOf(file, "* ()"), "empty group"),
            tuple(lineOf(file, "* RIVER"), "text after the code"),
            tuple(lineOf(file, "* LAKE"), "missing ']'"),
            tuple(lineOf(file, "&ORPHANS"), "synset &ORPHANS names undefined synset &NOWHERE"),
            tuple(lineOf(file, "LASH AHEAD"), "blank inside the verb 'LASH AHEAD'"),
            tuple(
                lineOf(file, "ROW_BACK"),
                "multi-word verb ROW_BACK needs two or more words"
                    + " joined by '_' and exactly one marked with '+'"),
            tuple(lineOf(file, "DRIFT {DRIFTS"), "missing '}'"),
            tuple(lineOf(file, "--- [070]"), "cannot read the block header '--- [070] ---'"),
            // A second code in a header is ignored; the block is read with the first.
            tuple(lineOf(file, "---  ROW"), "second code [031"),
            tuple(lineOf(file, "+RAFT") - 1, "synset &VESSEL is already defined"),
            tuple(lineOf(file, "PROMISE"), "verb PROMISE is not in the dictionary"),
            tuple(lineOf(file, "~ bad"), "cannot read the transformation '~ bad transformation'"),
            tuple(lineOf(file, "~ A (a"), "actor slot 'A' is not a letter, '.' or '_'"));
  }
}
