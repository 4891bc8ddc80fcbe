package org.annalist.pipeline.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.model.Actor;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.CameoCode;
import org.annalist.model.CameoCodebook;
import org.annalist.model.Dependency;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Modality;
import org.annalist.model.PloverCodebook;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.TimeMention;
import org.annalist.model.Token;
import org.annalist.pipeline.actor.ActorResolution;
import org.annalist.pipeline.actor.ActorResolver;

/**
 * Codes CAMEO events from the dependency structure of each sentence, using the event-pattern
 * dictionary: a verb or event noun, its source and target actors found in the slots the pattern
 * names, the modality of the clause, and who reported it. One event is emitted per (source, target,
 * code, modality) with all of its mentions; a reciprocal pattern adds the linked reciprocal event.
 *
 * <p>Cheap to build from a shared {@link EventDictionary}; thread-safe.
 */
public final class EventCoder {
  private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> HYPOTHETICAL_AUX =
      Set.of("could", "would", "might", "may", "should", "must", "can");

  /** Words whose complement is wished or tried for: it may never happen. */
  private static final Set<String> WISH_GOVERNORS =
      Set.of(
          "want",
          "wish",
          "hope",
          "aim",
          "seek",
          "strive",
          // weighed, not decided: "is studying a plan to buy", "considering imposing"
          "consider",
          "study",
          "weigh",
          "explore",
          "contemplate",
          "mull",
          // ready, not committed: "is prepared to help", "is willing to send", "offered to
          // escort" (the offer is the asserted event)
          "willing",
          "ready",
          "prepared",
          "offer",
          "propose");

  private static final Set<String> FUTURE_GOVERNORS =
      Set.of(
          "prepare",
          "plan",
          "intend",
          "expect",
          "schedule",
          "set",
          "go",
          "due",
          "promise",
          "pledge",
          "vow",
          "wish",
          "decide",
          "agree",
          "threaten",
          "warn",
          "swear",
          "undertake",
          "determined");

  /** Words whose complement the source announces, promises or threatens ("agreed to meet"). */
  private static final Set<String> INTENT_GOVERNORS =
      Set.of(
          "agree",
          "promise",
          "pledge",
          "vow",
          "swear",
          "offer",
          "propose",
          "undertake",
          "intend",
          "threaten",
          "willing",
          "ready",
          "prepared",
          "determined");

  /**
   * Words whose complement is asked for, not done: "urged X to withdraw", "demanded that X
   * release", "called on X to cease".
   */
  private static final Set<String> DIRECTIVE_GOVERNORS =
      Set.of(
          "demand",
          "urge",
          "ask",
          "call",
          "insist",
          "request",
          "propose",
          "suggest",
          "recommend",
          "press",
          "push",
          "order",
          "appeal",
          "implore",
          "beg",
          "encourage",
          "invite",
          "persuade",
          "convince",
          "pressure",
          "lobby");

  /** Words whose complement the source refuses ("refused to meet"). */
  private static final Set<String> REFUSAL_GOVERNORS = Set.of("refuse", "decline");

  /** Words whose complement did not happen: "failed to reach an agreement". */
  private static final Set<String> FAILURE_GOVERNORS = Set.of("fail", "neglect", "unable");

  /** Subordinators of a condition: what they introduce has not happened ("until X withdraws"). */
  private static final Set<String> CONDITION_MARKS =
      Set.of("if", "unless", "until", "provided", "providing", "lest", "whether");

  /** Verbs whose "if" clause is what is asked, not a condition. */
  private static final Set<String> ASK_VERBS = Set.of("ask", "inquire", "enquire", "wonder");

  /** Marks of a clause that states a condition on the clause it modifies. */
  private static final Set<String> IF_MARKS = Set.of("if", "unless", "provided", "providing");

  private static final Set<String> FUTURE_MODIFIERS =
      Set.of("upcoming", "planned", "forthcoming", "future", "scheduled", "proposed", "expected");
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "say",
          "tell",
          "announce",
          "state",
          "report",
          "claim",
          "add",
          "declare",
          "note",
          "confirm",
          "write",
          "assure",
          "promise",
          "pledge",
          "insist",
          "stress",
          "reiterate",
          "explain");
  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "hold",
          "have",
          "pay",
          "make",
          "conduct",
          "begin",
          "start",
          "issue",
          "launch",
          "announce",
          "declare",
          "stage",
          "undertake",
          "complete",
          "speed",
          "accelerate",
          "finish",
          "carry",
          "mount",
          "renew",
          "resume",
          "reiterate",
          "repeat",
          "continue");
  private static final Set<String> DETERMINED = Set.of("the", "this", "that", "these", "those");

  private final EventDictionary dict;
  private final CameoCodebook codes;
  private final PloverCodebook plover;

  private final boolean requireSource;
  private final boolean requireTarget;

  private static final EventConfidence CONFIDENCE = EventConfidence.load();

  /** A coder that requires both a source and a target. */
  public EventCoder(EventDictionary dict, CameoCodebook codes, PloverCodebook plover) {
    this(dict, codes, plover, true);
  }

  /**
   * A coder; with {@code requireTarget} false, an event whose pattern finds a source but no target
   * is still coded, with no target ("Ugandan rebels surrendered").
   */
  public EventCoder(
      EventDictionary dict, CameoCodebook codes, PloverCodebook plover, boolean requireTarget) {
    this(dict, codes, plover, true, requireTarget);
  }

  /**
   * A coder; with {@code requireSource} false, an event whose pattern finds a target but no source
   * is also coded, with no source ("three civilians were killed in a bombing"); an event always
   * names at least one actor.
   */
  public EventCoder(
      EventDictionary dict,
      CameoCodebook codes,
      PloverCodebook plover,
      boolean requireSource,
      boolean requireTarget) {
    this.dict = dict;
    this.codes = codes;
    this.plover = plover;
    this.requireSource = requireSource;
    this.requireTarget = requireTarget;
  }

  /** A coded mention before events are grouped. */
  private record Hit(
      EventPattern pattern,
      String code,
      String stance,
      int trigger,
      int governor,
      Actor source,
      Actor target,
      Modality modality,
      Actor reporter,
      LocalDate date,
      EventMention mention) {}

  /** Codes the events of one annotated article. */
  public List<Event> code(AnnotatedDoc doc, ActorResolution actors) {
    if (storyDiscarded(doc)) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (s.heading() || discarded(s)) {
        continue;
      }
      List<Hit> sentence = new ArrayList<>();
      for (Token t : s.tokens()) {
        List<EventPattern> patterns =
            dict.forToken(t.word().toLowerCase(Locale.ROOT), t.lemma().toLowerCase(Locale.ROOT));
        // Where one actor will do, a pattern that finds both is still preferred: "agreed to US
        // mediation" is no bare "agree with" because a later pattern names whom it concerns.
        List<Hit> matched = firstMatch(doc, actors, s, t, patterns, hits, true);
        if (matched.isEmpty() && !(requireSource && requireTarget)) {
          matched = firstMatch(doc, actors, s, t, patterns, hits, false);
        }
        sentence.addAll(matched);
        if (t.isVerb() && mustClause(s, t.index()) >= 0) {
          // "Russia said that Sudan must return the helicopter" is a demand.
          for (EventPattern p : dict.forLemma("demand")) {
            if (p.noun()) {
              continue;
            }
            List<Hit> found = match(doc, actors, s, t.index(), p, hits, false);
            if (!found.isEmpty()) {
              for (Hit h : found) {
                sentence.add(
                    new Hit(
                        h.pattern(),
                        h.code(),
                        "demand stated as '" + t.word() + " ... must'",
                        h.trigger(),
                        -1,
                        h.source(),
                        h.target(),
                        h.modality(),
                        h.reporter(),
                        h.date(),
                        h.mention()));
              }
              break;
            }
          }
        }
      }
      // A stance whose governing word is itself coded ("agreed with X to cooperate") is left to
      // that word's own pattern, unless that pattern takes any complement ("agreed to release
      // the prisoners" is the stance towards the release, not a bare intent).
      Set<Integer> governors = new java.util.HashSet<>();
      for (Hit h : sentence) {
        if (h.governor() >= 0) {
          governors.add(h.governor());
        }
      }
      Set<Integer> triggers = new java.util.HashSet<>();
      List<Hit> kept = new ArrayList<>();
      for (Hit h : sentence) {
        if (h.pattern().anyComplement() && h.governor() < 0 && governors.contains(h.trigger())) {
          continue;
        }
        kept.add(h);
        if (h.stance() == null) {
          triggers.add(h.trigger());
        }
      }
      List<Hit> standing = new ArrayList<>();
      for (Hit h : kept) {
        if (h.governor() < 0 || !triggers.contains(h.governor())) {
          standing.add(h);
        }
      }
      for (Hit h : standing) {
        if (!covered(h, standing) && !protestsPurpose(s, h, standing)) {
          hits.add(h);
        }
      }
    }
    return calibrated(doc, actors.actors(), group(hits));
  }

  /**
   * Whether another hit of the sentence codes the same event from a wider action: "renewed
   * negotiations" as a verb frame and "negotiations" as an event noun under a light verb.
   */
  /** Relations that leave a noun phrase: clauses, and words that name nothing. */
  private static final Set<String> OUT_OF_PHRASE =
      Set.of(
          "acl",
          "acl:relcl",
          "advcl",
          "ccomp",
          "xcomp",
          "parataxis",
          "punct",
          "det",
          "case",
          "cc",
          "dep",
          "mark");

  /**
   * The first actor (in text order) that a noun phrase names, a few levels down its modifiers,
   * prepositional phrases and participles but in none of its other clauses, with the actors
   * conjoined to it ("ties between X and Y"); none of {@code own}.
   */
  private List<Slot> phraseTargets(ActorResolution actors, Sentence s, int head, Set<String> own) {
    List<Integer> inPhrase = new ArrayList<>();
    java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
    todo.add(new int[] {head, 0});
    Set<Integer> seen = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      int[] at = todo.poll();
      if (!seen.add(at[0])) {
        continue;
      }
      inPhrase.add(at[0]);
      if (at[1] >= 4) {
        continue;
      }
      for (Dependency d : s.children(at[0])) {
        if (!OUT_OF_PHRASE.contains(d.relation()) && !d.relation().startsWith("conj")
            || participle(s, d)) {
          todo.add(new int[] {d.dependent(), at[1] + 1});
        }
      }
    }
    inPhrase.sort(null);
    for (int t : inPhrase) {
      List<Actor> here =
          actors.actorsAt(s.index(), t).stream().filter(a -> !own.contains(a.id())).toList();
      if (here.isEmpty()) {
        continue;
      }
      List<Slot> out = new ArrayList<>();
      here.forEach(a -> out.add(new Slot(a, t)));
      // The conjuncts of the name, whichever of its words the parser hangs them on ("between
      // Minas Tirith and Osgiliath").
      List<Dependency> conjuncts = new ArrayList<>();
      for (int k = t; k < s.tokens().size() && here.contains(actors.actorAt(s.index(), k)); k++) {
        conjuncts.addAll(s.children(k));
      }
      for (Dependency d : conjuncts) {
        if (d.relation().startsWith("conj")) {
          for (Actor a : actors.actorsAt(s.index(), d.dependent())) {
            if (!own.contains(a.id()) && out.stream().noneMatch(x -> x.actor().equals(a))) {
              out.add(new Slot(a, d.dependent()));
            }
          }
        }
      }
      return out;
    }
    return List.of();
  }

  /**
   * The heads of the phrases where a team's pattern looks for its target when no slot holds one, in
   * the order tried: the object ("welcomed the resumption of formal ties with X"), the obliques
   * after the verb ("acted on a resolution against X"), the subject of what the object or the verb
   * is about ("expressed hopes that X could be drawn in"; not of what a verb of speech reports),
   * the object and obliques of the verb's purpose ("signed an accord to supply X with wheat").
   */
  private static List<Integer> targetPhrases(Sentence s, int trigger, int obj) {
    List<Integer> heads = new ArrayList<>();
    if (obj >= 0) {
      heads.add(obj);
    }
    for (Dependency d : s.children(trigger)) {
      if (oblique(d) && d.dependent() > trigger) {
        heads.add(d.dependent());
      }
    }
    boolean speech = SPEECH_VERBS.contains(s.token(trigger).lemma().toLowerCase(Locale.ROOT));
    for (int head : new int[] {obj, speech ? -1 : trigger}) {
      if (head < 0) {
        continue;
      }
      for (Dependency d : s.children(head)) {
        String r = d.relation();
        if ((r.equals("ccomp") || r.equals("acl") || r.equals("dep"))
            && d.dependent() > head
            && s.token(d.dependent()).isVerb()) {
          for (Dependency c : s.children(d.dependent())) {
            if (c.relation().equals("nsubj") || c.relation().equals("nsubj:pass")) {
              heads.add(c.dependent());
            }
          }
        }
      }
    }
    for (Dependency d : s.children(trigger)) {
      if ((d.relation().equals("advcl:to") || d.relation().equals("xcomp"))
          && d.dependent() > trigger
          && s.token(d.dependent()).isVerb()) {
        for (Dependency c : s.children(d.dependent())) {
          if (c.relation().equals("obj") || oblique(c)) {
            heads.add(c.dependent());
          }
        }
      }
    }
    return heads;
  }

  /** An oblique that is no bare time ("on Monday" is obl:on, "Monday" alone obl:tmod). */
  private static boolean oblique(Dependency d) {
    return d.relation().startsWith("obl") && !d.relation().equals("obl:tmod");
  }

  /**
   * Whether the word right after a verb is one of its particles that the parser read as the
   * preposition of an oblique: "cordoned off the roads" as obl:off(cordoned, roads).
   */
  private static boolean particleAsPreposition(Sentence s, int verb, Set<String> particles) {
    int next = verb + 1;
    if (next >= s.tokens().size()
        || !particles.contains(s.token(next).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Dependency d : s.parents(next)) {
      if (d.relation().equals("case")) {
        for (Dependency up : s.parents(d.head())) {
          if (up.head() == verb && up.relation().startsWith("obl")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a noun's clause is a participle that describes it, part of its phrase: "the roads
   * leading into X", "memos sent by X".
   */
  private static boolean participle(Sentence s, Dependency d) {
    String tag = s.token(d.dependent()).pos();
    return d.relation().equals("acl") && (tag.equals("VBG") || tag.equals("VBN"));
  }

  /**
   * Whether the pattern's words follow the trigger in order: each item's first occurrence after the
   * previous item's, any of its alternatives, a phrase on consecutive tokens.
   */
  static boolean wordsFollow(Sentence s, int trigger, List<List<String>> words) {
    int verb = words.indexOf(EventPattern.VERB_ITEM);
    if (verb >= 0) {
      return wordsPrecede(s, trigger, words.subList(0, verb))
          && wordsFollow(s, trigger, words.subList(verb + 1, words.size()));
    }
    int at = trigger + 1;
    for (List<String> item : words) {
      int found = -1;
      for (int i = at; i < s.tokens().size() && found < 0; i++) {
        for (String phrase : item) {
          int end = phraseAt(s, i, phrase);
          if (end >= 0) {
            found = end;
            break;
          }
        }
      }
      if (found < 0) {
        return false;
      }
      at = found;
    }
    return true;
  }

  /** How many words may stand between the last word a pattern puts before its verb and the verb. */
  private static final int BEFORE_GAP = 3;

  /**
   * Whether the words a pattern puts before its verb precede the trigger in order, the last of them
   * near it ("didn't clash", "won't try to clash").
   */
  private static boolean wordsPrecede(Sentence s, int trigger, List<List<String>> words) {
    if (words.isEmpty()) {
      return true;
    }
    int end = trigger;
    for (int n = words.size() - 1; n >= 0; n--) {
      int found = -1;
      for (int i = end - 1; i >= 0 && found < 0; i--) {
        for (String phrase : words.get(n)) {
          int from = i - wordCount(phrase) + 1;
          if (from >= 0 && phraseAt(s, from, phrase) == i + 1) {
            found = from;
            break;
          }
        }
        if (found < 0 && n == words.size() - 1 && trigger - i > BEFORE_GAP) {
          return false;
        }
      }
      if (found < 0) {
        return false;
      }
      end = found;
    }
    return true;
  }

  /** Modal verbs whose mood a pattern that names them codes as part of the action. */
  private static final Set<String> MODALS =
      Set.of("would", "should", "could", "might", "may", "must", "ought");

  /**
   * Whether a pattern's words before its verb hold a word of {@code kind} ("did n't", "will not";
   * "would", "should").
   */
  private static boolean beforeWordsHold(EventPattern p, Set<String> kind) {
    int verb = p.words().indexOf(EventPattern.VERB_ITEM);
    for (int n = 0; n < verb; n++) {
      for (String phrase : p.words().get(n)) {
        for (String w : phrase.split(" ")) {
          if (kind.contains(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static int wordCount(String phrase) {
    int n = 1;
    for (int i = 0; i < phrase.length(); i++) {
      if (phrase.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  /**
   * Where a phrase of lower-case words separated by blanks ends when it stands at token {@code
   * from}, each word matching a token's word as written (any case); else -1. Allocates nothing: it
   * runs for every pattern of a trigger.
   */
  private static int phraseAt(Sentence s, int from, String phrase) {
    int k = from;
    int a = 0;
    while (a <= phrase.length()) {
      int b = phrase.indexOf(' ', a);
      if (b < 0) {
        b = phrase.length();
      }
      if (k >= s.tokens().size() || !wordMatches(s.token(k), phrase, a, b - a)) {
        return -1;
      }
      k++;
      a = b + 1;
    }
    return k;
  }

  private static boolean wordMatches(Token t, String phrase, int at, int len) {
    String w = t.word();
    return w.length() == len && w.regionMatches(true, 0, phrase, at, len);
  }

  /**
   * Whether a hit is an appeal, demand or complaint that is what a protest of the same source is
   * for, or damage a riot does: "demonstrated calling for independence", "staged demonstrations to
   * demand reforms" are protests (CAMEO 14), not appeals of their own; "rioted, setting fire to
   * their mattresses" is a riot.
   */
  private static boolean protestsPurpose(Sentence s, Hit h, List<Hit> sentence) {
    String root = h.code().substring(0, 2);
    boolean claim = root.equals("02") || root.equals("10") || root.equals("11");
    boolean damage = h.code().equals("1712");
    if (!claim && !damage) {
      return false;
    }
    for (Dependency d : s.parents(h.trigger())) {
      String b = d.base();
      // A participle the parser leaves unattached ("demonstrated on Sunday calling for") is dep,
      // or a conjunct ("rioted, setting fire to").
      boolean participle =
          (b.equals("dep") || b.equals("conj")) && s.token(h.trigger()).pos().equals("VBG");
      if (d.head() < 0 || !(b.equals("advcl") || b.equals("xcomp")) && !participle) {
        continue;
      }
      for (Hit o : sentence) {
        if (o != h
            && o.trigger() == d.head()
            && (claim ? o.code().startsWith("14") : o.code().startsWith("145"))
            && java.util.Objects.equals(o.source(), h.source())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean covered(Hit h, List<Hit> sentence) {
    Span a = h.mention().action();
    for (Hit o : sentence) {
      Span b = o.mention().action();
      if (o != h
          && o.code().equals(h.code())
          && java.util.Objects.equals(o.source(), h.source())
          && java.util.Objects.equals(o.target(), h.target())
          && b.start() <= a.start()
          && a.end() <= b.end()
          && (b.end() - b.start()) > (a.end() - a.start())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> MUTUAL_ROOTS = Set.of("03", "04", "05", "06", "19");
  private static final Set<String> MUTUAL_OBJECTS =
      Set.of(
          "tie",
          "ties",
          "relation",
          "relations",
          "talk",
          "talks",
          "agreement",
          "treaty",
          "deal",
          "accord",
          "pact",
          "cooperation",
          "negotiation",
          "negotiations",
          "dialogue",
          "meeting",
          "exercise",
          "exercises",
          "memorandum",
          "declaration",
          "communique");

  /**
   * Whether a compound subject with no target acts on itself, each side towards the other: only for
   * cooperation, consultation and fighting, and only when the verb has no object or a reciprocal
   * one ("X and Y met", "X and Y upgraded their ties", "X and Y signed a treaty"), not "X and Y
   * welcomed the decision".
   */
  private static boolean mutualFrame(Sentence s, int trigger, EventPattern p) {
    if (p.noun()
        || !MUTUAL_ROOTS.contains(p.code().substring(0, 2))
        || p.target().stream().allMatch(t -> t.equals("obj"))) {
      // A verb whose target can only be its object ("welcome", "host") needs that object.
      return false;
    }
    if (disputeOver(s, trigger, p)) {
      return false;
    }
    for (Dependency d : s.children(trigger)) {
      if (!d.relation().equals("obj")) {
        continue;
      }
      String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
      if (!MUTUAL_OBJECTS.contains(lemma)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an event noun under a light verb with a compound subject is done together: "Chile and
   * Peru held joint exercises", "X and Y began talks".
   */
  private static boolean mutualNoun(Sentence s, int trigger, EventPattern p) {
    return MUTUAL_ROOTS.contains(p.code().substring(0, 2))
        && MUTUAL_OBJECTS.contains(s.token(trigger).lemma().toLowerCase(Locale.ROOT))
        && !disputeOver(s, trigger, p);
  }

  /** "Britain and Japan clashed over access to the market": a dispute, not a battle. */
  private static boolean disputeOver(Sentence s, int trigger, EventPattern p) {
    return p.code().startsWith("19") && oblique(s, trigger, "over") >= 0;
  }

  /** Whether an event noun is the object of a light verb ("held talks", "began exercises"). */
  private static boolean underLightVerb(Sentence s, int trigger) {
    return !lightVerbs(s, trigger).isEmpty();
  }

  /** The light verbs an event noun is the object of ("held talks", "began exercises"). */
  private static List<Integer> lightVerbs(Sentence s, int trigger) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.parents(trigger)) {
      if (d.relation().equals("obj")
          && d.head() >= 0
          && LIGHT_VERBS.contains(s.token(d.head()).lemma().toLowerCase(Locale.ROOT))) {
        out.add(d.head());
      }
    }
    return out;
  }

  /**
   * Roots whose event nouns name their agent by a nationality adjective: "Palestinian riots",
   * "Israeli strikes on Gaza", "the Russian withdrawal from Kherson". Talks, aid or sanctions are
   * left out: "Iranian nuclear talks" and "Russian sanctions" name a topic or a target.
   */
  private static final Set<String> AGENT_ADJECTIVE_ROOTS =
      Set.of("14", "15", "17", "18", "19", "20");

  /** The source of an event noun named by an adjective ("Palestinian riots"), for some roots. */
  private List<Slot> adjectiveSources(
      ActorResolution actors, Sentence s, int trigger, EventPattern p) {
    if (!AGENT_ADJECTIVE_ROOTS.contains(p.code().substring(0, 2)) && !p.code().startsWith("0874")) {
      return List.of();
    }
    List<Slot> out = new ArrayList<>();
    for (Dependency d : s.children(trigger)) {
      if (!d.relation().equals("amod")) {
        continue;
      }
      String word = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (word.startsWith("anti") || word.startsWith("pro-")) {
        continue;
      }
      for (Actor a : actors.actorsAt(s.index(), d.dependent())) {
        if (out.stream().noneMatch(x -> x.actor().id().equals(a.id()))) {
          out.add(new Slot(a, d.dependent()));
        }
      }
    }
    return out;
  }

  /**
   * Whether a target slot of the trigger (or of its object) holds words that name no actor: "X and
   * Y struck agreements with commercial banks" is with the banks, not with each other.
   */
  private static boolean slotFilled(Sentence s, int trigger, int object, EventPattern p) {
    for (int head : new int[] {trigger, object}) {
      if (head < 0) {
        continue;
      }
      for (Dependency d : s.children(head)) {
        for (String slot : p.target()) {
          if (!slot.equals("obj")
              && !slot.equals("subj")
              && (inSlot(d, slot, false) || d.relation().endsWith(":" + slot))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a sentence of the story holds a phrase that discards the whole story. */
  private boolean storyDiscarded(AnnotatedDoc doc) {
    for (Sentence s : doc.sentences()) {
      List<String> lemmas = new ArrayList<>(s.tokens().size());
      for (Token t : s.tokens()) {
        lemmas.add(t.lemma().toLowerCase(Locale.ROOT));
      }
      for (int i = 0; i < lemmas.size(); i++) {
        if (EventDictionary.STORY.equals(dict.discardAt(lemmas, i))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a sentence holds a discard phrase (sport, entertainment). */
  private boolean discarded(Sentence s) {
    List<String> lemmas = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      lemmas.add(t.lemma().toLowerCase(Locale.ROOT));
    }
    for (int i = 0; i < lemmas.size(); i++) {
      if (dict.discardAt(lemmas, i) != null) {
        return true;
      }
    }
    return false;
  }

  /** The hits of the first of a word's patterns that matches, or none. */
  private List<Hit> firstMatch(
      AnnotatedDoc doc,
      ActorResolution actors,
      Sentence s,
      Token t,
      List<EventPattern> patterns,
      List<Hit> earlier,
      boolean both) {
    for (EventPattern p : patterns) {
      if (p.noun() != t.isNoun() || (!p.noun() && !t.isVerb())) {
        continue;
      }
      if (!p.noun() && adjectival(s, t.index())) {
        break; // "the visiting minister", "striking workers" describe, they do not report
      }
      List<Hit> found = match(doc, actors, s, t.index(), p, earlier, both);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * The hits of one pattern on one trigger; with {@code both}, only those naming both a source and
   * a target, whatever the coder allows.
   */
  private List<Hit> match(
      AnnotatedDoc doc,
      ActorResolution actors,
      Sentence s,
      int trigger,
      EventPattern p,
      List<Hit> earlier,
      boolean both) {
    if (!p.words().isEmpty() && !wordsFollow(s, trigger, p.words())) {
      return List.of(); // the cheapest test first: a team's dictionary has many such patterns
    }
    if (!p.noun() && isAttributive(s, trigger)) {
      return List.of();
    }
    if (!p.noun()
        && p.object().isEmpty()
        && !p.source().contains("obj")
        && !p.target().contains("obj")
        && isPassive(s, trigger)) {
      // A verb the pattern reads without an object has no passive in that sense: delegations
      // "headed by" ministers are led by them, not travelling.
      return List.of();
    }
    if (!p.noun()
        && p.code().equals("061")
        && (s.token(trigger).pos().equals("VBZ") || s.token(trigger).pos().equals("VBP"))) {
      // "Germany buys gas from Qatar" says what a country usually does, not what happened.
      return List.of();
    }
    if (!p.noun()
        && (p.code().startsWith("18") || p.code().startsWith("19") || p.code().startsWith("20"))
        && (childWith(s, trigger, "obj", MEASURE_NOUNS) >= 0
            || childWith(s, trigger, "nsubj", MEASURE_NOUNS) >= 0
            || childWith(s, trigger, "nsubj", TRADE_NOUNS) >= 0)) {
      // "vowed to fight the US action against Canadian exports", "US corn imports injure
      // Canadian farmers": a fight against a measure, harm done by trade, is no force.
      return List.of();
    }
    if (p.noun()
        && STATE_NOUNS.contains(s.token(trigger).lemma().toLowerCase(Locale.ROOT))
        && !objectOfVerb(s, trigger)) {
      // "the country's reluctant partnership with NATO" describes a state of affairs; "signed a
      // partnership with NATO" is an event.
      return List.of();
    }
    if (!p.noun() && negated(s, trigger) && warning(s, trigger)) {
      return List.of(); // "will not allow Iran to use the missiles": a warning, no event
    }
    if (waived(s, trigger)) {
      return List.of(); // "waived its right to impose duties": given up, not done
    }
    if (!p.noun() && p.code().startsWith("04") && metObligation(s, trigger)) {
      return List.of(); // "to meet Indonesia's share of the projects"
    }
    int complement = -1;
    if (!p.complement().isEmpty()) {
      complement = complement(s, trigger, p);
      if (complement < 0) {
        return List.of();
      }
    }
    if (!p.particle().isEmpty()
        && childWith(s, trigger, "compound:prt", p.particle()) < 0
        && !particleAsPreposition(s, trigger, p.particle())) {
      return List.of();
    }
    int object = -1;
    if (!p.object().isEmpty()) {
      object = childWith(s, trigger, "obj", p.object());
      if (object < 0) {
        object = childWith(s, trigger, "nsubj:pass", p.object()); // "X's reforms were welcomed"
      }
      if (object < 0) {
        // "handed over 700 kg of medicine", "will provide 25,000 tons of food aid"
        int amount = childWith(s, trigger, "obj", QUANTITY_NOUNS);
        object = amount < 0 ? -1 : childWith(s, amount, "nmod:of", p.object());
      }
      if (object < 0) {
        // "would allow the return of UN inspectors", "approved the deployment of peacekeepers"
        int process = childWith(s, trigger, "obj", PROCESS_NOUNS);
        object = process < 0 ? -1 : childWith(s, process, "nmod:of", p.object());
      }
      if (object < 0) {
        return List.of();
      }
    }
    // An oblique may stand under the object: "held civilians as human shields".
    int under = object >= 0 ? object : childWith(s, trigger, "obj", null);
    int named = -1;
    for (String prep : p.prepositions()) {
      int at = oblique(s, trigger, prep);
      if (at < 0 && under >= 0) {
        at = oblique(s, under, prep);
      }
      if (at < 0) {
        return List.of();
      }
      if (prep.indexOf(':') > 0) {
        named = at;
      }
    }
    List<Slot> sources = slots(actors, s, trigger, p.source(), p.noun());
    if (sources.isEmpty() && !p.noun() && p.source().contains("subj")) {
      sources = participleSources(actors, s, trigger);
    }
    List<Slot> targets = slots(actors, s, trigger, p.target(), false, p);
    if (targets.isEmpty()) {
      // "demanded an apology from X", "signed an agreement with X": the slot under the object.
      int obj = object >= 0 ? object : childWith(s, trigger, "obj", null);
      if (obj < 0 && p.noun()) {
        // "a suspension of air links with X": the slot under what the event noun is of.
        obj = childWith(s, trigger, "nmod:of", null);
      }
      if (obj < 0) {
        // "went on strike against X": the slot under the oblique the pattern names.
        obj = named;
      }
      if (obj >= 0) {
        targets = slots(actors, s, obj, p.target(), false, p);
      }
    }
    if (targets.isEmpty()
        && object >= 0
        && p.target().contains("obj")
        && childWith(s, trigger, "obj", null) != object) {
      // The object under an amount or a process is the object slot: "allowed the return of UN
      // inspectors".
      Slot at = actorAt(actors, s, object, 0);
      if (at != null) {
        targets = List.of(at);
      }
    }
    Set<String> own = new java.util.HashSet<>();
    sources.forEach(x -> own.add(x.actor().id()));
    // A meeting or a call is with someone, not with whoever its clause is about ("reiterated
    // calls for Israel to accept", "Interfax reported that officials ...").
    boolean clauseTargets = !p.code().startsWith("04") && !p.code().equals("010");
    if (targets.isEmpty() && complement < 0 && clauseTargets) {
      // "called on X to return to talks" parsed as a clause: the target is its subject (not
      // the source's own: "X and Y refuse to drop their opposition").
      int clause = infinitive(s, trigger);
      if (clause >= 0) {
        targets =
            slots(actors, s, clause, List.of("subj"), false, p).stream()
                .filter(x -> x.token() != trigger && !own.contains(x.actor().id()))
                .toList();
      }
    }
    if (targets.isEmpty()
        && complement < 0
        && clauseTargets
        && !(SPEECH_VERBS.contains(s.token(trigger).lemma().toLowerCase(Locale.ROOT))
            && !p.lemma().equals("demand"))) {
      // "demanded that X withdraw": the target is the subject of the clause (but what one says
      // is about its subject, not to it: "said X would restore ties"; unless one says what X
      // must do).
      int clause = finiteClause(s, trigger);
      if (clause >= 0) {
        targets =
            slots(actors, s, clause, List.of("subj"), false, p).stream()
                .filter(x -> x.token() != trigger && !own.contains(x.actor().id()))
                .toList();
      }
    }
    if (targets.isEmpty() && complement >= 0) {
      // "a call on Russia to withdraw" parsed as a clause: the target is its subject.
      targets =
          slots(actors, s, complement, List.of("subj"), false, p).stream()
              .filter(x -> x.token() != trigger && !own.contains(x.actor().id()))
              .toList();
    }
    if (targets.isEmpty()
        && complement >= 0
        && !EMULATE_VERBS.contains(s.token(complement).lemma().toLowerCase(Locale.ROOT))) {
      // "threatened to deliver blows to X": the target stands in the complement, or under its
      // object ("agreed to review its relations with X"); but who is followed or joined ("to
      // follow Brazil in declaring a moratorium") is no target.
      targets =
          slots(actors, s, complement, p.target(), false, p).stream()
              .filter(x -> x.token() != trigger && !own.contains(x.actor().id()))
              .toList();
      int inner = childWith(s, complement, "obj", null);
      if (targets.isEmpty() && inner >= 0 && p.anyComplement()) {
        targets =
            slots(actors, s, inner, p.target(), false, p).stream()
                .filter(x -> x.token() != trigger && !own.contains(x.actor().id()))
                .toList();
      }
    }
    if (p.noun() && sources.isEmpty() && p.source().contains("poss")) {
      sources = adjectiveSources(actors, s, trigger, p);
    }
    boolean lightVerbSources = false;
    if (p.noun() && sources.isEmpty()) {
      sources = inheritedSources(actors, s, trigger);
      lightVerbSources = sources.size() >= 2 && underLightVerb(s, trigger);
    }
    if (p.noun() && (sources.isEmpty() || targets.isEmpty()) && anaphoric(s, trigger)) {
      Hit prior = last(earlier, p);
      if (prior != null) {
        if (sources.isEmpty() && prior.source() != null) {
          sources = List.of(new Slot(prior.source(), -1));
        }
        if (targets.isEmpty()) {
          targets = List.of(new Slot(prior.target(), -1));
        }
      }
    }
    if (targets.isEmpty() && p.target().contains("phrase")) {
      // Deep in a phrase, the source's own country is no target ("announced bans on travel to
      // Canada": Canada's government acts at home).
      Set<String> ownAndCountry = new java.util.HashSet<>(own);
      for (Slot src : sources) {
        for (Actor a : actors.actors()) {
          if (a.country() != null && a.country().equals(src.actor().country())) {
            ownAndCountry.add(a.id());
          }
        }
      }
      int obj = object >= 0 ? object : childWith(s, trigger, "obj", null);
      for (int head : targetPhrases(s, trigger, obj)) {
        targets = phraseTargets(actors, s, head, ownAndCountry);
        if (!targets.isEmpty()) {
          break;
        }
      }
    }
    boolean mutual = false;
    if (targets.isEmpty() && sources.size() >= 2 && p.target().contains("compound")) {
      // A team's pattern for a compound subject ("- % HAVE * [191]"): each towards the others.
      targets = sources;
      mutual = true;
    }
    if (targets.isEmpty()
        && sources.size() >= 2
        && (mutualFrame(s, trigger, p) || lightVerbSources && mutualNoun(s, trigger, p))
        && !slotFilled(s, trigger, object, p)
        && (complement < 0 || !slotFilled(s, complement, -1, p))) {
      // "Chile and Peru renewed negotiations": each side acts towards the other.
      targets = sources;
      mutual = true;
    }
    if (targets.isEmpty()
        && (p.code().startsWith("14")
                && !(s.token(trigger).isVerb() && childWith(s, trigger, "obj", null) >= 0)
            || p.code().startsWith("15"))) {
      // Not "protest a move to award X to Y": what is protested is the object, not what it is
      // for; but "mobilized reservists for a war against X".

      targets = purposeTargets(actors, s, trigger, own);
    }
    if (sources.isEmpty()
        && !requireSource
        && !both
        && !p.noun()
        && hasSubject(s, trigger)
        && targets.stream().anyMatch(x -> x.actor() != null)) {
      // A verb's event with no source named ("were killed by a roadside bomb", "a blast killed
      // X"); an event noun with none ("the talks with X") names no event of its own, nor does a
      // verb with no subject at all ("removing the sanctions on X is out of the question").
      sources = List.of(new Slot(null, -1));
    }
    if (targets.isEmpty()
        && !requireTarget
        && !both
        && sources.stream().anyMatch(x -> x.actor() != null)) {
      targets = List.of(new Slot(null, -1));
    }
    if (sources.isEmpty() || targets.isEmpty()) {
      return List.of();
    }
    Modality modality = modality(s, trigger);
    if (modality == Modality.NEGATED && beforeWordsHold(p, NEGATORS)
        || modality == Modality.HYPOTHETICAL && beforeWordsHold(p, MODALS)) {
      // "- &NEGATVAUXVRB * OVER EFFORTS [904]", "- INDICATED WOULD * NOW [1010]": the pattern
      // codes the negated or conditional action itself.
      modality = Modality.ASSERTED;
    }
    if (directed(s, trigger)) {
      // "urged X to impose sanctions on Y": the appeal is the event, coded from the verb of
      // appeal; what X is asked to do is not X's event.
      return List.of();
    }
    if (!p.noun() && alleged(s, trigger)) {
      // "accused the rebels of violating the ceasefire": the accusation is the event; what the
      // rebels are said to have done is alleged, and its subject is not the accuser.
      return List.of();
    }
    Actor reporter = reporter(actors, s, trigger);
    LocalDate date = date(doc, s, trigger);
    int clauseVerb = clauseVerb(s, trigger);
    if (clauseVerb >= 0 && presentTense(s.token(clauseVerb))) {
      LocalDate when = clauseVerb == trigger ? date : date(doc, s, clauseVerb);
      LocalDate today = doc.article().date();
      if (when != null
          && today != null
          && (when.isAfter(today) || when.equals(today) && laterToday(s, clauseVerb))) {
        // "leaves for Japan on Saturday", "holds meetings next week": still to come.
        date = when;
        if (modality == Modality.ASSERTED) {
          modality = Modality.FUTURE;
        }
      }
    }
    if (p.code().startsWith("03")
        && modality == Modality.FUTURE
        && (date == null || date.equals(doc.article().date()))) {
      // "said it would agree to a UN police presence" expresses the intent now.
      modality = Modality.ASSERTED;
    }
    Stance stance = stance(s, trigger);
    String stanceCode = stance == null ? null : dict.stanceCode(p.code(), stance.refusal());
    int troops = p.noun() ? -1 : forceSubject(s, trigger);
    List<Hit> out = new ArrayList<>();
    for (Slot src : sources) {
      for (Slot tgt : targets) {
        if (tgt.actor() != null && cooperative(p.code()) && ownsSetback(s, tgt.token())) {
          continue; // "what Baghdad hailed as Iran's failure" praises no Iran
        }
        if (tgt.actor() != null
            && src.actor() != null
            && (src.actor().id().equals(tgt.actor().id())
                || src.actor().code().equals(tgt.actor().code())
                || ownCountry(p.code(), src.actor().code(), tgt.actor().code()))) {
          continue;
        }
        Span action = s.token(trigger).span();
        for (int extra : new int[] {complement, object}) {
          if (extra >= 0) {
            action =
                new Span(
                    Math.min(action.start(), s.token(extra).span().start()),
                    Math.max(action.end(), s.token(extra).span().end()));
          }
        }
        EventMention m =
            new EventMention(
                s.index(),
                s.span(),
                action,
                src.token() < 0 ? null : s.token(src.token()).span(),
                tgt.token() < 0 ? null : s.token(tgt.token()).span(),
                mutual ? p.line() + " (mutual)" : p.line());
        boolean trade = p.code().equals("061") || p.code().startsWith("033");
        if ((p.code().startsWith("07") || p.code().startsWith("16") || trade)
                && src.actor() != null
                && src.actor().code().endsWith("BUS")
            || p.code().equals("061")
                && tgt.actor() != null
                && tgt.actor().code().endsWith("BUS")) {
          // "Airbus is providing the airline with 25 planes" is a sale, not aid; a firm severing
          // ties with its partner is business, not diplomacy; "Japanese customers bought crude
          // from the national oil company", "Swiss banks offered Argentina a credit" are trade.
          continue;
        }
        if (tgt.actor() != null
            && tgt.token() >= 0
            && !s.token(tgt.token()).pos().startsWith("PRP")
            && (reporter != null && reporter.id().equals(tgt.actor().id())
                || speaker(s, tgt.token()))) {
          // "Brazil rejected all offers, a Brazilian Wheat Board spokesman said": who says it is
          // not what it is about.
          continue;
        }
        Actor rep =
            reporter != null && (src.actor() == null || !reporter.id().equals(src.actor().id()))
                ? reporter
                : null;
        String srcCode = src.actor() == null ? "" : src.actor().code();
        // Killing by armed forces is conventional military force (19), not unconventional
        // violence (18), which CAMEO keeps for gunmen, bombers and mobs.
        boolean military = !p.noun() && p.code().equals("1823") && srcCode.startsWith("MIL", 3);
        String code = military ? "190" : p.code();
        String reading = military ? "use of force by armed forces (1823 read as 190)" : null;
        String sector = srcCode.length() >= 6 ? srcCode.substring(3, 6) : "";
        if (p.code().startsWith("14")
            && (OFFICIAL_SECTORS.contains(sector)
                || srcCode.startsWith("IGO")
                || srcCode.length() == 3 && src.token() >= 0 && namedState(s, src.token()))) {
          // A government that protests complains officially; it does not take to the streets.
          // Nor does a country ("South Korea protested to Japan"), unlike its people
          // ("Palestinians protested").
          code = "114";
          reading = "protest by officials (" + p.code() + " read as 114)";
        }
        if (VISITS.contains(p.code()) && troops >= 0) {
          if (!peacekeepers(s, troops)) {
            continue; // "troops arrived in X" is a deployment, not a visit
          }
          code = "074";
          reading = "arrival of peacekeepers (" + p.code() + " read as 074)";
        }
        out.add(
            new Hit(
                p, code, reading, trigger, -1, src.actor(), tgt.actor(), modality, rep, date, m));
        if (stanceCode != null) {
          String note =
              (stance.refusal() ? "refusal" : "intent")
                  + " expressed by '"
                  + s.token(stance.word()).word()
                  + "' towards "
                  + p.code()
                  + " "
                  + codes.get(p.code()).name();
          EventMention sm =
              new EventMention(
                  m.sentence(),
                  m.sentenceSpan(),
                  cover(m.action(), s.token(stance.word()).span()),
                  m.source(),
                  m.target(),
                  m.rule() + (stance.refusal() ? " (refusal)" : " (intent)"));
          out.add(
              new Hit(
                  p,
                  stanceCode,
                  note,
                  trigger,
                  stance.governor(),
                  src.actor(),
                  tgt.actor(),
                  Modality.ASSERTED,
                  rep,
                  date,
                  sm));
        }
      }
    }
    return out;
  }

  /**
   * Whether an event is one actor acting on its own country, which is not coded: one actor is a
   * bare country and the other belongs to it ("Japan" and "Japan's agriculture ministry", President
   * Moi and "the Kenyan economy"). On the blind-marked sheets about three in four such statements,
   * appeals, promises and accusations were wrong, most often because a thing of the country ("the
   * Kenyan economy", "Brazil's leading party", "Italy's willingness") was read as the country. What
   * a state does to its own people is kept: protest, repression and force (roots 14-20), a state
   * easing its own rule (08), and a country acting on its own rebels, opposition, media or
   * civilians.
   */
  static boolean ownCountry(String code, String source, String target) {
    if (source.length() < 3
        || target.length() < 3
        || source.startsWith("IGO")
        || !source.regionMatches(0, target, 0, 3)
        || source.length() != 3 && target.length() != 3
        || code.compareTo("14") >= 0) {
      return false;
    }
    String sector = (source.length() == 3 ? target : source).substring(3);
    boolean state = ActorResolver.STATE_SECTORS.stream().anyMatch(sector::startsWith);
    if (code.startsWith("08") && state) {
      return false; // "the Egyptian government lifted the state of emergency in Egypt"
    }
    return state || sector.startsWith("BUS") || target.length() == 3;
  }

  private static Span cover(Span a, Span b) {
    return new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
  }

  /**
   * The source's stance towards an action it has not (yet) taken.
   *
   * @param refusal whether the source refuses the action (else announces, promises or threatens it)
   * @param word the token that expresses the stance ("will", "agreed", "refused")
   * @param governor the governing word when it is not the trigger itself, else -1
   */
  private record Stance(boolean refusal, int word, int governor) {}

  /**
   * The stance a clause takes towards its trigger: announced ("will send", "said it would send"),
   * promised or threatened ("agreed to send", "threatened to impose", "is ready to host"), or
   * refused ("refused to meet", "will not accept"). Null for a plain, conditional or reported
   * action.
   */
  private static Stance stance(Sentence s, int trigger) {
    int current = trigger;
    for (int level = 0; level < 4 && current >= 0; level++) {
      boolean negated = negated(s, current);
      if (negated
          && current != trigger
          && PERMIT_VERBS.contains(s.token(current).lemma().toLowerCase(Locale.ROOT))) {
        return null; // "Israel will not allow the envoy to visit": the envoy refuses nothing
      }
      for (Dependency d : s.children(current)) {
        if (!d.relation().startsWith("aux")) {
          continue;
        }
        String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        boolean announced =
            FUTURE_AUX.contains(w) || (w.equals("would") && underSpeech(s, current));
        if (announced && predicted(s, current)) {
          return null; // "chances are high that the UAW will call a walkout": no one's intent
        }
        if (announced) {
          return new Stance(negated, d.dependent(), current == trigger ? -1 : current);
        }
      }
      int parent = -1;
      for (Dependency d : s.parents(current)) {
        if (d.head() < 0) {
          continue;
        }
        String b = d.base();
        if (b.equals("xcomp")) {
          String lemma = s.token(d.head()).lemma().toLowerCase(Locale.ROOT);
          if (REFUSAL_GOVERNORS.contains(lemma)) {
            return negated(s, d.head()) ? null : new Stance(true, d.head(), d.head());
          }
          // "is prepared to impose" states a stance; "prepares to leave" reports a plan.
          if (INTENT_GOVERNORS.contains(lemma)
              || s.token(d.head()).word().equalsIgnoreCase("prepared")) {
            return negated(s, d.head()) ? null : new Stance(false, d.head(), d.head());
          }
          parent = d.head();
          break;
        }
        if (s.token(current).isNoun() && b.equals("obj")) {
          parent = d.head();
          break;
        }
      }
      if (negated) {
        return null;
      }
      current = parent;
    }
    return null;
  }

  /**
   * Whether a clause is what an adjective predicts: "chances are high that", "it is likely that".
   */
  private static boolean predicted(Sentence s, int clause) {
    for (Dependency d : s.parents(clause)) {
      if (d.head() >= 0
          && (d.base().equals("ccomp") || d.base().equals("csubj"))
          && s.token(d.head()).pos().startsWith("JJ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb without an auxiliary of its own is conjoined to one that "will" or "shall" makes
   * future: "will make a visit to the United States and hold talks with Reagan".
   */
  private static boolean futureConjunct(Sentence s, int verb) {
    if (!s.token(verb).isVerb()) {
      return false;
    }
    for (Dependency d : s.children(verb)) {
      if (d.relation().startsWith("aux")) {
        return false;
      }
    }
    for (Dependency d : s.parents(verb)) {
      if (d.head() >= 0 && d.base().equals("conj") && s.token(d.head()).isVerb()) {
        for (Dependency a : s.children(d.head())) {
          if (a.relation().startsWith("aux")
              && FUTURE_AUX.contains(s.token(a.dependent()).word().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a verb of permitting governs what its object would do ("will not allow Iran to use the
   * missiles"): said with a negation, that is a warning, neither a refusal to yield nor a threat.
   */
  private static boolean warning(Sentence s, int verb) {
    if (!PERMIT_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Dependency d : s.children(verb)) {
      if (d.base().equals("xcomp") || d.base().equals("ccomp")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a code is of roots 01 to 09: statements, appeals, intents and cooperation. */
  private static boolean cooperative(String code) {
    return code.length() >= 2 && code.charAt(0) == '0';
  }

  /** Whether a token is the possessor of a setback: "Iran's failure", "the regime's fall". */
  private static boolean ownsSetback(Sentence s, int token) {
    return parentWith(s, token, "nmod:poss", SETBACK_NOUNS) >= 0;
  }

  private static final Set<String> SETBACK_NOUNS =
      Set.of(
          "failure",
          "defeat",
          "collapse",
          "fall",
          "downfall",
          "demise",
          "setback",
          "loss",
          "humiliation",
          "isolation",
          "retreat",
          "death",
          "mistake",
          "blunder",
          "crisis");

  /** Verbs whose object is followed or joined, not acted on: "threatened to follow Brazil". */
  private static final Set<String> EMULATE_VERBS =
      Set.of("follow", "join", "emulate", "copy", "imitate", "match");

  /** Goods, prices and flows, which harm no one by force. */
  private static final Set<String> TRADE_NOUNS =
      Set.of(
          "import",
          "export",
          "price",
          "product",
          "good",
          "rate",
          "cost",
          "deficit",
          "surplus",
          "competition",
          "dumping",
          "subsidy",
          "shipment",
          "sale",
          "currency",
          "dollar",
          "yen");

  /** Measures and decisions, which one fights or attacks in words, not with force. */
  private static final Set<String> MEASURE_NOUNS =
      Set.of(
          "action",
          "decision",
          "ruling",
          "move",
          "measure",
          "plan",
          "proposal",
          "policy",
          "law",
          "bill",
          "legislation",
          "tax",
          "tariff",
          "duty",
          "sanction",
          "charge",
          "case",
          "order",
          "ban",
          "restriction",
          "quota",
          "rule",
          "regulation",
          "verdict",
          "claim",
          "allegation",
          "increase",
          "cut",
          "reform",
          "protectionism");

  private static final Set<String> PERMIT_VERBS = Set.of("allow", "permit", "let", "tolerate");

  private static boolean negated(Sentence s, int token) {
    for (Dependency d : s.children(token)) {
      String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
      if (d.relation().equals("advmod") && NEGATORS.contains(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a clause is what a speech verb reports ("said it would ..."). */
  private static boolean underSpeech(Sentence s, int clause) {
    for (Dependency d : s.parents(clause)) {
      // "assured Kenyan officials it would": with an object, the parser may attach the clause
      // loosely (parataxis, dep).
      if (d.head() >= 0
          && (d.base().equals("ccomp") || d.base().equals("parataxis") || d.base().equals("dep"))
          && SPEECH_VERBS.contains(s.token(d.head()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    // "X would lend the oil, Y said": the speech verb hangs from the clause it reports.
    for (Dependency d : s.children(clause)) {
      if (d.base().equals("parataxis")
          && SPEECH_VERBS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** An actor found in a slot, with the token that names it (-1 when inherited). */
  private record Slot(Actor actor, int token) {}

  private List<Slot> slots(
      ActorResolution actors, Sentence s, int trigger, List<String> names, boolean noun) {
    return slots(actors, s, trigger, names, noun, null);
  }

  /** Coercion and force (roots 17-20) act on people and places, not on their plans. */
  private static boolean forceful(EventPattern p) {
    return p.code().compareTo("17") >= 0;
  }

  /**
   * A visit is paid to or hosted for actors named as such ("hosted Japanese officials"), not for
   * things of a country ("welcome Japanese banks").
   */
  private static final Set<String> VISITS = Set.of("042", "043", "044");

  /** Nouns for firms, which are visited and welcomed as places of business, not as guests. */
  private static final Set<String> FIRMS =
      Set.of(
          "bank",
          "company",
          "firm",
          "corporation",
          "subsidiary",
          "affiliate",
          "enterprise",
          "business",
          "airline",
          "carmaker",
          "automaker",
          "insurer",
          "lender",
          "importer",
          "exporter",
          "supplier",
          "refiner",
          "manufacturer",
          "producer");

  /** Relations of a clause or phrase that says what a protest or show of force is for. */
  private static final Set<String> PURPOSE_RELATIONS =
      Set.of("advcl", "xcomp", "acl", "dep", "obl:for", "nmod:for", "obl:against", "nmod:against");

  /**
   * The target of a protest or a show of force named in what it is for: "went on strike to protest
   * against X's decision", "demonstrated, calling for independence from X", "mobilized reservists
   * for a war against X". The first actor, in text order, within three levels of that clause.
   */
  private List<Slot> purposeTargets(
      ActorResolution actors, Sentence s, int trigger, Set<String> own) {
    List<Integer> heads = new ArrayList<>(List.of(trigger));
    if (s.token(trigger).isNoun()) {
      int verb = clauseVerb(s, trigger);
      if (verb >= 0) {
        heads.add(verb);
      }
    }
    for (int head : heads) {
      for (Dependency d : s.children(head)) {
        if (!PURPOSE_RELATIONS.contains(d.relation()) && !PURPOSE_RELATIONS.contains(d.base())) {
          continue;
        }
        List<Integer> frontier = List.of(d.dependent());
        for (int level = 0; level < 3 && !frontier.isEmpty(); level++) {
          List<Integer> next = new ArrayList<>();
          List<Integer> sorted = new ArrayList<>(frontier);
          java.util.Collections.sort(sorted);
          for (int token : sorted) {
            for (Actor a : actors.actorsAt(s.index(), token)) {
              if (!own.contains(a.id())) {
                return List.of(new Slot(a, token));
              }
            }
            for (Dependency c : s.children(token)) {
              if (!c.relation().startsWith("nsubj") && c.dependent() != trigger) {
                next.add(c.dependent());
              }
            }
          }
          frontier = next;
        }
      }
    }
    return List.of();
  }

  /** Nouns of a lasting relation: events only as what a verb does ("launched a partnership"). */
  private static final Set<String> STATE_NOUNS =
      Set.of(
          "partnership", "alliance", "friendship", "relationship", "cooperation", "collaboration");

  private static boolean objectOfVerb(Sentence s, int noun) {
    for (Dependency d : s.parents(noun)) {
      if (d.head() >= 0
          && (d.base().equals("obj") || d.relation().startsWith("nsubj:pass"))
          && s.token(d.head()).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /** Currencies, named by their country's adjective ("the Egyptian pound"). */
  private static final Set<String> CURRENCIES =
      Set.of(
          "pound",
          "dollar",
          "franc",
          "lira",
          "rupee",
          "yen",
          "yuan",
          "mark",
          "peso",
          "rouble",
          "ruble",
          "riyal",
          "rial",
          "dinar",
          "shekel",
          "rand",
          "won",
          "euro",
          "krona",
          "krone",
          "zloty",
          "forint",
          "baht",
          "ringgit",
          "rupiah",
          "hryvnia",
          "currency");

  /** Measures of an amount whose "of" says what it is ("700 kg of medicine"). */
  /** Nouns of a process whose "of" names what a pattern's object is: "the return of inspectors". */
  private static final Set<String> PROCESS_NOUNS =
      Set.of("return", "deployment", "entry", "arrival", "dispatch", "presence", "resumption");

  private static final Set<String> QUANTITY_NOUNS =
      Set.of(
          "kg",
          "kilogram",
          "ton",
          "tonne",
          "tons",
          "tonnes",
          "barrel",
          "shipment",
          "consignment",
          "cargo",
          "load",
          "batch",
          "package",
          "lot",
          "dose",
          "million",
          "billion",
          "worth",
          "amount",
          "quantity");

  /** Places whose country, named after "in", is what an act against them is against. */
  private static final Set<String> SITE_NOUNS =
      Set.of(
          "facility",
          "plant",
          "site",
          "camp",
          "village",
          "town",
          "city",
          "base",
          "region",
          "province",
          "area",
          "position",
          "target",
          "home",
          "building",
          "compound",
          "hospital",
          "school",
          "market",
          "district",
          "neighbourhood",
          "neighborhood",
          "port",
          "airport");

  /** Proposals and requests, whose owner may follow "from" ("an offer from X"). */
  private static final Set<String> OWNED_NOUNS =
      Set.of(
          "offer",
          "proposal",
          "plan",
          "demand",
          "request",
          "call",
          "appeal",
          "invitation",
          "ultimatum",
          "initiative",
          "bid",
          "plea");

  /** Nouns for armed units: they deploy, they do not visit. */
  private static final Set<String> FORCE_NOUNS =
      Set.of(
          "troop",
          "troops",
          "force",
          "forces",
          "soldier",
          "peacekeeper",
          "contingent",
          "unit",
          "battalion",
          "brigade",
          "warship",
          "vessel",
          "jet",
          "aircraft",
          "deployment");

  /** The subject of a verb when it names armed units ("troops arrived"), else -1. */
  private static int forceSubject(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (!d.relation().startsWith("nsubj")) {
        continue;
      }
      if (FORCE_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return d.dependent();
      }
      // "a first batch of peacekeeping troops arrived"
      for (Dependency of : s.children(d.dependent())) {
        if (of.relation().equals("nmod:of")
            && FORCE_NOUNS.contains(s.token(of.dependent()).lemma().toLowerCase(Locale.ROOT))) {
          return of.dependent();
        }
      }
    }
    return -1;
  }

  private static boolean hasVerbChild(Sentence s, int token) {
    for (Dependency d : s.children(token)) {
      if (s.token(d.dependent()).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /** Whether armed units are peacekeepers ("peacekeeping troops", "peacekeepers"). */
  private static boolean peacekeepers(Sentence s, int unit) {
    if (s.token(unit).lemma().toLowerCase(Locale.ROOT).startsWith("peacekeep")) {
      return true;
    }
    for (Dependency d : s.children(unit)) {
      if (s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT).startsWith("peacekeep")) {
        return true;
      }
      for (Dependency inner : s.children(d.dependent())) {
        if (s.token(inner.dependent()).lemma().toLowerCase(Locale.ROOT).startsWith("peacekeep")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Places a visit may be paid to, named by their country ("the Russian capital"). */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "capital",
          "city",
          "town",
          "region",
          "province",
          "country",
          "border",
          "embassy",
          "consulate",
          "port",
          "base",
          "island",
          "territory",
          "headquarters",
          "village");

  /**
   * Plans, moves and policies: fighting "X's attempt" is opposing it, not fighting X, so a forceful
   * event does not take its target from the owner of such a word.
   */
  private static final Set<String> ABSTRACT_NOUNS =
      Set.of(
          "attempt",
          "move",
          "plan",
          "decision",
          "policy",
          "proposal",
          "law",
          "bill",
          "measure",
          "effort",
          "bid",
          "idea",
          "claim",
          "demand",
          "request",
          "practice",
          "rule",
          "regulation",
          "tariff",
          "program",
          "programme",
          "initiative",
          "reform",
          "deal",
          "agreement",
          "takeover",
          "access",
          "stance",
          "view",
          "plea",
          "offer",
          "ambition",
          "strategy",
          "project",
          "scheme");

  private List<Slot> slots(
      ActorResolution actors,
      Sentence s,
      int trigger,
      List<String> names,
      boolean noun,
      EventPattern pattern) {
    // Coercion and force need a concrete target; a visit needs one named as an actor.
    boolean concrete = pattern != null && forceful(pattern);
    boolean visitSlots = pattern != null && VISITS.contains(pattern.code());
    List<Slot> out = new ArrayList<>();
    boolean passive = !noun && s.token(trigger).isVerb() && isPassive(s, trigger);
    for (String name : names) {
      int subject = name.equals("subj") && !passive ? nearestSubject(s, trigger) : -1;
      for (Dependency d : s.children(trigger)) {
        if (!inSlot(d, name, passive) || subject >= 0 && d.dependent() != subject) {
          continue;
        }
        if (concrete
            && ABSTRACT_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        Slot found = actorAt(actors, s, d.dependent(), 0);
        if (pattern != null
            && (pattern.anyComplement() || pattern.code().equals("054"))
            && found != null
            && (found.token() != d.dependent() || hasVerbChild(s, d.dependent()))) {
          // Any infinitive, and recognition: only an actor named outright ("agreed to discuss the
          // problems of X" is not towards X; "recognised the honesty of X's exporters" is no
          // recognition of X; "with Italy buying corn" is another clause).
          continue;
        }
        if (visitSlots
            && found != null
            && found.token() != d.dependent()
            && !PLACE_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))
            && !s.token(d.dependent()).pos().startsWith("NNP")
            && d.relation().equals("obj")) {
          continue;
        }
        if (found == null) {
          continue;
        }
        if (visitSlots && FIRMS.contains(s.token(found.token()).lemma().toLowerCase(Locale.ROOT))) {
          continue; // "welcome Japanese banks" welcomes their business, not a visit
        }
        for (Actor a : actors.actorsAt(s.index(), found.token())) {
          if (out.stream().noneMatch(x -> x.actor().id().equals(a.id()))) {
            out.add(new Slot(a, found.token()));
          }
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return out;
  }

  /**
   * The subject a clause has when the parser gave it two ("Yulo told Reuters the SRA would protest"
   * read with both Reuters and SRA as subjects of "protest"): the one nearest the verb. -1 when
   * there is one subject or none.
   */
  private static int nearestSubject(Sentence s, int verb) {
    List<Integer> subjects = new ArrayList<>();
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("nsubj")) {
        subjects.add(d.dependent());
      }
    }
    // Conjoined subjects ("Brazil and China pledged") are one subject.
    subjects.removeIf(
        x ->
            s.parents(x).stream()
                .anyMatch(p -> p.base().equals("conj") && subjects.contains(p.head())));
    int nearest = -1;
    for (int x : subjects) {
      if (nearest < 0 || Math.abs(x - verb) < Math.abs(nearest - verb)) {
        nearest = x;
      }
    }
    return subjects.size() > 1 ? nearest : -1;
  }

  /**
   * Whether a dependency fills a slot. In a passive clause the slots follow the meaning, not the
   * syntax: the subject slot is the agent ("was attacked by X") and the object slot is the passive
   * subject.
   */
  private static boolean inSlot(Dependency d, String slot, boolean passive) {
    String r = d.relation();
    if (passive && slot.equals("subj")) {
      return r.equals("obl:agent") || r.equals("obl:by");
    }
    if (passive && slot.equals("obj")) {
      return r.equals("nsubj:pass") || r.equals("nsubj:pass:xsubj");
    }
    return switch (slot) {
      case "subj" -> r.equals("nsubj") || r.equals("nsubj:xsubj");
      case "poss" -> r.equals("nmod:poss");
      case "obj" -> r.equals("obj") || r.equals("dobj");
      case "iobj" -> r.equals("iobj");
      case "by" -> r.equals("nmod:by") || r.equals("obl:by") || r.equals("obl:agent");
      default -> r.equals("nmod:" + slot) || r.equals("obl:" + slot);
    };
  }

  private static boolean isPassive(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("aux:pass") || d.relation().startsWith("nsubj:pass")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actor a slot's word stands for: the word itself, or what it belongs to ("Japan's
   * sovereignty", "Japanese sovereignty", "the government of Japan", "calls by X", "an offer from
   * X"), one level down.
   */
  private Slot actorAt(ActorResolution actors, Sentence s, int token, int depth) {
    Actor a = actors.actorAt(s.index(), token);
    if (a != null) {
      return new Slot(a, token);
    }
    if (depth > 0
        || !s.token(token).isNoun()
        || CURRENCIES.contains(s.token(token).lemma().toLowerCase(Locale.ROOT))) {
      // "the Egyptian pound" is money, not Egypt.
      return null;
    }
    if (depth == 0) {
      // The word's own name comes first: "West Germany's Siemens AG" is Siemens, not Germany.
      for (Dependency d : s.children(token)) {
        Actor named =
            d.relation().equals("compound") ? actors.actorAt(s.index(), d.dependent()) : null;
        if (named != null) {
          return new Slot(named, d.dependent());
        }
      }
      // A company or party the dictionaries do not know is not the country that owns it:
      // "France's Alcatel", "Brazilian PMDB" name no actor.
      if (unknownOrganisation(s, token) || ownedByUnknownOrganisation(actors, s, token)) {
        return null;
      }
    }
    String lemma = s.token(token).lemma().toLowerCase(Locale.ROOT);
    for (Dependency d : s.children(token)) {
      String r = d.relation();
      if (r.equals("nmod:poss")
          || r.equals("amod")
          || r.equals("compound")
          || r.equals("nmod:of")
          || r.equals("nmod:by")
          || r.equals("nmod:agent")
          || r.equals("nmod:from") && OWNED_NOUNS.contains(lemma)
          || r.equals("nmod:in") && SITE_NOUNS.contains(lemma)) {
        Slot inner = actorAt(actors, s, d.dependent(), depth + 1);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  /**
   * Whether a word is a proper name the tagger reads as an organisation, or a noun such as "party"
   * or "company" named by one ("the PMDB party"): an actor only if the dictionaries know it.
   */
  private static boolean unknownOrganisation(Sentence s, int token) {
    if (s.token(token).isProperNoun() && s.token(token).ner().equals("ORGANIZATION")) {
      return true;
    }
    for (Dependency d : s.children(token)) {
      if (d.relation().equals("compound")
          && s.token(d.dependent()).isProperNoun()
          && s.token(d.dependent()).ner().equals("ORGANIZATION")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a noun belongs to an organisation the dictionaries do not know: "Ford's Mexican unit"
   * and "the Dutch unit of IBM" are the company's, not Mexico or the Netherlands.
   */
  private static boolean ownedByUnknownOrganisation(ActorResolution actors, Sentence s, int token) {
    for (Dependency d : s.children(token)) {
      int owner = d.dependent();
      if ((d.relation().equals("nmod:poss") || d.relation().equals("nmod:of"))
          && unknownOrganisation(s, owner)
          && actors.actorAt(s.index(), owner) == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The source of an event noun without its own possessor, taken from the noun it belongs to: "X's
   * engagements, including meetings with Y" makes X the source of the meetings, and "X held
   * meetings with Y" (a light verb) makes its subject the source.
   */
  private List<Slot> inheritedSources(ActorResolution actors, Sentence s, int trigger) {
    for (int verb : lightVerbs(s, trigger)) {
      List<Slot> subject = slots(actors, s, verb, List.of("subj"), false);
      if (!subject.isEmpty()) {
        return subject;
      }
    }
    int current = trigger;
    for (int level = 0; level < 2; level++) {
      int head = -1;
      for (Dependency d : s.parents(current)) {
        String b = d.base();
        if (d.head() >= 0
            && s.token(d.head()).isNoun()
            && (INCLUDING.contains(d.relation()) || b.equals("appos") || b.equals("conj"))) {
          head = d.head();
          break;
        }
      }
      if (head < 0) {
        return List.of();
      }
      for (Dependency d : s.children(head)) {
        if (d.relation().equals("nmod:poss")) {
          Slot slot = actorAt(actors, s, d.dependent(), 1);
          if (slot != null) {
            return List.of(slot);
          }
        }
      }
      current = head;
    }
    return List.of();
  }

  /**
   * Relations by which an event noun is one of its owner's events ("X's engagements, including
   * meetings with Y"); not "of" ("X's veto of sanctions" does not make X their source).
   */
  private static final Set<String> INCLUDING =
      Set.of("nmod:including", "nmod:such_as", "nmod:like", "nmod:notably");

  /**
   * The source of a participle without a subject, from what it describes: "police opened fire,
   * killing one person" (the subject of the verb it modifies), "rebels demanding reforms" (the noun
   * it modifies), "issued a declaration demanding that ..." (the subject of the verb whose object
   * it modifies).
   */
  private List<Slot> participleSources(ActorResolution actors, Sentence s, int trigger) {
    if (s.children(trigger).stream().anyMatch(d -> d.relation().equals("nsubj"))) {
      // A subject of its own, though not an actor: "called on the government to seek help" is
      // sought by the government.
      return List.of();
    }
    if (s.token(trigger).pos().equals("VB") && hasChild(s, trigger, "mark", "to")) {
      // A purpose: "began a hunger strike to protest against X" is protested by the strikers.
      for (Dependency d : s.parents(trigger)) {
        if (d.head() >= 0
            && (d.base().equals("advcl") || d.base().equals("xcomp"))
            && s.token(d.head()).isVerb()) {
          return slots(actors, s, d.head(), List.of("subj"), false);
        }
      }
      return List.of();
    }
    if (!s.token(trigger).pos().equals("VBG")) {
      return List.of();
    }
    for (Dependency d : s.parents(trigger)) {
      if (d.head() < 0) {
        continue;
      }
      int head = d.head();
      if ((d.base().equals("advcl") || d.base().equals("dep")) && s.token(head).isVerb()) {
        return slots(actors, s, head, List.of("subj"), false);
      }
      if (d.base().equals("acl") && s.token(head).isNoun()) {
        Slot own = actorAt(actors, s, head, 0);
        if (own != null) {
          return List.of(own);
        }
        for (Dependency up : s.parents(head)) {
          if (up.head() >= 0 && up.base().equals("obj") && s.token(up.head()).isVerb()) {
            return slots(actors, s, up.head(), List.of("subj"), false);
          }
        }
      }
    }
    return List.of();
  }

  /** Whether an event noun refers back to an event already stated ("the visit", "his visit"). */
  private static boolean anaphoric(Sentence s, int trigger) {
    for (Dependency d : s.children(trigger)) {
      if (d.relation().equals("det")
          && DETERMINED.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (d.relation().equals("nmod:poss")) {
        return true;
      }
    }
    return false;
  }

  private static Hit last(List<Hit> hits, EventPattern p) {
    for (int i = hits.size() - 1; i >= 0; i--) {
      Hit h = hits.get(i);
      if (h.pattern().lemma().equals(p.lemma()) && h.pattern().code().equals(p.code())) {
        return h;
      }
    }
    return null;
  }

  /** A verb used as an adjective ("occupied territories") states no event. */
  private static boolean isAttributive(Sentence s, int trigger) {
    for (Dependency d : s.parents(trigger)) {
      if (d.relation().equals("amod")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The infinitival complement of a trigger whose lemma the pattern requires: "call on X to cease",
   * "urge X to withdraw". Also accepts the parse in which the event noun is the subject of the
   * complement ("X's call to Russia to cease ..." read as nsubj(cease, call)).
   */
  private static int complement(Sentence s, int trigger, EventPattern p) {
    for (Dependency d : s.children(trigger)) {
      String b = d.base();
      if (p.anyComplement()) {
        // Any verb: only an infinitive the trigger governs ("agreed to reopen").
        if (b.equals("xcomp") && s.token(d.dependent()).isVerb()) {
          return d.dependent();
        }
        continue;
      }
      if ((b.equals("xcomp") || b.equals("acl") || b.equals("advcl") || b.equals("ccomp"))
          && p.complement().contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))
          && !metObligation(s, d.dependent())) {
        return d.dependent();
      }
    }
    for (Dependency d : s.parents(trigger)) {
      if (d.relation().startsWith("nsubj")
          && d.head() >= 0
          && !p.anyComplement()
          && p.complement().contains(s.token(d.head()).lemma().toLowerCase(Locale.ROOT))
          && hasChild(s, d.head(), "mark", "to")) {
        return d.head();
      }
    }
    return -1;
  }

  /** Whether a trigger's clause is what a condition or proposal noun says ("the idea that ..."). */
  private static boolean underConditionNoun(Sentence s, int trigger) {
    int current = trigger;
    for (int level = 0; level < 4 && current >= 0; level++) {
      int parent = -1;
      for (Dependency d : s.parents(current)) {
        if (d.head() < 0) {
          continue;
        }
        String b = d.base();
        if ((b.equals("acl") || b.equals("ccomp"))
            && CONDITION_NOUNS.contains(s.token(d.head()).lemma().toLowerCase(Locale.ROOT))
            && hasChild(s, current, "mark", "that")) {
          return true;
        }
        if (b.equals("xcomp") || b.equals("dep") || b.equals("conj")) {
          parent = d.head();
        }
      }
      current = parent;
    }
    return false;
  }

  /** Nouns whose clause is a condition: "on condition that X withdraws". */
  private static final Set<String> CONDITION_NOUNS =
      Set.of(
          "condition",
          "proviso",
          "precondition",
          // what is proposed has not happened: "rejected a suggestion that his country seek help"
          "suggestion",
          "proposal",
          "idea",
          "recommendation",
          "request",
          "demand",
          "call",
          "hope",
          "wish");

  /** What is met without a meeting: "meet commitments", "meet the deadline". */
  private static final Set<String> MET_OBLIGATIONS =
      Set.of(
          "commitment",
          "obligation",
          "target",
          "demand",
          "need",
          "requirement",
          "deadline",
          "standard",
          "criterion",
          "criteria",
          "goal",
          "expectation",
          "condition",
          "cost",
          "payment",
          "quota",
          "challenge",
          "share",
          "complaint",
          "concern",
          "criticism",
          "objection",
          "shortfall",
          "gap",
          "bill",
          "debt",
          "expense");

  /** Whether a complement "meet" is meeting an obligation, not people. */
  private static boolean metObligation(Sentence s, int verb) {
    return s.token(verb).lemma().equalsIgnoreCase("meet")
        && childWith(s, verb, "obj", MET_OBLIGATIONS) >= 0;
  }

  /** Verbs that state a demand when what they report "must" happen. */
  private static final Set<String> MUST_SPEECH =
      Set.of("say", "declare", "announce", "insist", "conclude", "state", "stress");

  /**
   * The clause of a speech verb that says what its subject must do ("declared that China must
   * drop"), or -1.
   */
  private static int mustClause(Sentence s, int verb) {
    if (!MUST_SPEECH.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (Dependency d : s.children(verb)) {
      if (d.base().equals("ccomp") && hasChild(s, d.dependent(), "aux", "must")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * The finite clause a trigger governs ("demanded that X withdraw", "its demand that X ease"), or
   * -1.
   */
  private static int finiteClause(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      String b = d.base();
      if (b.equals("ccomp")
          || (b.equals("acl") || b.equals("advcl")) && hasChild(s, d.dependent(), "mark", "that")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** An infinitival clause under {@code head} ("to return"), or -1. */
  private static int infinitive(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      String b = d.base();
      if ((b.equals("xcomp") || b.equals("acl") || b.equals("advcl") || b.equals("ccomp"))
          && hasChild(s, d.dependent(), "mark", "to")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The head of {@code token} by {@code relation} whose lemma is one of {@code lemmas}, or -1. */
  private static int parentWith(Sentence s, int token, String relation, Set<String> lemmas) {
    for (Dependency d : s.parents(token)) {
      if (d.head() >= 0
          && d.relation().equals(relation)
          && lemmas.contains(s.token(d.head()).lemma().toLowerCase(Locale.ROOT))) {
        return d.head();
      }
    }
    return -1;
  }

  /**
   * The child of {@code head} in {@code relation} whose lemma is one of {@code lemmas} (any lemma
   * when null), or -1.
   */
  private static int childWith(Sentence s, int head, String relation, Set<String> lemmas) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals(relation)
          && (lemmas == null
              || lemmas.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)))) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * The oblique of a word with this preposition, or -1; "under:investigation" also wants the
   * oblique's own lemma ("put X under investigation", not "under pressure").
   */
  private static int oblique(Sentence s, int head, String preposition) {
    int colon = preposition.indexOf(':');
    String prep = colon < 0 ? preposition : preposition.substring(0, colon);
    String lemma = colon < 0 ? null : preposition.substring(colon + 1);
    for (Dependency d : s.children(head)) {
      if ((d.relation().equals("obl:" + prep)
              || d.relation().equals("nmod:" + prep)
              || d.relation().equals("advcl:" + prep))
          && (lemma == null || s.token(d.dependent()).lemma().equalsIgnoreCase(lemma))) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static boolean hasChild(Sentence s, int head, String relation, String lemma) {
    return childWith(s, head, relation, Set.of(lemma.toLowerCase(Locale.ROOT))) >= 0;
  }

  /**
   * The modality of the clause around a trigger: negation, future (will, prepares to, plans to, an
   * upcoming visit), hypothetical (could, would, if). An event noun takes the modality of the verb
   * it belongs to.
   */
  private static Modality modality(Sentence s, int trigger) {
    if (underConditionNoun(s, trigger)) {
      return Modality.HYPOTHETICAL; // "declared on condition that Iran stop attacking"
    }
    if (s.token(trigger).isNoun()) {
      for (Dependency d : s.children(trigger)) {
        if (d.relation().equals("amod")
            && PROSPECT_ADJECTIVES.contains(
                s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
          return Modality.HYPOTHETICAL; // "the administration's proposed tariffs"
        }
      }
    }
    Modality governed = governed(s, trigger);
    if (governed != null) {
      return governed;
    }
    int current = trigger;
    for (int level = 0; level < 4 && current >= 0; level++) {
      Token t = s.token(current);
      if (futureConjunct(s, current)) {
        return Modality.FUTURE; // "will make a visit ... and hold talks"
      }
      for (Dependency d : s.parents(current)) {
        // "until X recognises ... and withdraws": the condition covers every conjunct.
        if (d.base().equals("conj")
            && d.head() >= 0
            && t.isVerb()
            && childWith(s, d.head(), "mark", CONDITION_MARKS) >= 0) {
          return Modality.HYPOTHETICAL;
        }
      }
      for (Dependency d : s.children(current)) {
        String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
        if (d.relation().equals("advmod") && NEGATORS.contains(lemma)
            || d.relation().equals("det") && lemma.equals("no")
            || d.relation().equals("cc") && (lemma.equals("nor") || lemma.equals("neither"))) {
          // "... nor has it opened its market"; "will not allow" before its auxiliary
          return Modality.NEGATED;
        }
      }
      for (Dependency d : s.children(current)) {
        String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
        if (d.relation().startsWith("aux") && FUTURE_AUX.contains(w)) {
          return Modality.FUTURE;
        }
        if (d.relation().startsWith("aux")
            && w.equals("would")
            && underSpeech(s, current)
            && !hasChild(s, current, "mark", "if")
            && !hasChild(s, current, "mark", "unless")) {
          return Modality.FUTURE; // "said they would make three trips"
        }
        if (d.relation().startsWith("aux") && HYPOTHETICAL_AUX.contains(w)) {
          return Modality.HYPOTHETICAL;
        }
        if (d.relation().equals("mark") && CONDITION_MARKS.contains(lemma)
            || d.base().equals("advcl")
                && childWith(s, d.dependent(), "mark", IF_MARKS) >= 0
                && !ASK_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
          // "if X attacks", "if the talks succeed, they will go"; but "asked if protection could
          // be provided" asks what the clause says, on no condition.
          return Modality.HYPOTHETICAL;
        }
        if (d.relation().startsWith("aux")
            && lemma.equals("be")
            && hasChild(s, current, "mark", "to")) {
          return Modality.FUTURE; // "the two governments are to agree"
        }
        if (t.isNoun() && d.relation().equals("amod") && FUTURE_MODIFIERS.contains(lemma)) {
          return Modality.FUTURE;
        }
      }
      int parent = -1;
      for (Dependency d : s.parents(current)) {
        if (d.head() < 0) {
          continue;
        }
        String b = d.base();
        if (b.equals("xcomp") || b.equals("ccomp") || b.equals("advcl")) {
          // Directive governors are handled, at any depth, by governed().
          String governor = s.token(d.head()).lemma().toLowerCase(Locale.ROOT);
          if (b.equals("advcl") && hasChild(s, current, "mark", "to")) {
            // A purpose shares the modality of what it is for: "would lend oil to help X".
            parent = d.head();
            break;
          }
          if (b.equals("advcl")
              && t.pos().equals("VBG")
              && s.children(current).stream().noneMatch(x -> x.relation().equals("mark"))) {
            // A participle shares its clause's: "will extend his tour, flying to Japan".
            parent = d.head();
            break;
          }
          if (!b.equals("xcomp")) {
            break;
          }
          if (REFUSAL_GOVERNORS.contains(governor) || FAILURE_GOVERNORS.contains(governor)) {
            return Modality.NEGATED;
          }
          if (governor.equals("threaten") || governor.equals("warn")) {
            return Modality.HYPOTHETICAL; // a threat is conditional
          }
          if (WISH_GOVERNORS.contains(governor)
              || s.token(d.head()).word().equalsIgnoreCase("prepared")) {
            return Modality.HYPOTHETICAL; // "wants to increase exports" is a wish
          }
          if (FUTURE_GOVERNORS.contains(governor)) {
            return Modality.FUTURE;
          }
          parent = d.head();
          break;
        }
        if (t.isNoun() && b.equals("obj")) {
          parent = d.head();
          break;
        }
        if (b.equals("dep") && t.pos().equals("VBG") && s.token(d.head()).isVerb()) {
          parent = d.head(); // "that Iran stop attacking": a loose gerund under its verb
          break;
        }
        if (d.relation().equals("acl")
            && t.pos().equals("VBG")
            && s.children(current).stream().noneMatch(x -> x.relation().equals("mark"))) {
          parent = d.head(); // "will extend his tour, flying to Japan": the tour's modality
          break;
        }
      }
      current = parent;
    }
    return Modality.ASSERTED;
  }

  private static final Set<String> OFFICIAL_SECTORS = Set.of("GOV", "JUD");

  /**
   * Whether an actor's token names a state by its name ("Japan", "South Korea"), not its people
   * ("Palestinians", "Syrian tribes").
   */
  private static boolean namedState(Sentence s, int token) {
    return s.token(token).pos().equals("NNP");
  }

  /** Whether a token is the subject of a verb of speech ("..., a spokesman said"). */
  private static boolean speaker(Sentence s, int token) {
    for (Dependency d : s.parents(token)) {
      if (d.relation().startsWith("nsubj")
          && d.head() >= 0
          && SPEECH_VERBS.contains(s.token(d.head()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean adjectival(Sentence s, int token) {
    for (Dependency d : s.parents(token)) {
      if (d.base().equals("amod")) {
        return true;
      }
    }
    // "..., visiting U.S. Under-Secretary X told Y": a participle before a name it describes,
    // parsed as a verb with neither subject nor object.
    return s.token(token).pos().equals("VBG")
        && token + 1 < s.tokens().size()
        && s.token(token + 1).pos().startsWith("NNP")
        && s.children(token).stream()
            .noneMatch(d -> d.base().equals("nsubj") || d.base().equals("obj"));
  }

  /** Whether a present-tense verb is said to happen later today ("travels to Italy tonight"). */
  private static boolean laterToday(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if ((d.relation().endsWith("tmod") || d.relation().equals("advmod"))
          && (w.equals("tonight") || w.equals("later"))) {
        return true;
      }
      if (d.relation().endsWith("tmod")
          && (w.equals("evening") || w.equals("afternoon"))
          && hasChild(s, d.dependent(), "det", "this")) {
        return true;
      }
    }
    return false;
  }

  /** The verb of a trigger's clause: the trigger itself, or the verb an event noun is object of. */
  private static int clauseVerb(Sentence s, int trigger) {
    if (s.token(trigger).isVerb()) {
      return trigger;
    }
    for (Dependency d : s.parents(trigger)) {
      if (d.head() >= 0 && d.base().equals("obj") && s.token(d.head()).isVerb()) {
        return d.head();
      }
    }
    return -1;
  }

  /** Present tense or a present participle ("leaves", "hold", "is holding"). */
  private static boolean presentTense(Token t) {
    String pos = t.pos();
    return pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBG");
  }

  /** Whether a trigger is what a right that is given up would allow: "waived its right to". */
  private static boolean waived(Sentence s, int trigger) {
    for (Dependency d : s.parents(trigger)) {
      if (d.head() >= 0
          && d.base().equals("xcomp")
          && WAIVER_VERBS.contains(s.token(d.head()).lemma().toLowerCase(Locale.ROOT))
          && childWith(s, d.head(), "obj", WAIVABLE_NOUNS) >= 0) {
        return true; // parsed as "waived ... to impose", with the right as its object
      }
      if (d.head() >= 0
          && WAIVABLE_NOUNS.contains(s.token(d.head()).lemma().toLowerCase(Locale.ROOT))
          && parentWith(s, d.head(), "obj", WAIVER_VERBS) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> WAIVABLE_NOUNS =
      Set.of("right", "power", "authority", "option", "claim");
  private static final Set<String> WAIVER_VERBS =
      Set.of("waive", "renounce", "relinquish", "forgo", "forego", "surrender", "abandon");

  /** Nouns whose infinitive has not happened: "a demand to withdraw", "a threat to impose". */
  private static final Set<String> PROSPECT_NOUNS =
      Set.of(
          "demand",
          "threat",
          "plan",
          "proposal",
          "offer",
          "promise",
          "pledge",
          // "waived its right to impose duties", "an attempt to cut aid"
          "right",
          "power",
          "authority",
          "option",
          "ability",
          "chance",
          "opportunity",
          "attempt",
          "effort",
          "bid");

  /**
   * Whether a trigger stands in what someone is asked or urged to do ("urged X to impose", "called
   * on X to withdraw", "a demand that X withdraw"), however deep.
   */
  /** Verbs whose "of", "for" or "with" clause is what someone is accused or punished for. */
  private static final Set<String> ALLEGING_GOVERNORS =
      Set.of(
          "accuse",
          "charge",
          "blame",
          "suspect",
          "arrest",
          "detain",
          "jail",
          "imprison",
          "convict",
          "indict",
          "sentence",
          "prosecute",
          "punish",
          "fine",
          "condemn",
          "denounce",
          "criticize",
          "criticise",
          "fault");

  /**
   * Whether a verb is what its governor accuses or punishes someone of: "accused X of violating",
   * "arrested for collaborating with Y", "charged with smuggling".
   */
  private static boolean alleged(Sentence s, int trigger) {
    for (Dependency d : s.parents(trigger)) {
      if (d.head() < 0) {
        continue;
      }
      String r = d.relation();
      if ((r.equals("advcl:of")
              || r.equals("advcl:for")
              || r.equals("advcl:with")
              || r.equals("acl:of")
              || r.equals("acl:for"))
          && ALLEGING_GOVERNORS.contains(s.token(d.head()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb has a subject of its own, active or passive. */
  private static boolean hasSubject(Sentence s, int trigger) {
    for (Dependency d : s.children(trigger)) {
      if (d.relation().startsWith("nsubj") || d.relation().startsWith("csubj")) {
        return true;
      }
    }
    return false;
  }

  private static boolean directed(Sentence s, int trigger) {
    int current = trigger;
    for (int level = 0; level < 6 && current >= 0; level++) {
      int parent = -1;
      for (Dependency d : s.parents(current)) {
        if (d.head() < 0) {
          continue;
        }
        String b = d.base();
        boolean clause = b.equals("xcomp") || b.equals("ccomp") || b.equals("advcl");
        String governor = s.token(d.head()).lemma().toLowerCase(Locale.ROOT);
        boolean asked =
            d.relation().equals("obl:for") || d.relation().equals("nmod:for"); // "called for X"
        if ((clause || asked) && DIRECTIVE_GOVERNORS.contains(governor)) {
          return true;
        }
        if (clause
            || b.equals("acl") && !d.relation().equals("acl:relcl")
            || s.token(current).isNoun() && b.equals("obj")) {
          parent = d.head();
          break;
        }
      }
      current = parent;
    }
    return false;
  }

  /** Whether a dependency is the controller of a clause and a prospect noun ("its right"). */
  private static boolean prospect(Sentence s, Dependency d) {
    // "Reagan's threat to impose tariffs ... was unlikely to": parsed as the subject of the
    // infinitive.
    boolean controller =
        d.relation().equals("nsubj:xsubj")
            || d.relation().equals("nsubj") && hasChild(s, d.head(), "mark", "to");
    return controller
        && s.token(d.dependent()).isNoun()
        && PROSPECT_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT));
  }

  /** Adjectives that make an event noun a prospect: "the proposed tariffs", "a planned visit". */
  private static final Set<String> PROSPECT_ADJECTIVES =
      Set.of("proposed", "planned", "possible", "potential", "threatened", "prospective");

  private static final Set<String> WISH_NOUNS =
      Set.of(
          "interest",
          "hope",
          "desire",
          "wish",
          "readiness",
          "willingness",
          "intention",
          "plan",
          "proposal",
          "prospect",
          "possibility",
          "bid",
          "call",
          "need");

  /** Words that deny what their clause or object says ("denied that X sent arms"). */
  private static final Set<String> DENIAL_GOVERNORS =
      Set.of("deny", "dismiss", "refute", "reject", "disprove");

  /** Nouns whose clause reports a claim ("a report that X ..."). */
  private static final Set<String> CLAIM_NOUNS =
      Set.of("report", "reports", "claim", "allegation", "suggestion", "rumour", "rumor", "story");

  /**
   * The modality a governing word imposes on everything below it, however deep: what is asked for
   * ("urged X not to impose tariffs", "aimed at persuading X to") is hypothetical, what is denied
   * ("denied a report that X was shipping arms") is negated. Null when no such word governs the
   * trigger.
   */
  private static Modality governed(Sentence s, int trigger) {
    int current = trigger;
    for (int level = 0; level < 6 && current >= 0; level++) {
      int parent = -1;
      for (Dependency d : s.parents(current)) {
        if (d.head() < 0) {
          continue;
        }
        String b = d.base();
        Token head = s.token(d.head());
        String governor = head.lemma().toLowerCase(Locale.ROOT);
        boolean clause = b.equals("xcomp") || b.equals("ccomp") || b.equals("advcl");
        if ((b.equals("xcomp") || b.equals("csubj"))
            && s.children(current).stream().anyMatch(x -> prospect(s, x))) {
          return Modality.HYPOTHETICAL; // "waived its right to impose duties", read as control
        }
        if (clause && DIRECTIVE_GOVERNORS.contains(governor)
            || (clause || b.equals("acl")) && head.isNoun() && PROSPECT_NOUNS.contains(governor)) {
          return Modality.HYPOTHETICAL;
        }
        if ((clause || b.equals("obj")) && head.isVerb() && DENIAL_GOVERNORS.contains(governor)) {
          return Modality.NEGATED;
        }
        if (s.token(current).isNoun()
            && head.isNoun()
            && b.equals("nmod")
            && WISH_NOUNS.contains(governor)) {
          return Modality.HYPOTHETICAL; // "Tunisia's interest in security cooperation"
        }
        boolean claim = (b.equals("acl") || b.equals("ccomp")) && CLAIM_NOUNS.contains(governor);
        if (b.equals("xcomp")
            || claim
            || s.token(current).isNoun() && b.equals("obj")
            || b.equals("ccomp") && !SPEECH_VERBS.contains(governor)) {
          parent = d.head();
          break;
        }
      }
      current = parent;
    }
    return null;
  }

  /** Who reported the event: the speaker of a speech verb whose clause contains the trigger. */
  private static Actor reporter(ActorResolution actors, Sentence s, int trigger) {
    int current = trigger;
    for (int level = 0; level < 4 && current >= 0; level++) {
      int parent = -1;
      for (Dependency d : s.parents(current)) {
        if (d.head() >= 0) {
          parent = d.head();
          if (d.base().equals("ccomp")
              && SPEECH_VERBS.contains(s.token(parent).lemma().toLowerCase(Locale.ROOT))) {
            for (Dependency c : s.children(parent)) {
              if (c.relation().equals("nsubj")) {
                Actor a = actors.actorAt(s.index(), c.dependent());
                if (a != null) {
                  return a;
                }
              }
            }
          }
          break;
        }
      }
      current = parent;
    }
    return null;
  }

  private static final Set<String> DATE_RELATIONS =
      Set.of(
          "obl:tmod",
          "nmod:tmod",
          "obl:npmod",
          "obl:on",
          "obl:in",
          "obl:during",
          "nmod:on",
          "nmod:in",
          "nmod:during",
          "obl:since",
          "obl:until");

  /**
   * The date the text gives the event: a date expression attached to the trigger ("on Monday", "in
   * 2008", "last week"), else the article's. A year or month alone gives its first day.
   */
  private static LocalDate date(AnnotatedDoc doc, Sentence s, int trigger) {
    for (Dependency d : s.children(trigger)) {
      if (!DATE_RELATIONS.contains(d.relation())) {
        continue;
      }
      Span span = s.token(d.dependent()).span();
      for (TimeMention t : doc.times()) {
        if (t.sentence() == s.index() && t.span().contains(span) && t.value() != null) {
          LocalDate weekday = weekday(doc, s, trigger, t);
          if (weekday != null) {
            return weekday;
          }
          LocalDate parsed = parseTimex(t.value());
          if (parsed != null) {
            return parsed;
          }
        }
      }
    }
    return doc.article().date();
  }

  /**
   * A weekday named alone ("on Saturday"), resolved from the article's date and the tense of its
   * verb: the last such day for a past verb, the next for a present or future one; null when the
   * tense does not say. SUTime's own resolution of weekdays can carry over from an earlier article
   * in the same process (CoreNLP issue 1061), so it is not used for them.
   */
  private static LocalDate weekday(AnnotatedDoc doc, Sentence s, int verb, TimeMention t) {
    LocalDate today = doc.article().date();
    if (today == null || !s.token(verb).isVerb()) {
      return null;
    }
    java.time.DayOfWeek day;
    try {
      day = java.time.DayOfWeek.valueOf(t.text().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
    String pos = s.token(verb).pos();
    boolean future = presentTense(s.token(verb)) || hasAuxIn(s, verb, FUTURE_AUX);
    boolean past = pos.equals("VBD") || pos.equals("VBN");
    if (future == past) {
      return null;
    }
    LocalDate d = today;
    while (d.getDayOfWeek() != day) {
      d = future ? d.plusDays(1) : d.minusDays(1);
    }
    return d;
  }

  private static boolean hasAuxIn(Sentence s, int verb, Set<String> words) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().startsWith("aux")
          && words.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A TIMEX3 date value as a day: {@code 2024-03-12}, {@code 2008-05} or {@code 2008}. */
  static LocalDate parseTimex(String value) {
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(value);
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        return LocalDate.parse(value + "-01");
      }
      if (value.matches("\\d{4}")) {
        return LocalDate.of(Integer.parseInt(value), 1, 1);
      }
      if (value.matches("\\d{4}-W\\d{2}")) {
        // A week ("next week"): its Monday.
        return LocalDate.parse(value + "-1", java.time.format.DateTimeFormatter.ISO_WEEK_DATE);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }

  /**
   * The events with their confidence estimated from their features; a reciprocal takes its pair's.
   */
  private static List<Event> calibrated(AnnotatedDoc doc, List<Actor> actors, List<Event> events) {
    Map<String, Double> byId = new java.util.HashMap<>();
    for (Event e : events) {
      if (e.reciprocal() == null || e.id().compareTo(e.reciprocal()) < 0) {
        byId.put(e.id(), CONFIDENCE.estimate(EventFeatures.of(doc, actors, events, e)));
      }
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      Double c = byId.get(e.id());
      out.add(e.withConfidence(c != null ? c : byId.getOrDefault(e.reciprocal(), 0.0)));
    }
    return out;
  }

  private List<Event> group(List<Hit> hits) {
    Map<String, List<Hit>> byKey = new LinkedHashMap<>();
    for (Hit h : hits) {
      String key =
          (h.source() == null ? "-" : h.source().code())
              + "|"
              + (h.target() == null ? "-" : h.target().code())
              + "|"
              + h.code()
              + "|"
              + h.modality();
      List<Hit> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      if (list.stream()
          .noneMatch(
              x ->
                  x.mention().sentence() == h.mention().sentence()
                      && x.mention().action().equals(h.mention().action()))) {
        list.add(h);
      }
    }
    List<Event> events = new ArrayList<>();
    int n = 1;
    for (List<Hit> group : byKey.values()) {
      Hit first = group.get(0);
      List<EventMention> mentions = group.stream().map(Hit::mention).toList();
      String id = "e" + n++;
      String recipId =
          first.pattern().reciprocal() == null
                  || first.stance() != null
                  || first.target() == null
                  || first.source() == null
              ? null
              : "e" + n++;
      events.add(
          event(
              id,
              codes.get(first.code()),
              first,
              first.source(),
              first.target(),
              recipId,
              mentions,
              null));
      if (recipId != null && first.target() != null) {
        events.add(
            event(
                recipId,
                codes.get(first.pattern().reciprocal()),
                first,
                first.target(),
                first.source(),
                id,
                mentions,
                id));
      }
    }
    return events;
  }

  private Event event(
      String id,
      CameoCode code,
      Hit first,
      Actor source,
      Actor target,
      String reciprocal,
      List<EventMention> mentions,
      String reciprocalOf) {
    String explanation =
        (source == null ? "no source" : source.code() + " (" + source.name() + ")")
            + " -> "
            + (target == null ? "no target" : target.code() + " (" + target.name() + ")")
            + ": "
            + code.code()
            + " "
            + code.name()
            + (reciprocalOf == null
                ? ", from the " + first.pattern().describe()
                : ", the reciprocal of event " + reciprocalOf)
            + (first.stance() == null || reciprocalOf != null ? "" : ", as the " + first.stance())
            + " ["
            + first.pattern().line()
            + "]; "
            + first.modality().name().toLowerCase(Locale.ROOT)
            + "; "
            + mentions.size()
            + (mentions.size() == 1 ? " mention" : " mentions");
    return new Event(
        id,
        code,
        plover.forAnyCode(code.code()).orElse(null),
        source == null ? null : source.id(),
        source == null ? null : source.code(),
        target == null ? null : target.id(),
        target == null ? null : target.code(),
        first.modality(),
        first.date(),
        first.reporter() == null ? null : first.reporter().id(),
        reciprocal,
        explanation,
        0.0, // estimated from the event's features once all events are known
        mentions,
        null);
  }
}
