package org.annalist.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.model.CameoCodebook;
import org.annalist.pipeline.petrarch.Problem;
import org.annalist.pipeline.petrarch.VerbDictionary;
import org.annalist.pipeline.petrarch.VerbReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchPatternsTest {
  static final String FILE = "petrarch-verbs-test.txt";
  private static List<EventPattern> patterns;
  private static List<Problem> problems;

  @BeforeAll
  static void convert() {
    List<Problem> read = new ArrayList<>();
    VerbDictionary verbs = VerbReader.read(fixture(), read);
    assertThat(read).isEmpty();
    problems = new ArrayList<>();
    patterns = PetrarchPatterns.convert(verbs, FILE, problems);
  }

  static Path fixture() {
    try {
      return Path.of(PetrarchPatternsTest.class.getResource(FILE).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static EventPattern p(
      String code,
      String reciprocal,
      String lemma,
      String source,
      String target,
      Set<String> particle,
      Set<String> object,
      List<String> prepositions,
      String example,
      int line) {
    return p(
        code,
        reciprocal,
        lemma,
        source,
        List.of(target),
        particle,
        object,
        prepositions,
        example,
        line);
  }

  /**
   * The target of a pattern that requires an object word: the object of a preposition under it
   * ("restore ties with X").
   */
  /**
   * The target of a pattern that does not mark it: the object, else the actor its phrase names
   * ("welcomed the resumption of ties with X").
   */
  private static final List<String> DEFAULT_TARGET =
      List.of(
          "obj", "with", "to", "for", "on", "against", "from", "of", "over", "into", "at", "in",
          "phrase");

  private static final List<String> UNDER_OBJECT =
      List.of(
          "with", "to", "for", "on", "against", "from", "of", "over", "into", "at", "in", "phrase");

  private static EventPattern p(
      String code,
      String reciprocal,
      String lemma,
      String source,
      List<String> target,
      Set<String> particle,
      Set<String> object,
      List<String> prepositions,
      String example,
      int line) {
    return p(
        code,
        reciprocal,
        lemma,
        source,
        target,
        particle,
        object,
        prepositions,
        example,
        line,
        List.of());
  }

  private static EventPattern p(
      String code,
      String reciprocal,
      String lemma,
      String source,
      List<String> target,
      Set<String> particle,
      Set<String> object,
      List<String> prepositions,
      String example,
      int line,
      List<List<String>> words) {
    return new EventPattern(
        code,
        false,
        lemma,
        List.of(source),
        target,
        Set.of(),
        particle,
        object,
        prepositions,
        reciprocal,
        example,
        FILE + ":" + line,
        words);
  }

  /**
   * The patterns of the SAIL block, for one of its verbs. The words after the verb are required in
   * their order, except the preposition of an actor's slot.
   */
  private static List<EventPattern> sailBlock(String lemma) {
    Set<String> none = Set.of();
    return List.of(
        p("042", "043", lemma, "subj", "to", none, none, List.of(), "* (TO +)", 11),
        p(
            "1823",
            null,
            lemma,
            "in",
            List.of("obj"),
            none,
            none,
            List.of(),
            "+ WAS * DEAD IN $",
            12,
            List.of(List.of("dead"))),
        p(
            "190",
            null,
            lemma,
            "subj",
            UNDER_OBJECT,
            none,
            none,
            List.of(),
            "* ATTACK",
            13,
            List.of(List.of("attack"))),
        p(
            "183",
            null,
            lemma,
            "subj",
            UNDER_OBJECT,
            Set.of("off"),
            none,
            List.of(),
            "* OFF &VESSEL",
            14,
            List.of(List.of("canoes", "dinghies", "dinghy", "rowing boats"))),
        p(
            "190",
            null,
            lemma,
            "subj",
            UNDER_OBJECT,
            none,
            none,
            List.of(),
            "* {SWIFT RAIDS}",
            15,
            List.of(List.of("swift"), List.of("raids"))),
        // A word matches as written: ATTACKS is another pattern than ATTACK.
        p(
            "190",
            null,
            lemma,
            "subj",
            UNDER_OBJECT,
            none,
            none,
            List.of(),
            "* ATTACKS",
            16,
            List.of(List.of("attacks"))),
        p("111", null, lemma, "subj", "against", none, none, List.of(), "* (AGAINST) +", 17),
        p("061", null, lemma, "from", "to", none, none, List.of(), "* FROM $ TO +", 18),
        // The words that tell these two apart are kept.
        p(
            "154",
            null,
            lemma,
            "subj",
            DEFAULT_TARGET,
            none,
            none,
            List.of(),
            "* (TO HARBOR)",
            19,
            List.of(List.of("to"), List.of("harbor"))),
        p(
            "036",
            null,
            lemma,
            "subj",
            DEFAULT_TARGET,
            none,
            none,
            List.of(),
            "* (TO DOCK)",
            20,
            List.of(List.of("to"), List.of("dock"))),
        // Words before the verb are required before it.
        p(
            "192",
            null,
            lemma,
            "subj",
            DEFAULT_TARGET,
            none,
            none,
            List.of(),
            "&VESSEL *",
            22,
            List.of(List.of("canoes", "dinghies", "dinghy", "rowing boats"), List.of("*"))),
        // A compound subject: its members towards each other.
        p("040", null, lemma, "subj", "compound", none, none, List.of(), "% *", 23),
        // A code CAMEO lacks is the dictionary's own.
        p(
            "999",
            null,
            lemma,
            "subj",
            UNDER_OBJECT,
            none,
            none,
            List.of(),
            "* ASHORE",
            24,
            List.of(List.of("ashore"))));
  }

  @Test
  void convertsEveryPatternItsFrameCanExpress() {
    Set<String> none = Set.of();
    List<EventPattern> expected = new ArrayList<>(sailBlock("sail"));
    expected.add(
        p("020", null, "float", "subj", DEFAULT_TARGET, none, none, List.of(), "FLOAT", 10));
    expected.addAll(sailBlock("float"));
    expected.add(p("190", null, "spin", "subj", DEFAULT_TARGET, none, none, List.of(), "SPIN", 28));
    expected.add(
        p(
            "0874",
            null,
            "spin",
            "subj",
            DEFAULT_TARGET,
            Set.of("back"),
            none,
            List.of(),
            "* BACK",
            32));
    expected.add(
        p(
            "190",
            null,
            "spin",
            "subj",
            DEFAULT_TARGET,
            Set.of("out"),
            none,
            List.of(),
            "+SPIN_OUT",
            29));
    expected.add(
        p(
            "0874",
            null,
            "row",
            "subj",
            DEFAULT_TARGET,
            none,
            none,
            List.of("across"),
            "+ROW_ACROSS",
            30));
    expected.add(
        p(
            "0874",
            null,
            "row",
            "subj",
            DEFAULT_TARGET,
            Set.of("back"),
            none,
            List.of("across"),
            "* BACK",
            32));
    // A word before the verb is required before it.
    expected.add(
        p(
            "190",
            null,
            "spin",
            "subj",
            DEFAULT_TARGET,
            none,
            none,
            List.of(),
            "GLIM_+SPIN",
            31,
            List.of(List.of("glim"), EventPattern.VERB_ITEM)));
    expected.add(
        p(
            "0874",
            null,
            "spin",
            "subj",
            DEFAULT_TARGET,
            Set.of("back"),
            none,
            List.of(),
            "* BACK",
            32,
            List.of(List.of("glim"), EventPattern.VERB_ITEM)));
    assertThat(patterns).containsExactlyElementsOf(expected);
  }

  @Test
  void reportsWhatItSkipsWithFileAndLine() {
    assertThat(problems)
        .containsExactly(
            new Problem(
                FILE,
                25,
                "an actor after a word that is no preposition has no slot; pattern skipped"),
            new Problem(
                FILE, 32, "particles [back] conflict with the verb's [out]; pattern skipped"));
  }

  @Test
  void blockingPatternsGiveNoPattern() {
    assertThat(patterns).noneMatch(x -> x.line().equals(FILE + ":21"));
    assertThat(patterns).noneMatch(x -> x.line().equals(FILE + ":9"));
    // ATTACKS is not ATTACK: both are kept, for each verb of the block.
    assertThat(patterns).filteredOn(x -> x.line().equals(FILE + ":16")).hasSize(2);
  }

  @Test
  void wordsJoinedByUnderscoreAreOnePhraseWithEveryMemberOfTheirSynsetAndDuplicatesAreKeptOnce(
      @TempDir Path dir) throws Exception {
    Path file = dir.resolve("joined.txt");
    java.nio.file.Files.writeString(
        file,
        String.join(
            "\n",
            "&BOATS",
            "+DINGHY",
            "+ROWING_BOAT",
            "",
            "--- MEND [---] ---",
            "MEND",
            "- * OLD_&BOATS_HULLS [185]",
            "- DEATH_TOLL * [186]",
            "- DEATH TOLL * [187]",
            "- DEATH TOLL * [187]",
            ""));
    List<Problem> read = new ArrayList<>();
    List<EventPattern> out =
        PetrarchPatterns.convert(VerbReader.read(file, read), "joined.txt", new ArrayList<>());
    assertThat(read).isEmpty();
    assertThat(out)
        .extracting(EventPattern::code, EventPattern::words)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "185",
                List.of(
                    List.of(
                        "old dinghies hulls",
                        "old dinghy hulls",
                        "old rowing boat hulls",
                        "old rowing boats hulls"))),
            org.assertj.core.groups.Tuple.tuple(
                "186", List.of(List.of("death toll"), EventPattern.VERB_ITEM)),
            org.assertj.core.groups.Tuple.tuple(
                "187", List.of(List.of("death"), List.of("toll"), EventPattern.VERB_ITEM)));
  }

  @Test
  void makesTrivialSingulars() {
    assertThat(PetrarchPatterns.singular("talks")).isEqualTo("talk");
    assertThat(PetrarchPatterns.singular("parties")).isEqualTo("party");
    assertThat(PetrarchPatterns.singular("ties")).isEqualTo("tie");
    assertThat(PetrarchPatterns.singular("process")).isEqualTo("process");
    assertThat(PetrarchPatterns.singular("crisis")).isEqualTo("crisis");
    assertThat(PetrarchPatterns.singular("status")).isEqualTo("status");
    assertThat(PetrarchPatterns.singular("gas")).isEqualTo("gas");
  }

  @Test
  void dictionaryWithExtraPatternsAddsOrReplaces() {
    EventDictionary own = EventDictionary.load(CameoCodebook.load());
    int ownSize = own.all().size();
    EventDictionary both = own.with(patterns, false);
    EventDictionary only = own.with(patterns, true);

    assertThat(both.all()).hasSize(ownSize + patterns.size());
    assertThat(both.all().subList(ownSize, both.all().size())).isEqualTo(patterns);
    assertThat(both.forLemma("visit")).isEqualTo(own.forLemma("visit"));
    assertThat(only.all()).isEqualTo(patterns);
    assertThat(only.forLemma("visit")).isEmpty();
    assertThat(own.all()).hasSize(ownSize);

    // Most specific first (two words), then in order: Annalist's own "sail" before the converted
    // ones.
    List<EventPattern> sail = both.forLemma("sail");
    assertThat(sail.get(0).line()).isEqualTo(FILE + ":15");
    assertThat(sail.get(1).line()).isEqualTo(FILE + ":19");
    assertThat(sail).filteredOn(x -> x.line().startsWith(FILE)).hasSize(13);
    assertThat(sail.stream().filter(x -> !x.line().startsWith(FILE)).findFirst())
        .hasValueSatisfying(x -> assertThat(x.code()).isEqualTo("150"));
    assertThat(only.forLemma("sail")).hasSize(13).allMatch(x -> x.line().startsWith(FILE));

    // Discards stay Annalist's; its stance codes only beside its patterns.
    assertThat(only.discardAt(List.of("football"), 0)).isEqualTo("sport");
    assertThat(both.stanceCode("046", false)).isEqualTo(own.stanceCode("046", false)).isNotNull();
    assertThat(only.stanceCode("046", false)).isNull();
  }
}
