package org.annalist.pipeline.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annalist.model.CameoCodebook;
import org.annalist.pipeline.petrarch.PatternToken;
import org.annalist.pipeline.petrarch.Problem;
import org.annalist.pipeline.petrarch.Synset;
import org.annalist.pipeline.petrarch.VerbCode;
import org.annalist.pipeline.petrarch.VerbDictionary;
import org.annalist.pipeline.petrarch.VerbEntry;
import org.annalist.pipeline.petrarch.VerbFamily;
import org.annalist.pipeline.petrarch.VerbPattern;

/**
 * Converts the patterns of a PETRARCH2 verb dictionary ({@link
 * org.annalist.pipeline.petrarch.VerbReader}) into {@link EventPattern}s, as far as a frame of
 * lemmas and dependency slots can say what a PETRARCH pattern says.
 *
 * <h2>Trigger</h2>
 *
 * Every verb line of a block gets every pattern of the block. The trigger lemma is the verb in
 * lower case; its forms do not matter, since patterns match lemmas, but a verb line that is itself
 * an inflected form ({@code LEFT}, {@code RISEN}) is matched on that word first ({@link
 * EventDictionary#forToken}). A multi-word verb has two words: its {@code +} word then a particle
 * ({@code +CALL_OFF}: {@code prt=off}) or a preposition ({@code +COME_UPON}: {@code prep=upon}), or
 * a word then its {@code +} word ({@code WIRE_+TAP}: "wire" required before the verb); other
 * multi-word verbs are skipped with a problem. A verb whose code (its own, else the block's) is not
 * {@code ---} also gives a pattern of its own with the default slots, its example being the verb
 * line.
 *
 * <h2>Code</h2>
 *
 * The active code of the pattern is the event code; the passive code after the colon ({@code
 * [042:043]}) becomes the reciprocal code. A pattern with only a passive code ({@code [:173]})
 * takes the verb's active code. A {@code ---} pattern blocks coding in PETRARCH; our frame cannot
 * block, so it gives no pattern (it still counts in the ambiguity check below). A code of two to
 * four digits that CAMEO lacks ("901") is the dictionary's own: events carry it, with Goldstein
 * value 0 and no QuadClass ({@link #extensionCodes}); any other code skips the pattern with a
 * problem.
 *
 * <h2>Slots</h2>
 *
 * As in PETRARCH, the source is the subject and the target the object unless the pattern places
 * them: {@code $} the source, {@code +} the target. An unplaced target is the object, else a
 * preposition's object under the verb or under the object, else ({@code phrase}) the first actor
 * the object's noun phrase names however deep ("welcomed the resumption of ties between X and Y": X
 * and Y).
 *
 * <ul>
 *   <li>Before {@code *}: the subject ({@code subj}). In a passive pattern (a form of BE before
 *       {@code *}, or a BY after it) the actor before the verb is the passive subject, which the
 *       coder reads in the {@code obj} slot of a passive clause, and the default source {@code
 *       subj} is the agent.
 *   <li>Directly after {@code *} (after any particles): the direct object, {@code obj}.
 *   <li>Inside a prepositional group {@code (PREP ... +)}, right after a preposition word ({@code
 *       FROM $}) or right after a group holding only a preposition ({@code (AGAINST) +}): that
 *       preposition's slot, in lower case.
 *   <li>A group holding only a preposition ({@code * OFF (FOR)}), or a preposition word ending the
 *       pattern, names where the target stands when the pattern places no {@code +}; otherwise it
 *       is required ({@code prep=}).
 * </ul>
 *
 * A compound actor {@code %}, an actor inside a phrase before the verb, after a preposition before
 * the verb or after a word that is no preposition, and a pattern putting source and target in the
 * same slot are skipped with a problem.
 *
 * <h2>Requirements</h2>
 *
 * <ul>
 *   <li>OFF, OUT, UP, DOWN, AWAY and BACK after {@code *}: {@code prt=}.
 *   <li>The first word after {@code *} (and its particles) that is no preposition: {@code obj=} its
 *       lemma; a synset there: {@code obj=} the head word of each member; a noun phrase {@code
 *       {...}} there: {@code obj=} its head, the last word (a synset head is expanded). Object
 *       words are made singular when that is trivial: {@code -IES} to {@code -Y} in words longer
 *       than four letters, else a final {@code S} is dropped from words longer than three letters
 *       not ending in SS, US or IS. In a passive pattern there is no object position.
 *   <li>A prepositional group holding words but no actor ({@code (TO BORDER)}), or a preposition
 *       word followed by words: {@code prep=} the preposition.
 * </ul>
 *
 * <h2>Words</h2>
 *
 * The words and synsets after the verb (but its particles and the preposition of an actor's slot)
 * must follow the verb in the sentence in their order, not necessarily next to each other ({@link
 * EventPattern#words}): "- * DIPLOMATIC TIES" requires "diplomatic" then "ties", wherever the
 * parser puts them; a word is matched as written (any case: TIES is not "tie", EFFORT not
 * "efforts"), a synset on any of its members or their plurals (PETRARCH's plural rule, for a member
 * that does not end in S already; none for a synset whose name ends in {@code _}), phrases of
 * several words on consecutive tokens. Such a pattern requires no object word and no attachment of
 * its prepositions besides. Words before the verb (but a form of BE) must precede it in their
 * order, the last within three words of it ("- &NEGATVAUXVRB * OVER EFFORTS": "didn't clash over
 * the efforts"); a pattern whose words before the verb hold a negation codes the negated action
 * itself, as asserted. The more words a pattern requires, the earlier it is tried.
 *
 * <h2>Losses</h2>
 *
 * Articles and {@code ^} are dropped; so are the blocking {@code ---} patterns (a more specific
 * pattern that blocks cannot stop a less specific one from coding). Words joined by {@code _} are
 * one phrase, matched on adjacent words ("- DEATH_TOTAL *" not in "death and injury total"); other
 * joins ({@code *_DOUBT}) need only follow each other.
 *
 * <h2>Output</h2>
 *
 * Every pattern is a verb pattern whose line is {@code FILE:LINE} of its PETRARCH pattern (or verb
 * line) and whose example is the raw pattern text. Patterns equal in lemma, slots, requirements,
 * code and reciprocal code are kept once, the first.
 */
public final class PetrarchPatterns {
  private static final Set<String> PARTICLES = Set.of("OFF", "OUT", "UP", "DOWN", "AWAY", "BACK");
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "ABOUT", "ACROSS", "AFTER", "AGAINST", "ALONG", "AMID", "AMONG", "AROUND", "AS", "AT",
          "BEFORE", "BEHIND", "BETWEEN", "BEYOND", "BY", "DURING", "FOR", "FROM", "IN", "INSIDE",
          "INTO", "NEAR", "OF", "ON", "ONTO", "OVER", "THROUGH", "TO", "TOWARD", "TOWARDS", "UNDER",
          "UPON", "VIA", "WITH", "WITHIN", "WITHOUT");
  private static final Set<String> BE = Set.of("BE", "IS", "ARE", "WAS", "WERE", "BEEN", "BEING");
  private static final Set<String> ARTICLES = Set.of("A", "AN", "THE");
  private static final String SUBJ = "subj";
  private static final String OBJ = "obj";
  private static final String BLOCKED = "---";

  private PetrarchPatterns() {}

  /**
   * The event patterns the verb dictionary's patterns convert to, in file order; what cannot be
   * converted is added to {@code problems} (one problem per line and reason).
   *
   * @param fileName the name patterns and problems cite, e.g. {@code CAMEO.2.0.txt}
   */
  public static List<EventPattern> convert(
      VerbDictionary verbs, String fileName, List<Problem> problems) {
    Set<Problem> found = new LinkedHashSet<>();
    List<Candidate> candidates = new ArrayList<>();
    for (VerbFamily family : verbs.families()) {
      Map<VerbPattern, Frame> frames = new LinkedHashMap<>();
      for (VerbPattern p : family.patterns()) {
        try {
          frames.put(p, frame(p, verbs.synsets()));
        } catch (Unexpressible e) {
          found.add(new Problem(fileName, p.line(), e.getMessage() + "; pattern skipped"));
        }
      }
      for (VerbEntry verb : family.verbs()) {
        Trigger trigger;
        try {
          trigger = trigger(verb);
        } catch (Unexpressible e) {
          found.add(new Problem(fileName, verb.line(), e.getMessage() + "; verb skipped"));
          continue;
        }
        VerbCode own = family.codeOf(verb);
        addCandidate(
            candidates,
            found,
            fileName,
            trigger,
            Frame.DEFAULT,
            own.active(),
            own.passive(),
            verb.verb(),
            verb.line());
        for (Map.Entry<VerbPattern, Frame> e : frames.entrySet()) {
          VerbPattern p = e.getKey();
          String active = p.code().active() != null ? p.code().active() : own.active();
          addCandidate(
              candidates,
              found,
              fileName,
              trigger,
              e.getValue(),
              active,
              p.code().passive(),
              p.raw(),
              p.line());
        }
      }
    }
    List<EventPattern> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.code().equals(BLOCKED)) {
        continue;
      }
      if (seen.add(c.frameKey() + "\t" + c.codeKey())) {
        out.add(c.pattern(fileName));
      }
    }
    List<Problem> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(Problem::line));
    problems.addAll(sorted);
    return out;
  }

  /**
   * Whether a code can stand as an event's code: two to four digits. A code outside CAMEO ("901")
   * is the dictionary's own ({@link #extensionCodes}).
   */
  private static boolean isCode(String code) {
    return code.matches("\\d{2,4}");
  }

  /**
   * The codes of {@code patterns} that CAMEO lacks, each named after the file that uses it, for
   * {@link CameoCodebook#withExtensions}.
   */
  public static Map<String, String> extensionCodes(
      List<EventPattern> patterns, CameoCodebook codes, String fileName) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (EventPattern p : patterns) {
      for (String c : java.util.Arrays.asList(p.code(), p.reciprocal())) {
        if (c != null && codes.find(c).isEmpty()) {
          out.put(c, "code " + c + " of " + fileName + " (not in CAMEO)");
        }
      }
    }
    return out;
  }

  private static void addCandidate(
      List<Candidate> candidates,
      Set<Problem> found,
      String fileName,
      Trigger trigger,
      Frame frame,
      String active,
      String passive,
      String example,
      int line) {
    if (active == null) {
      found.add(new Problem(fileName, line, "no active code; pattern skipped"));
      return;
    }
    if (active.equals(BLOCKED)) {
      candidates.add(new Candidate(trigger.lemma(), frame, BLOCKED, null, example, line));
      return;
    }
    if (!isCode(active)) {
      found.add(new Problem(fileName, line, "not an event code: " + active + "; pattern skipped"));
      return;
    }
    if (passive != null && !isCode(passive)) {
      found.add(
          new Problem(
              fileName, line, "not a reciprocal event code: " + passive + "; pattern skipped"));
      return;
    }
    if (!trigger.particle().isEmpty()
        && !frame.particle().isEmpty()
        && !trigger.particle().equals(frame.particle())) {
      found.add(
          new Problem(
              fileName,
              line,
              "particles "
                  + new TreeSet<>(frame.particle())
                  + " conflict with the verb's "
                  + trigger.particle()
                  + "; pattern skipped"));
      return;
    }
    Set<String> particle = new TreeSet<>(frame.particle());
    particle.addAll(trigger.particle());
    Set<String> preps = new TreeSet<>(frame.prepositions());
    preps.addAll(trigger.prepositions());
    List<List<String>> words = frame.words();
    if (!trigger.before().isEmpty()) {
      List<List<String>> all = new ArrayList<>();
      trigger.before().forEach(w -> all.add(List.of(w)));
      if (!words.contains(EventPattern.VERB_ITEM)) {
        all.add(EventPattern.VERB_ITEM);
      }
      all.addAll(words);
      words = all;
    }
    Frame merged =
        new Frame(
            frame.source(), frame.target(), particle, frame.object(), List.copyOf(preps), words);
    candidates.add(new Candidate(trigger.lemma(), merged, active, passive, example, line));
  }

  /** The trigger of a verb line: its lemma and what its other word requires. */
  private static Trigger trigger(VerbEntry verb) throws Unexpressible {
    List<String> words = verb.words().stream().filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty()) {
      throw new Unexpressible("empty verb " + verb.verb());
    }
    if (words.size() == 1) {
      return new Trigger(lower(words.get(0)), Set.of(), List.of(), List.of());
    }
    if (words.size() > 2) {
      throw new Unexpressible("multi-word verb " + verb.verb() + " has more than two words");
    }
    if (words.get(1).equals(verb.head())) {
      // WIRE_+TAP: the word before the verb is required before it.
      return new Trigger(lower(words.get(1)), Set.of(), List.of(), List.of(lower(words.get(0))));
    }
    if (!words.get(0).equals(verb.head())) {
      throw new Unexpressible("multi-word verb " + verb.verb() + " marks no word as its verb");
    }
    String lemma = lower(words.get(0));
    String second = words.get(1);
    if (PARTICLES.contains(second)) {
      return new Trigger(lemma, Set.of(lower(second)), List.of(), List.of());
    }
    if (PREPOSITIONS.contains(second)) {
      return new Trigger(lemma, Set.of(), List.of(lower(second)), List.of());
    }
    throw new Unexpressible(
        "multi-word verb " + verb.verb() + ": " + second + " is no particle or preposition");
  }

  /** An element of a pattern: a word, a synset, an actor mark, or a group with its elements. */
  private record Element(PatternToken.Kind kind, String text, List<Element> inner, boolean joined) {
    Element(PatternToken.Kind kind, String text, List<Element> inner) {
      this(kind, text, inner, false);
    }

    /** This element with the next one joined to it by {@code _}: they must be adjacent. */
    Element join() {
      return new Element(kind, text, inner, true);
    }

    boolean isWord() {
      return kind == PatternToken.Kind.WORD;
    }

    boolean isMark() {
      return kind == PatternToken.Kind.SOURCE
          || kind == PatternToken.Kind.TARGET
          || kind == PatternToken.Kind.COMPOUND;
    }

    boolean isPreposition() {
      return isWord() && PREPOSITIONS.contains(text);
    }

    boolean holdsMark() {
      return isMark() || inner.stream().anyMatch(Element::holdsMark);
    }

    /** The group holding only its preposition: {@code (TO)}. */
    boolean emptyGroup() {
      return kind == PatternToken.Kind.PREPOSITION_START && inner.size() == 1;
    }

    /** The words and synsets, flattened, as written. */
    void words(List<String> into) {
      if (isWord()) {
        into.add(text);
      } else if (kind == PatternToken.Kind.SYNSET) {
        into.add("&" + text);
      }
      inner.forEach(e -> e.words(into));
    }
  }

  /** Groups the tokens; {@code _}, {@code ^} and articles are left out. */
  private static List<Element> elements(List<PatternToken> tokens, int[] at, boolean nested) {
    List<Element> out = new ArrayList<>();
    while (at[0] < tokens.size()) {
      PatternToken t = tokens.get(at[0]++);
      switch (t.kind()) {
        case CONSECUTIVE -> {
          if (!out.isEmpty()) {
            out.set(out.size() - 1, out.get(out.size() - 1).join());
          }
        }
        case SKIP -> {}
        case WORD -> {
          if (!ARTICLES.contains(t.text())) {
            out.add(new Element(t.kind(), t.text(), List.of()));
          }
        }
        case NOUN_PHRASE_START, PREPOSITION_START ->
            out.add(new Element(t.kind(), t.text(), elements(tokens, at, true)));
        case NOUN_PHRASE_END, PREPOSITION_END -> {
          if (nested) {
            return out;
          }
        }
        default -> out.add(new Element(t.kind(), t.text(), List.of()));
      }
    }
    return out;
  }

  /** What a pattern says, apart from the verb. */
  private static Frame frame(VerbPattern p, Map<String, Synset> synsets) throws Unexpressible {
    List<Element> before = elements(p.beforeVerb(), new int[] {0}, false);
    List<Element> after = elements(p.afterVerb(), new int[] {0}, false);
    boolean passive =
        before.stream().anyMatch(e -> e.isWord() && BE.contains(e.text()))
            || after.stream()
                .anyMatch(
                    e ->
                        e.isWord() && e.text().equals("BY")
                            || e.kind() == PatternToken.Kind.PREPOSITION_START
                                && !e.inner().isEmpty()
                                && e.inner().get(0).text().equals("BY"));
    Roles roles = new Roles();
    for (int i = 0; i < before.size(); i++) {
      Element e = before.get(i);
      if (e.isMark()) {
        if (i > 0 && before.get(i - 1).isPreposition()) {
          throw new Unexpressible("an actor after a preposition before the verb has no slot");
        }
        roles.place(e, passive ? OBJ : SUBJ);
      } else if (e.holdsMark()) {
        throw new Unexpressible("an actor inside a phrase before the verb has no slot");
      }
    }
    // Words are required in their order, before the verb ("- &NEGATVAUXVRB * OVER EFFORTS") and
    // after it ("- * DIPLOMATIC TIES").
    List<List<String>> sequence = new ArrayList<>();
    sequence(before, synsets, sequence);
    if (!sequence.isEmpty()) {
      sequence.add(EventPattern.VERB_ITEM);
    }
    sequence(after, synsets, sequence);
    Set<String> particle = new TreeSet<>();
    Set<String> object = new TreeSet<>();
    Set<String> preps = new LinkedHashSet<>();
    List<String> loose = new ArrayList<>();
    boolean objectPosition = !passive;
    for (int i = 0; i < after.size(); i++) {
      Element e = after.get(i);
      Element previous = i > 0 ? after.get(i - 1) : null;
      if (e.isWord() && PARTICLES.contains(e.text())) {
        particle.add(lower(e.text()));
      } else if (e.isPreposition()) {
        objectPosition = false;
        if (i + 1 < after.size() && after.get(i + 1).isMark()) {
          roles.place(after.get(++i), lower(e.text()));
        } else if (i + 1 == after.size()) {
          loose.add(lower(e.text()));
        } else {
          preps.add(lower(e.text()));
        }
      } else if (e.isMark()) {
        if (objectPosition) {
          roles.place(e, OBJ);
        } else if (previous != null && previous.emptyGroup()) {
          String prep = lower(previous.inner().get(0).text());
          loose.remove(prep);
          roles.place(e, prep);
        } else {
          throw new Unexpressible(
              previous == null
                  ? "an actor right after the verb of a passive pattern has no slot"
                  : "an actor after a word that is no preposition has no slot");
        }
        objectPosition = false;
      } else if (e.kind() == PatternToken.Kind.PREPOSITION_START) {
        objectPosition = false;
        if (e.inner().isEmpty() || !e.inner().get(0).isWord()) {
          throw new Unexpressible("a prepositional group without a preposition");
        }
        String prep = lower(e.inner().get(0).text());
        List<Element> rest = e.inner().subList(1, e.inner().size());
        if (rest.isEmpty()) {
          loose.add(prep);
          continue;
        }
        for (Element x : rest) {
          if (x.isMark()) {
            roles.place(x, prep);
          } else if (x.holdsMark()) {
            throw new Unexpressible("an actor inside a noun phrase of a group has no slot");
          }
        }
        if (rest.stream().noneMatch(Element::isMark)) {
          preps.add(prep);
        }
      } else if (objectPosition && e.isWord()) {
        object.add(singular(lower(e.text())));
        objectPosition = false;
      } else if (objectPosition && e.kind() == PatternToken.Kind.SYNSET) {
        object.addAll(members(e.text(), synsets, new HashSet<>()));
        objectPosition = false;
      } else if (objectPosition && e.kind() == PatternToken.Kind.NOUN_PHRASE_START) {
        if (e.holdsMark()) {
          throw new Unexpressible("an actor inside a noun phrase has no slot");
        }
        List<Element> words =
            e.inner().stream()
                .filter(x -> x.isWord() || x.kind() == PatternToken.Kind.SYNSET)
                .toList();
        if (words.isEmpty()) {
          throw new Unexpressible("a noun phrase without a head");
        }
        Element head = words.get(words.size() - 1);
        if (head.isWord()) {
          object.add(singular(lower(head.text())));
        } else {
          object.addAll(members(head.text(), synsets, new HashSet<>()));
        }
        objectPosition = false;
      } else if (e.holdsMark()) {
        throw new Unexpressible("an actor inside a noun phrase has no slot");
      }
    }
    String target = roles.target;
    if (target == null && !loose.isEmpty()) {
      target = loose.remove(0);
    }
    preps.addAll(loose);
    String source = roles.source != null ? roles.source : SUBJ;
    if (source.equals(target)) {
      throw new Unexpressible("source and target both in the " + source + " slot");
    }
    return new Frame(
        List.of(source),
        target != null
            ? List.of(target)
            : defaultTarget(!object.isEmpty()).stream().filter(t -> !t.equals(source)).toList(),
        particle,
        // The word sequence says what the object word said, wherever the parser puts the word
        // ("fired two artillery shells": ARTILLERY is no object).
        sequence.isEmpty() ? object : Set.of(),
        // So do its prepositions: "celebrated Eid at Osgiliath" has its AT wherever it hangs.
        sequence.isEmpty() ? List.copyOf(preps) : List.of(),
        sequence);
  }

  /**
   * The words and synsets after the verb, in order, flattened out of their groups: each item the
   * lower-case alternatives (a synset's members, each a word or a phrase). Particles, which the
   * frame requires on their own, are left out.
   */
  private static void sequence(
      List<Element> elements, Map<String, Synset> synsets, List<List<String>> out) {
    boolean joinNext = false;
    for (int i = 0; i < elements.size(); i++) {
      Element e = elements.get(i);
      boolean joinsLast = joinNext;
      joinNext = false;
      boolean slot =
          e.isPreposition() && i + 1 < elements.size() && elements.get(i + 1).isMark()
              || e.emptyGroup();
      if (slot) {
        continue; // the preposition of an actor's slot, which the slot requires already
      }
      List<String> item = null;
      if (e.isWord() && !PARTICLES.contains(e.text()) && !BE.contains(e.text())) {
        item = List.of(lower(e.text()));
      } else if (e.kind() == PatternToken.Kind.SYNSET) {
        item = new ArrayList<>(phrases(e.text(), synsets, new HashSet<>()));
      }
      if (item != null) {
        if (item.isEmpty()) {
          continue;
        }
        if (joinsLast && !out.isEmpty()) {
          // DEATH_TOTAL, NEW_&TIETYPES_RELATIONS: one phrase, its words adjacent.
          out.add(joined(out.remove(out.size() - 1), item));
        } else {
          out.add(item);
        }
        joinNext = e.joined();
      } else {
        sequence(e.inner(), synsets, out);
      }
    }
  }

  /** The phrases of one item followed right away by one of another's. */
  private static List<String> joined(List<String> first, List<String> then) {
    List<String> out = new ArrayList<>(first.size() * then.size());
    for (String a : first) {
      for (String b : then) {
        out.add(a + " " + b);
      }
    }
    return out;
  }

  /** A synset's members as lower-case phrases, nested synsets expanded. */
  private static Set<String> phrases(String name, Map<String, Synset> synsets, Set<String> seen) {
    Set<String> out = new TreeSet<>();
    Synset set = synsets.get(name);
    if (set == null || !seen.add(name)) {
      return out;
    }
    for (String m : set.members()) {
      if (m.startsWith("&")) {
        out.addAll(phrases(m.substring(1).replaceAll("_+$", ""), synsets, seen));
      } else {
        String phrase = lower(m.replace('_', ' ').strip()).replaceAll("\\s+", " ");
        if (!phrase.isEmpty()) {
          out.add(phrase);
          if (!set.noPlurals() && !phrase.endsWith("s")) {
            out.add(lower(org.annalist.pipeline.petrarch.AgentReader.regularPlural(phrase)));
          }
        }
      }
    }
    return out;
  }

  /** The head words of a synset's members, singular, lower case. */
  private static Set<String> members(String name, Map<String, Synset> synsets, Set<String> seen)
      throws Unexpressible {
    Synset s = synsets.get(name);
    if (s == null) {
      throw new Unexpressible("undefined synset &" + name);
    }
    Set<String> out = new TreeSet<>();
    if (!seen.add(name)) {
      return out;
    }
    for (String m : s.members()) {
      if (m.startsWith("&")) {
        String inner = m.substring(1).replaceAll("_+$", "");
        if (synsets.containsKey(inner)) {
          out.addAll(members(inner, synsets, seen));
        }
        continue;
      }
      String[] words = m.strip().split("[_\\s]+");
      String head = words.length == 0 ? "" : words[words.length - 1];
      if (!head.isEmpty()) {
        out.add(singular(lower(head)));
      }
    }
    return out;
  }

  /** The singular of a plural noun when that is trivial; else the word. */
  static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Where a pattern places the source and the target, as far as it places them. */
  private static final class Roles {
    String source;
    String target;

    void place(Element mark, String slot) throws Unexpressible {
      if (mark.kind() == PatternToken.Kind.SOURCE) {
        if (source != null) {
          throw new Unexpressible("the source stands twice");
        }
        source = slot;
      } else if (mark.kind() == PatternToken.Kind.TARGET) {
        if (target != null) {
          throw new Unexpressible("the target stands twice");
        }
        target = slot;
      } else if (slot.equals(SUBJ) && source == null && target == null) {
        // "- % HAVE * [191]": the members of a compound subject act towards each other.
        source = SUBJ;
        target = COMPOUND;
      } else {
        throw new Unexpressible("a compound actor (%) has no slot but the subject");
      }
    }
  }

  /** The target slot of a compound subject's members: each other. */
  private static final String COMPOUND = "compound";

  /** A verb line's lemma, its particle or preposition, and the words required before it. */
  private record Trigger(
      String lemma, Set<String> particle, List<String> prepositions, List<String> before) {}

  private record Frame(
      List<String> source,
      List<String> target,
      Set<String> particle,
      Set<String> object,
      List<String> prepositions,
      List<List<String>> words) {
    static final Frame DEFAULT =
        new Frame(List.of(SUBJ), defaultTarget(false), Set.of(), Set.of(), List.of(), List.of());
  }

  private record Candidate(
      String lemma, Frame frame, String code, String reciprocal, String example, int line) {
    String frameKey() {
      return String.join(
          "\t",
          lemma,
          String.join("|", frame.source()),
          String.join("|", frame.target()),
          String.join("|", new TreeSet<>(frame.particle())),
          String.join("|", new TreeSet<>(frame.object())),
          String.join("|", new TreeSet<>(frame.prepositions())),
          frame.words().toString());
    }

    String codeKey() {
      return reciprocal == null ? code : code + ":" + reciprocal;
    }

    EventPattern pattern(String fileName) {
      return new EventPattern(
          code,
          false,
          lemma,
          frame.source(),
          frame.target(),
          Set.of(),
          frame.particle(),
          frame.object(),
          frame.prepositions(),
          reciprocal,
          example,
          fileName + ":" + line,
          frame.words());
    }
  }

  /**
   * Where the target stands when the pattern does not mark it. PETRARCH takes it from the noun
   * phrase after the verb: the object, else the first actor that phrase goes on to name ("welcomed
   * the resumption of ties with X"). When the pattern requires an object word there ("- * TIES"),
   * the object is that word, not an actor, and the target is the actor its phrase names ("restore
   * ties with X"): a preposition's object under the object, where the coder also looks for slots.
   */
  private static List<String> defaultTarget(boolean objectRequired) {
    List<String> out = new java.util.ArrayList<>();
    if (!objectRequired) {
      out.add(OBJ);
    }
    out.addAll(OBJECT_PREPOSITIONS);
    out.add(PHRASE);
    return List.copyOf(out);
  }

  /** The slot of the first actor the object's phrase names, however deep. */
  private static final String PHRASE = "phrase";

  /** Prepositions whose object, under a required object word, is the target. */
  private static final List<String> OBJECT_PREPOSITIONS =
      List.of("with", "to", "for", "on", "against", "from", "of", "over", "into", "at", "in");

  /** A pattern or verb the frame cannot express. */
  private static final class Unexpressible extends Exception {
    private static final long serialVersionUID = 1L;

    Unexpressible(String message) {
      super(message, null, false, false);
    }
  }
}
