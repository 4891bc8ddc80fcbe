package org.annalist.pipeline.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.model.Actor;
import org.annalist.model.ActorType;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Dependency;
import org.annalist.model.EntityMention;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;
import org.annalist.model.Place;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * Finds the actors of an article and gives each its CAMEO code: states by name, alias, adjective or
 * capital; organisations by name; people by the title the text gives them ("NATO Secretary General
 * X", "Prime Minister Y", "Z, the Georgian foreign minister"); groups by role nouns ("Georgian
 * officials", "Russian troops"); later mentions by surname, pronoun or title.
 *
 * <p>Cheap to build from a shared {@link ActorDictionary}; thread-safe (no mutable state).
 */
public final class ActorResolver {
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> NEUTER = Set.of("it", "its", "itself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their", "themselves");

  /** Nouns that name a government after its leader ("the Obama administration"). */
  private static final Set<String> ADMINISTRATION_NOUNS =
      Set.of("administration", "government", "cabinet", "regime", "junta");

  /** Relations by which a place says whose a group is: "rebels in X", "students across X". */
  private static final Set<String> LOCAL_RELATIONS =
      Set.of("nmod:in", "nmod:throughout", "nmod:across");

  /** Relations by which a clause hangs from the clause whose subject a pronoun may take. */
  private static final Set<String> CLAUSE_LINKS =
      Set.of("ccomp", "xcomp", "advcl", "conj", "parataxis");

  /** Verbs whose "it" subject is usually an expletive ("it seems", "it is unclear"). */
  private static final Set<String> EXPLETIVE_HEADS =
      Set.of("be", "seem", "appear", "take", "remain", "become", "happen", "matter", "mean");

  /** Words that put a title in the past: "former President X", "ousted president X". */
  private static final Set<String> FORMER_WORDS =
      Set.of("former", "ex", "ousted", "deposed", "exiled", "late", "toppled", "overthrown");

  /** Nouns for a body of people whose kind the noun before says ("opposition groups"). */
  private static final Set<String> COLLECTIVE_HEADS =
      Set.of(
          "group", "faction", "figure", "member", "camp", "movement", "bloc", "party", "supporter");

  /** Sectors of the state itself, which a region's name does not give to a country. */
  public static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");

  private static final Set<String> MODIFIER_RELATIONS =
      Set.of("amod", "compound", "nmod:poss", "nmod:of", "nmod");

  private final ActorDictionary dict;

  public ActorResolver(ActorDictionary dict) {
    this.dict = dict;
  }

  /**
   * Whether a token is a noun the role list knows ("troops", "minister", "rebels"): it names a
   * group or a person once the parse says whose it is.
   */
  public boolean roleNoun(Token t) {
    return t.isNoun() && dict.role(t.lemma()) != null;
  }

  /** Resolves the actors and places of {@code doc}. */
  public ActorResolution resolve(AnnotatedDoc doc) {
    return new Run(doc).resolve();
  }

  /** A name the dictionary matched in the text. */
  private record Match(int sentence, int first, int end, NameEntry entry, String text) {}

  /** Mutable state of one resolution. */
  private final class Run {
    private final AnnotatedDoc doc;
    private final Map<String, Builder> actors = new LinkedHashMap<>();
    private final Map<String, PlaceBuilder> places = new LinkedHashMap<>();
    private final Map<Long, String> tokenActors = new HashMap<>();
    private final Map<Long, List<String>> coActors = new HashMap<>();
    private final Map<Long, Match> tokenMatches = new HashMap<>();
    private final List<Match> matches = new ArrayList<>();
    private final Map<String, ActorDictionary.Reading> chosen = new HashMap<>();
    private String focus;

    Run(AnnotatedDoc doc) {
      this.doc = doc;
    }

    ActorResolution resolve() {
      matchNames();
      focus = focusCountry();
      groups();
      names();
      people();
      administrations();
      pronounsAndTitles();
      thingPronouns();
      List<Actor> out = new ArrayList<>();
      int n = 1;
      Map<String, String> ids = new HashMap<>();
      List<Builder> ordered = new ArrayList<>(actors.values());
      ordered.sort((a, b) -> a.mentions.get(0).span().compareTo(b.mentions.get(0).span()));
      for (Builder b : ordered) {
        String id = "a" + n++;
        ids.put(b.key, id);
        b.mentions.sort((x, y) -> x.span().compareTo(y.span()));
        out.add(new Actor(id, b.code, b.name, b.type, b.country, b.title, b.basis, b.mentions));
      }
      Map<Long, String> tokens = new HashMap<>();
      tokenActors.forEach((k, v) -> tokens.put(k, ids.get(v)));
      Map<Long, List<String>> more = new HashMap<>();
      coActors.forEach((k, v) -> more.put(k, v.stream().map(ids::get).toList()));
      List<Place> placeList = new ArrayList<>();
      int p = 1;
      for (PlaceBuilder b : places.values()) {
        placeList.add(new Place("p" + p++, b.name, b.type, b.country, b.fips, b.adm1, b.mentions));
      }
      return new ActorResolution(out, placeList, focus, tokens, more);
    }

    /** The reading of an ambiguous name that the article's cue words support most. */
    private ActorDictionary.Reading reading(String name) {
      String key = ActorDictionary.key(name);
      List<ActorDictionary.Reading> rs = dict.readings(key);
      if (rs.isEmpty()) {
        return null;
      }
      return chosen.computeIfAbsent(key, k -> bestReading(rs));
    }

    private ActorDictionary.Reading bestReading(List<ActorDictionary.Reading> rs) {
      String text = doc.text();
      ActorDictionary.Reading best = rs.get(0);
      int bestScore = cueScore(text, best);
      for (ActorDictionary.Reading r : rs.subList(1, rs.size())) {
        int score = cueScore(text, r);
        if (score > bestScore) {
          best = r;
          bestScore = score;
        }
      }
      return best;
    }

    private int cueScore(String text, ActorDictionary.Reading r) {
      int score = 0;
      var m = r.cuePattern().matcher(text);
      while (m.find()) {
        score++;
      }
      return score;
    }

    private void matchNames() {
      // Abbreviations the article defines, "the African Development Bank (ADB)": for the rest of
      // the article ADB is that bank, whatever else the dictionaries know by the letters.
      Map<String, List<NameEntry>> defined = new HashMap<>();
      for (Sentence s : doc.sentences()) {
        if (s.heading()) {
          continue;
        }
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
          int found = -1;
          List<NameEntry> entries = List.of();
          for (int j = Math.min(t.size(), i + ActorDictionary.MAX_NAME_TOKENS); j > i; j--) {
            String text = doc.text().substring(t.get(i).span().start(), t.get(j - 1).span().end());
            List<NameEntry> es =
                defined.getOrDefault(text, dict.lookup(text, doc.article().date()));
            if (!es.isEmpty()) {
              found = j;
              entries = es;
              break;
            }
          }
          if (found < 0
              || (allPerson(t, i, found) && !fromPetrarch(entries))
              || qualifiedParty(s, t, i, found, entries)
              || continent(t, i, found)
              || inCompanyName(t, found, entries)
              || beginsCompanyName(t, found, entries)
              || endsCompanyName(t, i, found, entries)) {
            i++;
            continue;
          }
          String text =
              doc.text().substring(t.get(i).span().start(), t.get(found - 1).span().end());
          Match m = new Match(s.index(), i, found, withAgent(t, i, pick(text, entries)), text);
          String abbreviation = abbreviationAfter(t, found);
          if (found > i + 1 && abbreviation != null) {
            defined.put(abbreviation, List.of(m.entry()));
          }
          matches.add(m);
          for (int k = i; k < found; k++) {
            tokenMatches.put(ActorResolution.key(s.index(), k), m);
          }
          i = found;
        }
      }
    }

    /**
     * The {@code len} words that end at token {@code last}, in lower case, the last as its lemma
     * ("prime minister", "human rights activist"); null when the sentence starts later.
     */
    private static String phraseEndingAt(List<Token> t, int last, int len) {
      int from = last - len + 1;
      if (from < 0) {
        return null;
      }
      StringBuilder phrase = new StringBuilder();
      for (int k = from; k < last; k++) {
        phrase.append(t.get(k).word().toLowerCase(Locale.ROOT)).append(' ');
      }
      return phrase.append(t.get(last).lemma().toLowerCase(Locale.ROOT)).toString();
    }

    /**
     * A PETRARCH actor right after an agent's title takes the agent's sector, as PETRARCH composes
     * them: "Prime Minister Romendacil", whose entry says BRE, is BREGOV. Other entries are
     * returned as they are.
     */
    private NameEntry withAgent(List<Token> t, int first, NameEntry e) {
      if (e.placeType() == null
          || !e.placeType().startsWith("PETRARCH actors")
          || e.code() == null
          || !e.code().matches("[A-Z]{3}")) {
        return e;
      }
      for (int len = 3; len >= 1; len--) {
        String phrase = phraseEndingAt(t, first - 1, len);
        ActorDictionary.Role role = phrase == null ? null : dict.role(phrase);
        if (role != null) {
          return new NameEntry(
              NameEntry.Kind.GROUP,
              role.of(e.code()),
              e.canonical(),
              e.code(),
              e.fips(),
              e.adm1(),
              e.placeType() + ", title '" + phrase + "' (" + role.sector() + ")");
        }
      }
      return e;
    }

    /**
     * Whether a country's name is part of a company's ("Alcan Australia Ltd", "Nestle Japan Inc"):
     * the next word is a company form.
     */
    private static boolean inCompanyName(List<Token> t, int end, List<NameEntry> entries) {
      return end < t.size()
          && COMPANY_FORMS.contains(t.get(end).word().replace(".", "").toLowerCase(Locale.ROOT))
          && entries.stream().allMatch(e -> e.kind() == NameEntry.Kind.COUNTRY);
    }

    /**
     * Whether a country's name or adjective begins a company's name: capitalised words of no role,
     * then a company form ("American Motors Corp", "British Aerospace Plc").
     */
    private boolean beginsCompanyName(List<Token> t, int end, List<NameEntry> entries) {
      if (!entries.stream()
          .allMatch(
              e -> e.kind() == NameEntry.Kind.COUNTRY || e.kind() == NameEntry.Kind.ADJECTIVE)) {
        return false;
      }
      for (int k = end; k < t.size() && k <= end + 3; k++) {
        Token w = t.get(k);
        if (k > end && COMPANY_FORMS.contains(w.word().replace(".", "").toLowerCase(Locale.ROOT))) {
          return true;
        }
        if (!w.pos().startsWith("NNP")
            || !Character.isUpperCase(w.word().charAt(0))
            || dict.role(w.lemma().toLowerCase(Locale.ROOT)) != null
            || !dict.lookup(w.word()).isEmpty()) {
          return false;
        }
      }
      return false;
    }

    /**
     * Whether a country's name ends an organisation's name that begins with a name of its own,
     * neither a role nor a title ("Alcan Australia", "Air France"): the company's, not the
     * country's.
     */
    private boolean endsCompanyName(List<Token> t, int i, int end, List<NameEntry> entries) {
      if (i == 0 || !entries.stream().allMatch(e -> e.kind() == NameEntry.Kind.COUNTRY)) {
        return false;
      }
      Token before = t.get(i - 1);
      boolean organisation =
          before.ner().equals("ORGANIZATION")
              && t.get(end - 1).ner().equals("ORGANIZATION")
              && (end == t.size() || !t.get(end).ner().equals("ORGANIZATION"));
      return organisation
          && before.pos().equals("NNP")
          && Character.isUpperCase(before.word().charAt(0))
          && dict.role(before.lemma().toLowerCase(Locale.ROOT)) == null
          && dict.lookup(before.word()).isEmpty();
    }

    private static final Set<String> COMPANY_FORMS =
        Set.of(
            "ltd",
            "limited",
            "inc",
            "corp",
            "corporation",
            "co",
            "plc",
            "ag",
            "sa",
            "nv",
            "bv",
            "gmbh",
            "bhd",
            "pty",
            "spa",
            "holdings");

    /** The capitalised abbreviation in brackets right after token {@code at}, or null. */
    private static String abbreviationAfter(List<Token> t, int at) {
      if (at + 2 >= t.size() || !isOpening(t.get(at).word()) || !isClosing(t.get(at + 2).word())) {
        return null;
      }
      String w = t.get(at + 1).word();
      return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')
          ? w
          : null;
    }

    private static boolean isOpening(String w) {
      return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isClosing(String w) {
      return w.equals(")") || w.equals("-RRB-");
    }

    /**
     * Whether a one-word party name is part of a longer name it does not stand for: "Social
     * Democrats", "Christian Democrats" are not the Democrats ("Senate Democrats", "Palestinian
     * Hamas" keep their reading: the word before is a role or a name).
     */
    private boolean qualifiedParty(
        Sentence s, List<Token> t, int from, int to, List<NameEntry> entries) {
      if (to != from + 1 || from < 2) {
        return false;
      }
      for (NameEntry e : entries) {
        if (e.kind() != NameEntry.Kind.GROUP
            || e.code().length() < 6
            || !e.code().startsWith("PTY", 3)) {
          return false;
        }
      }
      Token before = t.get(from - 1);
      return Character.isUpperCase(before.word().charAt(0))
          && (before.pos().startsWith("NNP") || before.pos().equals("JJ"))
          && !tokenMatches.containsKey(ActorResolution.key(s.index(), from - 1))
          && dict.role(before.lemma()) == null;
    }

    /**
     * Whether "America" or "American" is part of a continent's name ("Latin American debtors",
     * "South America"), which is not the United States.
     */
    private static boolean continent(List<Token> t, int from, int to) {
      if (to != from + 1 || from < 1) {
        return false;
      }
      String word = t.get(from).word();
      return (word.equals("America") || word.equals("American") || word.equals("Americans"))
          && CONTINENT_QUALIFIERS.contains(t.get(from - 1).word().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> CONTINENT_QUALIFIERS =
        Set.of("latin", "south", "central", "north", "meso", "pan", "hispanic");

    /** Whether a name is coordinated with another word ("Hungarian and Romanian"). */
    private static boolean conjoined(Sentence s, int from, int to) {
      for (int k = from; k < to; k++) {
        for (Dependency d : s.parents(k)) {
          if (d.base().equals("conj")) {
            return true;
          }
        }
        for (Dependency d : s.children(k)) {
          if (d.base().equals("conj")) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether every entry comes from a team's PETRARCH actors: their names are theirs to decide,
     * even where the tagger reads a person.
     */
    private static boolean fromPetrarch(List<NameEntry> entries) {
      return entries.stream()
          .allMatch(e -> e.placeType() != null && e.placeType().startsWith("PETRARCH actors"));
    }

    private boolean allPerson(List<Token> t, int from, int to) {
      for (int k = from; k < to; k++) {
        if (!t.get(k).ner().equals("PERSON")) {
          return false;
        }
      }
      return true;
    }

    private NameEntry pick(String text, List<NameEntry> entries) {
      ActorDictionary.Reading r = reading(text);
      if (r != null && r.type().equals("us-state")) {
        return new NameEntry(
            NameEntry.Kind.REGION,
            r.code(),
            r.label(),
            r.code(),
            dict.fips(r.code()),
            null,
            "us-state");
      }
      NameEntry best = entries.get(0);
      for (NameEntry e : entries) {
        if (e.kind().ordinal() < best.kind().ordinal()) {
          best = e;
        }
      }
      return best;
    }

    private String focusCountry() {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Match m : matches) {
        if (m.entry().kind() == NameEntry.Kind.COUNTRY
            || m.entry().kind() == NameEntry.Kind.ADJECTIVE) {
          counts.merge(m.entry().code(), 1, Integer::sum);
        }
      }
      String best = null;
      int max = 0;
      int second = 0;
      for (var e : counts.entrySet()) {
        if (e.getValue() > max) {
          best = e.getKey();
          second = max;
          max = e.getValue();
        } else if (e.getValue() > second) {
          second = e.getValue();
        }
      }
      // Only a clearly dominant country is the article's focus (a story about two countries has
      // none).
      return max >= 2 && max >= 2 * second ? best : null;
    }

    /**
     * A noun's dependents, with the name in "X-led" standing as a modifier of the noun itself:
     * "Saudi-led forces" are Saudi forces ("-backed" is not: those forces are someone else's).
     */
    private List<Dependency> ledBy(Sentence s, int noun) {
      if (!s.parsed()) {
        return wordsBefore(s, noun);
      }
      List<Dependency> out = new ArrayList<>(s.children(noun));
      if (s.children(noun).stream().noneMatch(d -> names(s, d))) {
        // A conjunct shares what its first conjunct names before both ("Russian lawmakers and
        // officials") or after both ("lawmakers and officials in X"); a shared modifier keeps
        // the first conjunct as its head.
        for (Dependency up : s.parents(noun)) {
          if (!up.relation().startsWith("conj") || up.head() >= noun) {
            continue;
          }
          for (Dependency c : s.children(up.head())) {
            boolean before =
                c.dependent() < up.head()
                    && (c.relation().equals("amod") || c.relation().equals("compound"));
            boolean after =
                c.dependent() > noun
                    && (LOCAL_RELATIONS.contains(c.relation()) || c.relation().equals("nmod:from"));
            if (before || after) {
              out.add(c);
            }
          }
        }
      }
      for (Dependency d : s.children(noun)) {
        if (d.relation().equals("amod")
            && s.token(d.dependent()).lemma().equalsIgnoreCase("lead")
            && s.token(d.dependent()).pos().equals("VBN")) {
          for (Dependency inner : s.children(d.dependent())) {
            if (inner.dependent() < d.dependent()
                && (inner.relation().equals("dep")
                    || inner.relation().equals("compound")
                    || inner.relation().equals("amod")
                    || inner.relation().equals("obl:npmod")
                    || inner.relation().equals("advmod"))) {
              out.add(new Dependency(noun, inner.dependent(), "amod"));
            }
          }
        }
      }
      return out;
    }

    /**
     * The modifiers of a noun in a sentence left unparsed, read from the words before it: the run
     * of adjectives and nouns ("Canadian police", "NATO peacekeeping troops") and a possessor
     * ("Canada's police").
     */
    private static List<Dependency> wordsBefore(Sentence s, int noun) {
      List<Dependency> out = new ArrayList<>();
      int k = noun - 1;
      while (k >= 0) {
        Token t = s.token(k);
        if (t.pos().equals("POS") && k > 0 && s.token(k - 1).isProperNoun()) {
          out.add(new Dependency(noun, k - 1, "nmod:poss"));
          break;
        }
        if (t.pos().startsWith("JJ")) {
          out.add(new Dependency(noun, k, "amod"));
        } else if (t.isNoun()) {
          out.add(new Dependency(noun, k, "compound"));
        } else if (!t.pos().equals("HYPH")) {
          break;
        }
        k--;
      }
      return out;
    }

    private static final Set<String> CIVILIAN_CRAFT =
        Set.of(
            "fishing",
            "cargo",
            "merchant",
            "commercial",
            "civilian",
            "passenger",
            "container",
            "research",
            "cruise",
            "trawler");

    /** Whether a vessel noun is a civilian one: "fishing vessels", "cargo ships". */
    private static boolean civilianCraft(Sentence s, int noun) {
      for (Dependency d : s.children(noun)) {
        if ((d.base().equals("amod") || d.base().equals("compound"))
            && CIVILIAN_CRAFT.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a noun is someone's, by a possessor or a name before it: "his government", "the
     * Quibbler government newspaper".
     */
    private static boolean owned(Sentence s, int noun) {
      java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(noun));
      while (!todo.isEmpty()) {
        int at = todo.poll();
        for (Dependency d : s.children(at)) {
          String r = d.relation();
          if (r.equals("nmod:poss")) {
            return true;
          }
          if ((r.equals("compound") || r.equals("amod")) && d.dependent() < at) {
            if (s.token(d.dependent()).isProperNoun()) {
              return true;
            }
            todo.add(d.dependent());
          }
        }
      }
      return false;
    }

    /**
     * Whether a conjunct of a noun stands between it and a later word: "lawmakers and officials
     * in".
     */
    private static boolean conjunctBetween(Sentence s, int noun, int later) {
      for (Dependency c : s.children(noun)) {
        if (c.relation().startsWith("conj") && c.dependent() > noun && c.dependent() < later) {
          return true;
        }
      }
      return false;
    }

    /** Whether a modifier of a noun names an actor: "Georgian" of "Georgian officials". */
    private boolean names(Sentence s, Dependency d) {
      return MODIFIER_RELATIONS.contains(d.relation())
          && tokenMatches.containsKey(ActorResolution.key(s.index(), d.dependent()));
    }

    /** Whether a role noun is said to be a former one: "former officials", "ex-ministers". */
    private boolean former(Sentence s, int noun) {
      if (s.token(noun).word().toLowerCase(Locale.ROOT).startsWith("ex-")) {
        return true;
      }
      for (Dependency d : s.children(noun)) {
        String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (d.relation().equals("amod") && (w.equals("former") || w.equals("ex"))) {
          return true;
        }
      }
      return false;
    }

    /** Role nouns modified by a state or organisation: "Georgian officials", "NATO troops". */
    private void groups() {
      for (Sentence s : doc.sentences()) {
        if (s.heading()) {
          continue;
        }
        for (Token t : s.tokens()) {
          if (!t.isNoun() || tokenMatches.containsKey(ActorResolution.key(s.index(), t.index()))) {
            continue;
          }
          ActorDictionary.Role agent = agentPhraseEndingAt(s, t.index());
          ActorDictionary.Role role =
              agent != null ? agent : dict.role(t.word().toLowerCase(Locale.ROOT), t.lemma());
          if (role == null && COLLECTIVE_HEADS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            role = modifierRole(s, t.index());
          }
          if (role == null || !role.noun() || titlesPerson(s, t.index())) {
            continue;
          }
          if (agent == null) {
            role = refined(s, t.index(), role);
          }
          if (STATE_SECTORS.contains(role.sector()) && former(s, t.index())) {
            // "former security officials", "ex-prosecutors": no longer the state's, its elite.
            role = new ActorDictionary.Role(role.phrase(), "ELI", role.title(), role.noun(), false);
          }
          if (role.sector().equals("MIL") && civilianCraft(s, t.index())) {
            continue; // "French fishing vessels" are no navy
          }
          boolean modified = false;
          List<Dependency> modifiers = ledBy(s, t.index());
          for (Dependency d : modifiers) {
            modified |= names(s, d);
          }
          for (Dependency d : modifiers) {
            // "rebels in the Ivory Coast" are that country's rebels; "troops in Syria" may be
            // anyone's, so the place says whose only for sectors other than the military.
            boolean local =
                LOCAL_RELATIONS.contains(d.relation()) && !modified && !role.sector().equals("MIL");
            // "soldiers from Mali", "refugees from Syria" are that country's.
            boolean origin = d.relation().equals("nmod:from") && !modified;
            if (!MODIFIER_RELATIONS.contains(d.relation()) && !local && !origin) {
              continue;
            }
            Match m = tokenMatches.get(ActorResolution.key(s.index(), d.dependent()));
            if (m == null
                || m.entry().kind() == NameEntry.Kind.REGION
                    && (STATE_SECTORS.contains(role.sector()) || m.entry().country() == null)
                || (local || origin) && m.entry().kind() != NameEntry.Kind.COUNTRY) {
              // "Darfur rebels" are Sudan's; "Crimean officials" are left alone: who governs a
              // disputed region is not the name's to say.
              continue;
            }
            if (tokenActors.containsKey(ActorResolution.key(s.index(), t.index()))
                && !conjoined(s, m.first(), m.end())) {
              continue; // "the Maronite Christian leader" is one person, not two actors
            }
            // A modifier shared with a conjunct names this noun alone: "Russian lawmakers and
            // officials" leaves "Russian lawmakers" to the lawmakers.
            boolean shared = d.head() != t.index() || conjunctBetween(s, t.index(), m.first());
            int from = shared ? t.index() : Math.min(m.first(), t.index());
            int to = shared ? t.index() + 1 : Math.max(m.end(), t.index() + 1);
            Span span = s.span(from, to);
            String words = span.of(doc.text());
            String code;
            String name;
            String country;
            ActorType type;
            if (m.entry().kind() == NameEntry.Kind.ORGANISATION) {
              code = m.entry().code();
              name = m.entry().canonical();
              country = null;
              type = ActorType.IGO;
            } else if (m.entry().kind() == NameEntry.Kind.GROUP) {
              code = m.entry().code();
              name = m.entry().canonical();
              country = m.entry().country();
              type = ActorType.GROUP;
            } else {
              code = role.of(m.entry().country());
              name = dict.countryName(m.entry().country()) + " (" + sectorName(role) + ")";
              country = m.entry().country();
              type = ActorType.STATE;
            }
            Builder b =
                actor(
                    "group:" + code,
                    code,
                    name,
                    type,
                    country,
                    null,
                    "role noun '"
                        + t.lemma()
                        + "' ("
                        + role.sector()
                        + ") of "
                        + m.entry().canonical()
                        + " (roles.tsv)");
            long head = ActorResolution.key(s.index(), t.index());
            if (!tokenActors.containsKey(head)) {
              b.mention(words, span, s.index(), "role");
              for (int k = from; k < to; k++) {
                tokenActors.put(ActorResolution.key(s.index(), k), b.key);
              }
            } else {
              // "Hungarian and Romanian officials": one more actor on the same noun.
              Span own = s.span(Math.min(m.first(), t.index()), Math.max(m.end(), t.index() + 1));
              b.mention(own.of(doc.text()), own, s.index(), "role");
              for (int k = m.first(); k < m.end(); k++) {
                tokenActors.put(ActorResolution.key(s.index(), k), b.key);
              }
              coActors.computeIfAbsent(head, x -> new ArrayList<>()).add(b.key);
            }
          }
          long own = ActorResolution.key(s.index(), t.index());
          if (dict.petrarchOnly()
              && (agent != null || dict.isAgentForm(t.word()))
              && !modified
              && s.parsed()
              && !tokenActors.containsKey(own)
              && !owned(s, t.index())) {
            // With a team's dictionaries instead of ours, a role no country owns is coded as the
            // role alone, as PETRARCH codes it: "students": ---EDU.
            String code = "---" + role.sector();
            Builder b =
                actor(
                    "group:" + code,
                    code,
                    sectorName(role),
                    ActorType.GROUP,
                    null,
                    null,
                    "role noun '" + t.lemma() + "' (" + role.sector() + ") of no country");
            b.mention(t.word(), s.span(t.index(), t.index() + 1), s.index(), "role");
            tokenActors.put(own, b.key);
          }
        }
      }
    }

    /**
     * A generic government noun narrowed by a role word before it: "rebel leaders" are rebels,
     * "military officials" the military, "union leaders" labour.
     */
    /** The role of the noun before a collective head: "opposition groups", "rebel factions". */
    private ActorDictionary.Role modifierRole(Sentence s, int head) {
      for (Dependency d : s.children(head)) {
        if ((d.relation().equals("compound") || d.relation().equals("amod"))
            && d.dependent() == head - 1) {
          ActorDictionary.Role modifier =
              dict.role(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT));
          if (modifier != null && modifier.noun()) {
            return modifier;
          }
        }
      }
      return null;
    }

    private static boolean hasChild(Sentence s, int head, String relation) {
      return s.children(head).stream().anyMatch(d -> d.relation().equals(relation));
    }

    private ActorDictionary.Role refined(Sentence s, int head, ActorDictionary.Role role) {
      if (role.sector().equals("BUS")
          && s.token(head).lemma().equalsIgnoreCase("bank")
          && (s.token(head).word().equals("Bank") && hasChild(s, head, "nmod:of")
              || s.children(head).stream()
                  .anyMatch(
                      d ->
                          (d.relation().equals("amod") || d.relation().equals("compound"))
                              && s.token(d.dependent()).lemma().equalsIgnoreCase("central")))) {
        // A central bank is a state body: "the West German central bank", "the Bank of Japan".
        return dict.role("government");
      }
      if (!role.sector().equals("GOV") && !role.sector().equals("MIL")) {
        return role; // "rebel leaders" and "rebel forces" are rebels; "rebel doctors" doctors
      }
      for (Dependency d : s.children(head)) {
        if ((d.relation().equals("compound") || d.relation().equals("amod"))
            && d.dependent() < head) {
          ActorDictionary.Role modifier =
              dict.role(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT));
          if (modifier != null && modifier.noun() && !modifier.sector().equals("GOV")) {
            return modifier;
          }
        }
      }
      return role;
    }

    /**
     * The longest PETRARCH agent phrase of two to four words that ends at a noun ("Arnor's foreign
     * minister": FRM), the noun read by its lemma, or null.
     */
    private ActorDictionary.Role agentPhraseEndingAt(Sentence s, int head) {
      for (int len = 4; len >= 2; len--) {
        String phrase = phraseEndingAt(s.tokens(), head, len);
        ActorDictionary.Role r = phrase == null ? null : dict.agentPhrase(phrase);
        if (r != null) {
          return r;
        }
      }
      return null;
    }

    /** Whether a word is part of a title before a person's name ("President" in "President X"). */
    private boolean titlesPerson(Sentence s, int token) {
      int k = token + 1;
      while (k < s.tokens().size() && s.token(k).isProperNoun()) {
        if (s.token(k).ner().equals("PERSON")) {
          return true;
        }
        k++;
      }
      return false;
    }

    private String sectorName(ActorDictionary.Role role) {
      return switch (role.sector()) {
        case "GOV" -> "government";
        case "MIL" -> "military";
        case "COP" -> "police";
        case "JUD" -> "judiciary";
        case "LEG" -> "legislature";
        case "OPP" -> "opposition";
        case "REB" -> "rebels";
        case "INS" -> "insurgents";
        case "BUS" -> "business";
        case "MED" -> "media";
        case "CVL" -> "civilians";
        case "REF" -> "refugees";
        case "LAB" -> "labour";
        case "AGR" -> "agriculture";
        case "EDU" -> "education";
        case "HLH" -> "health";
        case "SPY" -> "intelligence";
        case "UAF" -> "unidentified armed forces";
        case "ELI" -> "former officials and elites";
        default -> role.sector();
      };
    }

    /** States, organisations, capitals and places named by the dictionary. */
    private void names() {
      for (Match m : matches) {
        Sentence s = doc.sentences().get(m.sentence());
        long first = ActorResolution.key(m.sentence(), m.first());
        if (tokenActors.containsKey(first) || inPersonTitle(s, m)) {
          continue;
        }
        Span span = s.span(m.first(), m.end());
        NameEntry e = m.entry();
        switch (e.kind()) {
          case COUNTRY -> {
            stateMention(m, span, "name");
            place(e.canonical(), "country", e, m, span);
          }
          case ADJECTIVE -> stateMention(m, span, "adjective");
          case ORGANISATION -> {
            Builder b =
                actor(
                    "org:" + e.code(),
                    e.code(),
                    e.canonical(),
                    ActorType.IGO,
                    null,
                    null,
                    "organisation '" + e.canonical() + "' (organisations.tsv)");
            b.mention(m.text(), span, m.sentence(), "name");
            mapTokens(m, b);
          }
          case CAPITAL -> {
            if (actsAsSubject(s, m)) {
              Builder b =
                  actor(
                      "group:" + e.country() + "GOV",
                      e.country() + "GOV",
                      dict.countryName(e.country()) + " (government)",
                      ActorType.STATE,
                      e.country(),
                      null,
                      "capital '" + m.text() + "' acting for its government (countries.tsv)");
              b.mention(m.text(), span, m.sentence(), "metonym");
              mapTokens(m, b);
            } else {
              place(m.text(), "city", e, m, span);
            }
          }
          case GROUP -> {
            // A PETRARCH entry may give several actors at once ("THE_SHIRE [FRO/BIL/SAM]").
            String[] codes = e.code().split("/");
            for (int n = 0; n < codes.length; n++) {
              String code = codes[n];
              Builder b =
                  actor(
                      "groupname:" + code + ":" + e.canonical(),
                      code,
                      e.canonical(),
                      ActorType.GROUP,
                      codes.length > 1 && code.length() >= 3 ? code.substring(0, 3) : e.country(),
                      null,
                      "group '" + e.canonical() + "' (" + e.placeType() + ")");
              b.mention(m.text(), span, m.sentence(), "name");
              if (n == 0) {
                mapTokens(m, b);
              } else {
                for (int k = m.first(); k < m.end(); k++) {
                  coActors
                      .computeIfAbsent(ActorResolution.key(m.sentence(), k), x -> new ArrayList<>())
                      .add(b.key);
                }
              }
            }
          }
          case REGION -> {
            if (e.placeType().equals("us-state")) {
              place(e.canonical(), "us-state", e, m, span);
            } else {
              place(e.canonical(), e.placeType(), e, m, span);
            }
          }
        }
      }
    }

    private void stateMention(Match m, Span span, String via) {
      NameEntry e = m.entry();
      Builder b =
          actor(
              "state:" + e.code(),
              e.code(),
              e.canonical(),
              ActorType.STATE,
              e.code(),
              null,
              "country '"
                  + e.canonical()
                  + "' ("
                  + (e.placeType() != null && e.placeType().startsWith("PETRARCH")
                      ? e.placeType()
                      : "countries.tsv")
                  + ")");
      b.mention(m.text(), span, m.sentence(), via);
      mapTokens(m, b);
    }

    private void mapTokens(Match m, Builder b) {
      for (int k = m.first(); k < m.end(); k++) {
        tokenActors.put(ActorResolution.key(m.sentence(), k), b.key);
      }
    }

    private boolean actsAsSubject(Sentence s, Match m) {
      for (int k = m.first(); k < m.end(); k++) {
        for (Dependency d : s.parents(k)) {
          if (d.relation().startsWith("nsubj") || d.relation().equals("nmod:poss")) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether a name is part of the title of a person named right after it. */
    private boolean inPersonTitle(Sentence s, Match m) {
      int k = m.end();
      while (k < s.tokens().size() && s.token(k).isProperNoun()) {
        if (s.token(k).ner().equals("PERSON")) {
          return personTitleStart(s, k) <= m.first();
        }
        k++;
      }
      return false;
    }

    private void place(String name, String type, NameEntry e, Match m, Span span) {
      PlaceBuilder p =
          places.computeIfAbsent(
              type + ":" + name,
              k -> new PlaceBuilder(name, type, e.country(), e.fips(), e.adm1()));
      p.mentions.add(new Mention(m.text(), span, m.sentence(), "name"));
    }

    /** The first token of the title run before the person name starting at {@code first}. */
    private int personTitleStart(Sentence s, int first) {
      int k = first;
      while (k > 0) {
        Token t = s.token(k - 1);
        boolean titleWord =
            (t.isProperNoun() && !t.ner().equals("PERSON"))
                || t.isNoun() && dict.role(t.lemma()) != null
                || t.pos().equals("HYPH") && k - 2 >= 0 && s.token(k - 2).isProperNoun()
                || t.pos().equals("JJ") && Character.isUpperCase(t.word().charAt(0))
                || t.word().equals("of") && k - 2 >= 0 && s.token(k - 2).isProperNoun();
        if (!titleWord) {
          break;
        }
        k--;
      }
      return k;
    }

    /** People named with a title; later mentions of the same person by surname. */
    private void people() {
      Map<String, Builder> bySurname = new HashMap<>();
      List<EntityMention> persons = new ArrayList<>();
      for (EntityMention m : doc.entities()) {
        if (m.type() == EntityType.PERSON && !doc.sentences().get(m.sentence()).heading()) {
          persons.add(m);
        }
      }
      for (EntityMention m : persons) {
        Sentence s = doc.sentences().get(m.sentence());
        Title title = titleOf(s, m);
        if (title == null) {
          title = officeHeld(s, m);
        }
        if (title == null) {
          continue;
        }
        String surname = s.token(m.endToken() - 1).word();
        Builder b = bySurname.get(surname);
        if (b == null) {
          b =
              actor(
                  "person:" + m.text(),
                  title.code,
                  title.canonical == null || m.endToken() - m.firstToken() > 1
                      ? m.text()
                      : title.canonical,
                  ActorType.PERSON,
                  title.country,
                  title.title,
                  title.basis);
          bySurname.put(surname, b);
        }
        Span span = s.span(title.first, m.endToken());
        b.mention(span.of(doc.text()), span, m.sentence(), "title");
        for (int k = title.first; k < m.endToken(); k++) {
          tokenActors.put(ActorResolution.key(m.sentence(), k), b.key);
        }
      }
      // Later mentions by surname, whether or not NER tagged them.
      for (Sentence s : doc.sentences()) {
        if (s.heading()) {
          continue;
        }
        for (Token t : s.tokens()) {
          long key = ActorResolution.key(s.index(), t.index());
          Builder b = bySurname.get(t.word());
          if (b == null || !t.isProperNoun() || tokenActors.containsKey(key)) {
            continue;
          }
          int first = t.index();
          while (first > 0
              && s.token(first - 1).isProperNoun()
              && !tokenActors.containsKey(ActorResolution.key(s.index(), first - 1))
              && s.token(first - 1).ner().equals("PERSON")) {
            first--;
          }
          Span span = s.span(first, t.index() + 1);
          b.mention(span.of(doc.text()), span, s.index(), "name");
          for (int k = first; k <= t.index(); k++) {
            tokenActors.put(ActorResolution.key(s.index(), k), b.key);
          }
        }
      }
    }

    private record Title(
        int first, String title, String code, String country, String basis, String canonical) {
      Title(int first, String title, String code, String country, String basis) {
        this(first, title, code, country, basis, null);
      }
    }

    /**
     * The office a person named without a title held on the article date, from the dated list of
     * office holders; a former holder of a national office is an elite (ELI) of that country.
     */
    /** "President Clinton": the one holder of that office on the article date with that surname. */
    private Title surnameWithTitle(Sentence s, EntityMention m, String title, int first) {
      LocalDate date = doc.article().date();
      if (date == null || m.endToken() - m.firstToken() != 1) {
        return null;
      }
      String surname = s.token(m.firstToken()).word();
      return dict.officeHolders()
          .bySurnameAndTitle(surname, title, date)
          .map(
              t ->
                  new Title(
                      first,
                      t.title(),
                      t.code(),
                      t.code().startsWith("IGO") ? null : t.code().substring(0, 3),
                      t.title() + " from " + t.from() + " (" + t.line() + ")",
                      t.name()))
          .orElse(null);
    }

    private Title officeHeld(Sentence s, EntityMention m) {
      LocalDate date = doc.article().date();
      if (date == null) {
        return null;
      }
      OfficeHolders holders = dict.officeHolders();
      for (String name : List.of(m.text(), s.token(m.endToken() - 1).word())) {
        List<OfficeHolders.Tenure> now = holders.lookup(name, date);
        if (!now.isEmpty()) {
          OfficeHolders.Tenure t = now.get(0);
          return new Title(
              m.firstToken(),
              t.title(),
              t.code(),
              t.code().startsWith("IGO") ? null : t.code().substring(0, 3),
              t.title() + " from " + t.from() + " (" + t.line() + ")",
              t.name());
        }
        var before = holders.lastBefore(name, date);
        if (before.isPresent() && !before.get().code().startsWith("IGO")) {
          OfficeHolders.Tenure t = before.get();
          String country = t.code().substring(0, 3);
          return new Title(
              m.firstToken(),
              "former " + t.title(),
              country + "ELI",
              country,
              "former " + t.title() + " until " + t.to() + " (" + t.line() + ")",
              t.name());
        }
      }
      return null;
    }

    private Title titleOf(Sentence s, EntityMention m) {
      int start = personTitleStart(s, m.firstToken());
      Title t = analyseTitle(s, m, start, m.firstToken(), start);
      if (t != null) {
        return t;
      }
      // An appositive: "X, the Georgian prime minister," or "the President of Kenya, X".
      int head = m.endToken() - 1;
      for (Dependency d : s.dependencies()) {
        int other;
        if (d.relation().equals("appos") && d.head() == head) {
          other = d.dependent();
        } else if (d.relation().equals("appos") && d.dependent() == head) {
          other = d.head();
        } else {
          continue;
        }
        int from = other;
        int to = other + 1;
        for (Dependency c : s.children(other)) {
          if (MODIFIER_RELATIONS.contains(c.relation()) || c.relation().equals("case")) {
            from = Math.min(from, c.dependent());
            to = Math.max(to, c.dependent() + 1);
          }
        }
        if (to <= m.firstToken() || from >= m.endToken()) {
          Title a = analyseTitle(s, m, from, to, m.firstToken());
          if (a != null) {
            return a;
          }
        }
      }
      return null;
    }

    /** Reads a title from tokens {@code [from, to)}: an affiliation and a role. */
    private Title analyseTitle(Sentence s, EntityMention person, int from, int to, int first) {
      if (from >= to) {
        return null;
      }
      NameEntry affiliation = null;
      StringBuilder rest = new StringBuilder();
      for (int k = from; k < to; k++) {
        Match match = tokenMatches.get(ActorResolution.key(s.index(), k));
        if (match != null
            && (match.entry().kind() != NameEntry.Kind.REGION
                || "us-state".equals(match.entry().placeType()))) {
          if (affiliation != null) {
            // A second name: the title starts there ("SANA- Russian Foreign Ministry
            // Spokeswoman X" is a Russian spokeswoman, not the agency's).
            rest.setLength(0);
            from = match.first();
          }
          affiliation = match.entry();
          k = match.end() - 1;
          continue;
        }
        String w = s.token(k).word();
        if (w.equals("of") || w.equals("the") || w.equals("'s") || w.equals(",") || w.equals("-")) {
          continue;
        }
        if (rest.length() > 0) {
          rest.append(' ');
        }
        rest.append(s.token(k).lemma());
      }
      String title = rest.toString();
      String roleText = s.span(from, to).of(doc.text());
      ActorDictionary.Role role = longestRole(title);
      if (affiliation != null
          && (affiliation.kind() == NameEntry.Kind.ORGANISATION
              || affiliation.kind() == NameEntry.Kind.GROUP)) {
        if (title.isEmpty()) {
          return null;
        }
        boolean group = affiliation.kind() == NameEntry.Kind.GROUP;
        if (group
            && role != null
            && STATE_SECTORS.contains(role.sector())
            && (affiliation.code().endsWith("MED") || affiliation.code().endsWith("BUS"))) {
          // "told Reuters Finance Secretary X": a news agency or a firm has no finance secretary.
          return null;
        }
        return new Title(
            first,
            roleText,
            affiliation.code(),
            group ? affiliation.country() : null,
            "title '"
                + roleText
                + "': "
                + (dict.isHeadTitle(affiliation.code(), title) ? "head of " : "official of ")
                + affiliation.canonical()
                + (group ? " (" + affiliation.placeType() + ")" : " (organisations.tsv)"));
      }
      // What the dated list knows of the person: the office held (or last held) on the article
      // date, else a tenure with this title at another time.
      Title held = null;
      Title titled = null;
      if (affiliation == null && !title.isEmpty()) {
        held = officeHeld(s, person);
        titled = held == null ? titledTenure(person, title, first) : null;
      }
      if (affiliation == null && !title.isEmpty() && held == null && titled == null) {
        // "President X" heads an organisation the article names only when the dated list knows
        // no office of X's: "the World Bank praised President X" is about a head of state.
        for (String org : dict.organisationsHeadedBy(title)) {
          if (mentionsOrganisation(org)) {
            return new Title(
                first,
                roleText,
                org,
                null,
                "title '" + roleText + "' of an organisation named in the article");
          }
        }
      }
      if (role == null) {
        return null;
      }
      if (affiliation != null) {
        String country = affiliation.country();
        return new Title(
            first,
            roleText,
            country + (formerly(s, from, person.firstToken()) ? "ELI" : role.sector()),
            country,
            "title '"
                + roleText
                + "' ("
                + role.sector()
                + ", roles.tsv) of "
                + dict.countryName(country));
      }
      // A title without a country ("President X"): the office the person held on the article
      // date says which country. Without it the person stays uncoded: guessing the country from
      // the article's focus codes the visiting head of government as the host.
      if (held == null) {
        held = surnameWithTitle(s, person, title, first);
      }
      if (held == null) {
        held = titled;
      }
      if (held == null) {
        return null;
      }
      // The list says which country; the title in the text says which office, now: "President
      // X" is the government even when the list has X's presidency end before the article date.
      String code = held.code();
      if (held.country() != null && !code.startsWith("IGO")) {
        code = held.country() + (formerly(s, from, person.firstToken()) ? "ELI" : role.sector());
      }
      return new Title(
          first,
          roleText,
          code,
          held.country(),
          "title '" + roleText + "' and " + held.basis(),
          held.canonical());
    }

    /** Words before a title that say the office is no longer held ("former", "ousted"). */
    private boolean formerly(Sentence s, int from, int name) {
      for (int k = Math.max(0, from - 2); k < name; k++) {
        String w = s.token(k).word().toLowerCase(Locale.ROOT);
        if (FORMER_WORDS.contains(w) || w.startsWith("ex-")) {
          return true;
        }
      }
      return false;
    }

    /**
     * The country of a person the text gives a title the list records them holding at some time,
     * when the article date falls outside their tenures: one country only, else null.
     */
    private Title titledTenure(EntityMention person, String title, int first) {
      String wanted = title.toLowerCase(Locale.ROOT);
      for (String w : FORMER_WORDS) {
        if (wanted.startsWith(w + " ")) {
          wanted = wanted.substring(w.length() + 1);
        }
      }
      OfficeHolders.Tenure found = null;
      for (OfficeHolders.Tenure t : dict.officeHolders().tenures(person.text())) {
        if (t.code().startsWith("IGO") || !t.title().toLowerCase(Locale.ROOT).equals(wanted)) {
          continue;
        }
        if (found != null && !found.code().substring(0, 3).equals(t.code().substring(0, 3))) {
          return null;
        }
        found = t;
      }
      if (found == null) {
        return null;
      }
      String country = found.code().substring(0, 3);
      return new Title(
          first,
          found.title(),
          found.code(),
          country,
          found.title() + " of " + dict.countryName(country) + " (" + found.line() + ")",
          found.name());
    }

    private boolean mentionsOrganisation(String code) {
      for (Match m : matches) {
        if (m.entry().kind() == NameEntry.Kind.ORGANISATION && m.entry().code().equals(code)) {
          return true;
        }
      }
      return false;
    }

    private ActorDictionary.Role longestRole(String title) {
      String[] words = title.split(" ");
      for (int len = words.length; len > 0; len--) {
        for (int i = 0; i + len <= words.length; i++) {
          ActorDictionary.Role r = dict.role(String.join(" ", List.of(words).subList(i, i + len)));
          if (r != null && r.title()) {
            return r;
          }
        }
      }
      return null;
    }

    /** Personal pronouns and definite titles ("the secretary general") to people. */
    private void pronounsAndTitles() {
      List<Builder> people =
          actors.values().stream().filter(b -> b.type == ActorType.PERSON).toList();
      if (people.isEmpty()) {
        return;
      }
      for (Sentence s : doc.sentences()) {
        if (s.heading()) {
          continue;
        }
        for (Token t : s.tokens()) {
          long key = ActorResolution.key(s.index(), t.index());
          if (tokenActors.containsKey(key)) {
            continue;
          }
          String w = t.word().toLowerCase(java.util.Locale.ROOT);
          if ((t.pos().equals("PRP") || t.pos().equals("PRP$"))
              && (MALE.contains(w) || FEMALE.contains(w))) {
            Builder b = antecedent(s, t.index());
            if (b != null) {
              b.mention(t.word(), t.span(), s.index(), "pronoun");
              tokenActors.put(key, b.key);
            }
          } else if (t.isNoun()) {
            definiteTitle(s, t.index(), people);
          }
        }
      }
    }

    /**
     * "The Obama administration", "the Netanyahu government": the government of the country a head
     * of state or government of that name led, when the name says which country.
     */
    private void administrations() {
      for (Sentence s : doc.sentences()) {
        if (s.heading()) {
          continue;
        }
        for (Token t : s.tokens()) {
          if (!t.isNoun() || !ADMINISTRATION_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            continue;
          }
          int first = t.index();
          while (first > 0
              && s.token(first - 1).ner().equals("PERSON")
              && !tokenActors.containsKey(ActorResolution.key(s.index(), first - 1))) {
            first--;
          }
          if (first == t.index()
              || tokenActors.containsKey(ActorResolution.key(s.index(), t.index()))) {
            continue;
          }
          String name = s.span(first, t.index()).of(doc.text());
          Set<String> countries = dict.officeHolders().headedCountries(name);
          if (countries.size() != 1) {
            continue;
          }
          String country = countries.iterator().next();
          Builder b =
              actor(
                  "group:" + country + "GOV",
                  country + "GOV",
                  dict.countryName(country) + " (government)",
                  ActorType.STATE,
                  country,
                  null,
                  "'"
                      + name
                      + " "
                      + t.word()
                      + "': a government led by "
                      + name
                      + " (office-holders.tsv)");
          Span span = s.span(first, t.index() + 1);
          b.mention(span.of(doc.text()), span, s.index(), "role");
          for (int k = first; k <= t.index(); k++) {
            tokenActors.put(ActorResolution.key(s.index(), k), b.key);
          }
        }
      }
    }

    /**
     * "It" and "they" as subjects, to the state, organisation or group they stand for: the subject
     * of the clause the pronoun's clause hangs from ("Switzerland said it had expelled ..."), else,
     * for the subject of a sentence's main clause, the subject of the sentence before ("NATO met
     * ... It said ..."). Expletive subjects ("it seems") and people are left alone.
     */
    private void thingPronouns() {
      for (Sentence s : doc.sentences()) {
        if (s.heading()) {
          continue;
        }
        for (Token t : s.tokens()) {
          long key = ActorResolution.key(s.index(), t.index());
          String w = t.word().toLowerCase(java.util.Locale.ROOT);
          boolean plural = PLURAL.contains(w);
          if (tokenActors.containsKey(key)
              || !(t.pos().equals("PRP") || t.pos().equals("PRP$"))
              || !(plural || NEUTER.contains(w))) {
            continue;
          }
          Builder b = clauseAntecedent(s, t.index(), plural);
          if (b != null) {
            b.mention(t.word(), t.span(), s.index(), "pronoun");
            tokenActors.put(key, b.key);
          }
        }
      }
    }

    private Builder clauseAntecedent(Sentence s, int pronoun, boolean plural) {
      int clause = -1;
      boolean subject = false;
      for (Dependency d : s.parents(pronoun)) {
        if (d.relation().startsWith("nsubj")) {
          clause = d.head();
          subject = true;
        }
      }
      if (!subject) {
        // Possessives and objects stay with the coder, which reads "its support" from the verb.
        return null;
      }
      if (!plural
          && (!s.token(clause).isVerb() || EXPLETIVE_HEADS.contains(s.token(clause).lemma()))) {
        return null;
      }
      int at = clause;
      for (int depth = 0; depth < 4; depth++) {
        int up = -1;
        for (Dependency d : s.parents(at)) {
          String rel = d.relation();
          int colon = rel.indexOf(':');
          if (CLAUSE_LINKS.contains(colon < 0 ? rel : rel.substring(0, colon))) {
            up = d.head();
            break;
          }
        }
        if (up < 0) {
          break;
        }
        Builder b = subjectThing(s, up, pronoun, plural);
        if (b != null) {
          return b;
        }
        at = up;
      }
      if (s.index() == 0 || at != rootOf(s)) {
        return null;
      }
      Sentence prev = doc.sentences().get(s.index() - 1);
      int root = rootOf(prev);
      return root < 0 ? null : subjectThing(prev, root, Integer.MAX_VALUE, plural);
    }

    private int rootOf(Sentence s) {
      for (Dependency d : s.dependencies()) {
        if (d.relation().equals("root")) {
          return d.dependent();
        }
      }
      return -1;
    }

    /** The state, organisation or group that is the subject of {@code verb}, before the pronoun. */
    private Builder subjectThing(Sentence s, int verb, int before, boolean plural) {
      for (Dependency d : s.children(verb)) {
        if (!d.relation().startsWith("nsubj") || d.dependent() >= before) {
          continue;
        }
        String id = tokenActors.get(ActorResolution.key(s.index(), d.dependent()));
        if (id == null) {
          continue;
        }
        Builder b = actors.get(id);
        if (b.type == ActorType.PERSON) {
          return null;
        }
        Token head = s.token(d.dependent());
        boolean many = head.pos().equals("NNS");
        return many == plural ? b : null;
      }
      return null;
    }

    /**
     * "The chancellor", "the secretary-general": a definite noun phrase made only of a title refers
     * to the one person of the article who holds that title.
     */
    private void definiteTitle(Sentence s, int head, List<Builder> people) {
      int det = -1;
      int first = head;
      for (Dependency d : s.children(head)) {
        if (d.relation().equals("det")
            && s.token(d.dependent()).lemma().equalsIgnoreCase("the")
            && d.dependent() < head) {
          det = d.dependent();
        } else if (d.relation().equals("compound") && d.dependent() < head) {
          first = Math.min(first, d.dependent());
        }
      }
      if (det < 0 || det >= first) {
        return;
      }
      for (int k = det + 1; k < first; k++) {
        if (!s.token(k).pos().equals("HYPH")) {
          return;
        }
      }
      if (head + 1 < s.tokens().size() && s.token(head + 1).ner().equals("PERSON")) {
        return;
      }
      Span span = s.span(first, head + 1);
      String phrase = ActorDictionary.norm(span.of(doc.text()));
      ActorDictionary.Role role = dict.role(phrase);
      if ((role == null || !role.title()) && dict.organisationsHeadedBy(phrase).isEmpty()) {
        return;
      }
      Builder match = null;
      for (Builder b : people) {
        if (b.title != null && (" " + ActorDictionary.norm(b.title)).endsWith(" " + phrase)) {
          if (match != null) {
            return;
          }
          match = b;
        }
      }
      if (match == null) {
        return;
      }
      Span withDet = s.span(det, head + 1);
      match.mention(withDet.of(doc.text()), withDet, s.index(), "title");
      for (int k = det; k <= head; k++) {
        tokenActors.put(ActorResolution.key(s.index(), k), match.key);
      }
    }

    /**
     * The person a pronoun refers to: the subject of its own sentence when the pronoun opens a
     * fronted phrase ("During his visit, X ..."), else the most recent person in subject position,
     * else the most recent person.
     */
    private Builder antecedent(Sentence s, int pronoun) {
      NameGender.Gender gender = NameGender.ofPronoun(s.token(pronoun).word());
      Builder cataphor = subjectPerson(s, pronoun, true, gender);
      if (cataphor != null) {
        return cataphor;
      }
      for (int si = s.index(); si >= Math.max(0, s.index() - 3); si--) {
        Sentence p = doc.sentences().get(si);
        int limit = si == s.index() ? pronoun : Integer.MAX_VALUE;
        Builder b = subjectPerson(p, limit, false, gender);
        int stranger = strangerSubject(p, limit);
        if (stranger >= 0 && (b == null || stranger > lastMention(b, p))) {
          // "Funaro said he would go": a person the dictionaries do not know is nearer than any
          // known one, so the pronoun is most likely theirs, not someone's from further back.
          return null;
        }
        if (b != null) {
          return b;
        }
      }
      Builder last = null;
      Span lastSpan = null;
      for (Builder b : actors.values()) {
        if (b.type != ActorType.PERSON || !b.fits(gender)) {
          continue;
        }
        for (Mention m : b.mentions) {
          if (m.span().end()
                  <= s.tokens().get(Math.min(pronoun, s.tokens().size() - 1)).span().start()
              && (lastSpan == null || m.span().compareTo(lastSpan) > 0)) {
            last = b;
            lastSpan = m.span();
          }
        }
      }
      return last;
    }

    /**
     * The last subject of a clause before {@code limit} that names a person no actor stands for.
     */
    private int strangerSubject(Sentence s, int limit) {
      int found = -1;
      for (Dependency d : s.dependencies()) {
        int c = d.dependent();
        if (!d.relation().startsWith("nsubj") || c >= limit) {
          continue;
        }
        String id = tokenActors.get(ActorResolution.key(s.index(), c));
        boolean unknownPerson = s.token(c).ner().equals("PERSON") && id == null;
        // "The Kenyan president rejected a suggestion that his country ...": a person named by
        // a title alone, whom no person actor stands for.
        ActorDictionary.Role role = dict.role(s.token(c).lemma().toLowerCase(Locale.ROOT));
        boolean titledOnly =
            s.token(c).pos().equals("NN")
                && (id == null || actors.get(id).type != ActorType.PERSON)
                && role != null
                && role.title();
        if (unknownPerson || titledOnly) {
          found = Math.max(found, c);
        }
      }
      return found;
    }

    /** The token index of an actor's last mention in {@code s}, or -1. */
    private static int lastMention(Builder b, Sentence s) {
      int last = -1;
      for (Mention m : b.mentions) {
        if (m.sentence() == s.index()) {
          for (Token t : s.tokens()) {
            if (m.span().overlaps(t.span())) {
              last = Math.max(last, t.index());
            }
          }
        }
      }
      return last;
    }

    /**
     * The person who is the subject (or the possessor of the subject) of a clause in {@code s}:
     * after {@code pronoun} when {@code after}, else before it.
     */
    private Builder subjectPerson(
        Sentence s, int pronoun, boolean after, NameGender.Gender gender) {
      Builder found = null;
      for (Dependency d : s.dependencies()) {
        if (!d.relation().startsWith("nsubj")) {
          continue;
        }
        List<Integer> candidates = new ArrayList<>();
        candidates.add(d.dependent());
        for (Dependency c : s.children(d.dependent())) {
          if (c.relation().equals("nmod:poss")) {
            candidates.add(c.dependent());
          }
        }
        for (int c : candidates) {
          if (after ? c <= pronoun : c >= pronoun) {
            continue;
          }
          String id = tokenActors.get(ActorResolution.key(s.index(), c));
          if (id != null
              && actors.get(id).type == ActorType.PERSON
              && actors.get(id).fits(gender)) {
            if (after) {
              return actors.get(id);
            }
            found = actors.get(id);
          }
        }
      }
      return found;
    }

    private Builder actor(
        String key,
        String code,
        String name,
        ActorType type,
        String country,
        String title,
        String basis) {
      return actors.computeIfAbsent(
          key, k -> new Builder(k, code, name, type, country, title, basis));
    }
  }

  private static final class Builder {
    final String key;
    final String code;
    final String name;
    final ActorType type;
    final String country;
    final String title;
    final String basis;
    final List<Mention> mentions = new ArrayList<>();

    Builder(
        String key,
        String code,
        String name,
        ActorType type,
        String country,
        String title,
        String basis) {
      this.key = key;
      this.code = code;
      this.name = name;
      this.type = type;
      this.country = country;
      this.title = title;
      this.basis = basis;
    }

    /**
     * Whether a pronoun of this gender can stand for this person: unless the name or a mention's
     * honorific ("Mrs Thatcher") says otherwise.
     */
    boolean fits(NameGender.Gender pronoun) {
      if (pronoun == NameGender.Gender.UNKNOWN) {
        return true;
      }
      NameGender.Gender own = NameGender.of(name);
      for (int i = 0; own == NameGender.Gender.UNKNOWN && i < mentions.size(); i++) {
        if (!mentions.get(i).via().equals("pronoun")) {
          own = NameGender.of(mentions.get(i).text());
        }
      }
      return own == NameGender.Gender.UNKNOWN || own == pronoun;
    }

    void mention(String text, Span span, int sentence, String via) {
      for (Mention m : mentions) {
        if (m.span().overlaps(span)) {
          return;
        }
      }
      mentions.add(new Mention(text, span, sentence, via));
    }
  }

  private static final class PlaceBuilder {
    final String name;
    final String type;
    final String country;
    final String fips;
    final String adm1;
    final List<Mention> mentions = new ArrayList<>();

    PlaceBuilder(String name, String type, String country, String fips, String adm1) {
      this.name = name;
      this.type = type;
      this.country = country;
      this.fips = fips;
      this.adm1 = adm1;
    }
  }
}
