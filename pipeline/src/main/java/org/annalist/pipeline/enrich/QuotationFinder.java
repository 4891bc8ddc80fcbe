package org.annalist.pipeline.enrich;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.model.Actor;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Dependency;
import org.annalist.model.Enrichment.Cue;
import org.annalist.model.Enrichment.Quotation;
import org.annalist.model.Enrichment.QuotationKind;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;
import org.annalist.pipeline.actor.ActorResolution;

/**
 * Finds who said what, with rules over the parsed sentences (measured faster than CoreNLP's quote
 * annotator, which needs its own coreference pass to attribute quotes):
 *
 * <ul>
 *   <li>direct: words between quotation marks within one paragraph ('"...," the minister said', 'X
 *       said: "..."'); the speaker is the subject of the nearest speech verb ({@code
 *       speech-verbs.tsv}) outside the marks in the same sentences, at most eight tokens away, or
 *       at the start of the next sentence, unless that verb reports a clause of its own. Marks
 *       around fewer than six words without a speaker are scare quotes and left out.
 *   <li>indirect: a speech verb with a clausal complement ("X said that ...", "X told reporters
 *       ..."); the words are the complement's. A subject with a demonstrative that is no actor
 *       ("this visit underlines that ...") says nothing.
 *   <li>according: "according to X", the words being the rest of the sentence.
 * </ul>
 *
 * The speaker resolves to an actor through the token it stands on (a pronoun too, where the actor
 * resolver linked it). Stateless and thread-safe.
 */
final class QuotationFinder {
  /** Class-path location of the speech verbs. */
  static final String RESOURCE = "speech-verbs.tsv";

  private static final int MIN_UNATTRIBUTED_WORDS = 6;
  private static final int NEXT_SENTENCE_REACH = 8;
  private static final int VERB_REACH = 8;
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
  private static final Set<String> KINDS = Set.of("say", "write", "assert");
  private static final Set<String> SPEAKER_RELATIONS =
      Set.of(
          "compound", "flat", "det", "amod", "nmod:poss", "case", "nummod", "cc", "conj", "appos");

  /** Modifiers of a speaker's noun that are no part of the speaker: dates, measures. */
  private static final Set<String> NOT_SPEAKER_NMODS = Set.of("nmod:tmod", "nmod:npmod");

  private final Set<String> verbs;

  QuotationFinder(Set<String> verbs) {
    this.verbs = Set.copyOf(verbs);
  }

  /** The speech verbs shipped with Annalist. */
  static QuotationFinder load() {
    return of(EnrichTsv.read(RESOURCE, 2));
  }

  /** Speech verbs read from {@code in}; {@code file} names it in messages. */
  static QuotationFinder parse(java.io.InputStream in, String file) throws java.io.IOException {
    return of(EnrichTsv.parse(in, file, 2));
  }

  private static QuotationFinder of(List<EnrichTsv.Row> rows) {
    Set<String> verbs = new HashSet<>();
    for (EnrichTsv.Row row : rows) {
      String lemma = row.col(0);
      if (!lemma.equals(lemma.toLowerCase(Locale.ROOT)) || lemma.contains(" ")) {
        throw row.error("a lemma is one lower-case word: '" + lemma + "'");
      }
      if (!KINDS.contains(row.col(1))) {
        throw row.error("kind must be say, write or assert: '" + row.col(1) + "'");
      }
      if (!verbs.add(lemma)) {
        throw row.error("verb listed twice: '" + lemma + "'");
      }
    }
    return new QuotationFinder(verbs);
  }

  /** A speaker found for some words. */
  private record Speaker(String actor, String text, Span span, Cue verb) {
    static final Speaker NONE = new Speaker(null, null, null, null);
  }

  List<Quotation> find(AnnotatedDoc doc, ActorResolution actors) {
    String text = doc.text();
    List<Quotation> out = new ArrayList<>();
    List<Span> marks = new ArrayList<>();
    Set<Long> attributedVerbs = new HashSet<>();
    for (Span quoted : quotedSpans(text)) {
      Span inner = trim(text, quoted.start() + 1, quoted.end() - 1);
      if (inner == null) {
        continue;
      }
      int first = sentenceAt(doc, inner.start());
      if (first < 0 || doc.sentences().get(first).heading()) {
        continue;
      }
      Speaker speaker = directSpeaker(doc, actors, quoted, attributedVerbs);
      if (speaker.text() == null && words(doc, inner) < MIN_UNATTRIBUTED_WORDS) {
        continue;
      }
      marks.add(quoted);
      out.add(quotation(QuotationKind.DIRECT, inner, text, first, speaker));
    }
    for (Sentence s : doc.sentences()) {
      if (s.heading()) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (isSpeechVerb(t)
            && !attributedVerbs.contains(key(s.index(), t.index()))
            && !inside(marks, t.span())) {
          Span said = complement(s, t.index());
          if (said != null && !overlapsAny(marks, said)) {
            Speaker speaker = speakerOf(doc, actors, s, t.index());
            if (!pointsBack(s, speaker)) {
              out.add(quotation(QuotationKind.INDIRECT, said, text, s.index(), speaker));
            }
          }
        }
        if (t.word().equalsIgnoreCase("according")
            && t.index() + 1 < s.tokens().size()
            && s.token(t.index() + 1).word().equalsIgnoreCase("to")
            && !inside(marks, t.span())) {
          Quotation q = according(doc, actors, s, t.index(), marks);
          if (q != null) {
            out.add(q);
          }
        }
      }
    }
    out.sort(Comparator.comparing(Quotation::span));
    List<Quotation> numbered = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      Quotation q = out.get(i);
      numbered.add(
          new Quotation(
              "q" + (i + 1),
              q.kind(),
              q.text(),
              q.span(),
              q.sentence(),
              q.speaker(),
              q.speakerText(),
              q.speakerSpan(),
              q.verb()));
    }
    return numbered;
  }

  private static Quotation quotation(
      QuotationKind kind, Span span, String text, int sentence, Speaker speaker) {
    return new Quotation(
        "q",
        kind,
        span.of(text),
        span,
        sentence,
        speaker.actor(),
        speaker.text(),
        speaker.span(),
        speaker.verb());
  }

  /**
   * Spans of paired quotation marks, marks included; a mark left open at a paragraph's end is
   * dropped.
   */
  static List<Span> quotedSpans(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        open = -1;
      } else if (c == '"') {
        if (open < 0) {
          open = i;
        } else {
          out.add(new Span(open, i + 1));
          open = -1;
        }
      }
    }
    return out;
  }

  /** {@code [from, to)} without surrounding spaces and a trailing comma; null when empty. */
  private static Span trim(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from
        && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == ',')) {
      to--;
    }
    return from < to ? new Span(from, to) : null;
  }

  private Speaker directSpeaker(
      AnnotatedDoc doc, ActorResolution actors, Span quoted, Set<Long> attributedVerbs) {
    Sentence best = null;
    int bestToken = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (Sentence s : doc.sentences()) {
      if (!s.span().overlaps(quoted)) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (!isSpeechVerb(t) || quoted.contains(t.span()) || reportsElse(s, t.index(), quoted)) {
          continue;
        }
        int distance = tokensBetween(s, t, quoted);
        if (distance <= VERB_REACH && distance < bestDistance) {
          best = s;
          bestToken = t.index();
          bestDistance = distance;
        }
      }
    }
    if (best == null) {
      // '"... ." The minister said.' or '"..." he added, ...' split into a sentence of its own.
      int last = sentenceAt(doc, quoted.end() - 1);
      if (last >= 0 && last + 1 < doc.sentences().size()) {
        Sentence next = doc.sentences().get(last + 1);
        for (Token t : next.tokens()) {
          if (t.index() >= NEXT_SENTENCE_REACH) {
            break;
          }
          if (isSpeechVerb(t)) {
            best = next;
            bestToken = t.index();
            break;
          }
        }
      }
    }
    if (best == null) {
      return Speaker.NONE;
    }
    attributedVerbs.add(key(best.index(), bestToken));
    return speakerOf(doc, actors, best, bestToken);
  }

  /**
   * Whether a speaker is a thing the text points back to ("this engagement reiterates that ..."),
   * which reports nothing: a subject with a demonstrative determiner that is no actor.
   */
  private static boolean pointsBack(Sentence s, Speaker speaker) {
    if (speaker.span() == null || speaker.actor() != null) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (t.span().start() == speaker.span().start()) {
        return DEMONSTRATIVES.contains(t.word().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /** The tokens of a sentence between a token and a quotation. */
  private static int tokensBetween(Sentence s, Token t, Span quoted) {
    int n = 0;
    for (Token o : s.tokens()) {
      boolean between =
          t.span().start() >= quoted.end()
              ? o.span().start() >= quoted.end() && o.span().end() <= t.span().start()
              : o.span().start() >= t.span().end() && o.span().end() <= quoted.start();
      if (between) {
        n++;
      }
    }
    return n;
  }

  /** Whether a verb's clausal complement lies outside {@code quoted}: it reports other words. */
  private static boolean reportsElse(Sentence s, int verb, Span quoted) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("ccomp") && !quoted.contains(s.token(d.dependent()).span())) {
        return true;
      }
    }
    return false;
  }

  /** The subject of a speech verb as a speaker, with its actor; the verb when it has none. */
  private static Speaker speakerOf(AnnotatedDoc doc, ActorResolution actors, Sentence s, int verb) {
    Token v = s.token(verb);
    Cue verbCue = new Cue(v.word(), v.span(), s.index());
    int subject = subject(s, verb, 0);
    if (subject < 0) {
      return new Speaker(null, null, null, verbCue);
    }
    int[] range = phrase(s, subject, verb);
    Span span = s.span(range[0], range[1] + 1);
    Actor actor = actors.actorAt(s.index(), subject);
    for (int i = range[0]; actor == null && i <= range[1]; i++) {
      actor = actors.actorAt(s.index(), i);
    }
    return new Speaker(actor == null ? null : actor.id(), span.of(doc.text()), span, verbCue);
  }

  /** The nominal subject of a verb, looking through coordinated verbs; -1 when none. */
  private static int subject(Sentence s, int verb, int depth) {
    if (!s.parsed()) {
      return subjectByWords(s, verb);
    }
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("nsubj")) {
        return d.dependent();
      }
    }
    if (depth < 3) {
      for (Dependency d : s.parents(verb)) {
        if (d.relation().equals("conj") || d.relation().startsWith("conj:")) {
          return subject(s, d.head(), depth + 1);
        }
      }
    }
    return -1;
  }

  /**
   * The first and last token of the noun phrase headed by {@code head}, not reaching {@code stop}.
   */
  private static int[] phrase(Sentence s, int head, int stop) {
    if (!s.parsed()) {
      return phraseByWords(s, head, stop);
    }
    int lo = head;
    int hi = head;
    Deque<Integer> todo = new ArrayDeque<>();
    Set<Integer> seen = new HashSet<>();
    todo.add(head);
    seen.add(head);
    while (!todo.isEmpty()) {
      int at = todo.poll();
      for (Dependency d : s.children(at)) {
        int dep = d.dependent();
        String rel = d.relation();
        boolean nominal =
            SPEAKER_RELATIONS.contains(rel)
                || (rel.startsWith("nmod") && !NOT_SPEAKER_NMODS.contains(rel))
                || rel.startsWith("conj");
        if (nominal && dep != stop && seen.add(dep) && (head < stop) == (dep < stop)) {
          lo = Math.min(lo, dep);
          hi = Math.max(hi, dep);
          todo.add(dep);
        }
      }
    }
    while (hi > lo && isPunctuation(s.token(hi))) {
      hi--;
    }
    while (lo < hi && (isPunctuation(s.token(lo)) || s.token(lo).pos().equals("IN"))) {
      lo++;
    }
    return new int[] {lo, hi};
  }

  /**
   * The words a speech verb reports: its clausal complement, from after the verb (and its object
   * and "that") to the end of the sentence, or from the sentence start to before the speaker when
   * the report comes first ("..., the minister said"). Null when the verb has no complement.
   */
  private static Span complement(Sentence s, int verb) {
    if (!s.parsed()) {
      return complementByWords(s, verb);
    }
    int head = -1;
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("ccomp")) {
        head = d.dependent();
        break;
      }
    }
    if (head < 0) {
      return null;
    }
    int lo = head;
    int hi = head;
    Deque<Integer> todo = new ArrayDeque<>();
    Set<Integer> seen = new HashSet<>();
    todo.add(head);
    seen.add(head);
    boolean after = head > verb;
    while (!todo.isEmpty()) {
      int at = todo.poll();
      for (Dependency d : s.children(at)) {
        int dep = d.dependent();
        if (dep != verb && (dep > verb) == after && seen.add(dep)) {
          lo = Math.min(lo, dep);
          hi = Math.max(hi, dep);
          todo.add(dep);
        }
      }
    }
    if (after) {
      while (lo < hi
          && (s.token(lo).word().equalsIgnoreCase("that") || isPunctuation(s.token(lo)))) {
        lo++;
      }
    } else {
      int subject = subject(s, verb, 0);
      if (subject >= 0 && subject > head) {
        hi = Math.min(hi, phrase(s, subject, verb)[0] - 1);
      }
    }
    while (hi > lo && isPunctuation(s.token(hi))) {
      hi--;
    }
    if (hi - lo < 1) {
      return null;
    }
    return s.span(lo, hi + 1);
  }

  /**
   * In a sentence left unparsed, the speaker of a speech verb read from the words around it: the
   * noun or pronoun just before it, past adverbs and auxiliaries ("the minister also said"), or,
   * after a comma or quotation, the noun phrase just after it ('..., said the minister'); -1 when
   * neither.
   */
  private static int subjectByWords(Sentence s, int verb) {
    int k = verb - 1;
    while (k >= 0 && (s.token(k).pos().equals("RB") || s.token(k).pos().equals("MD"))
        || k >= 0 && s.token(k).isVerb()) {
      if (s.token(verb).pos().equals("VBN") && s.token(k).lemma().equalsIgnoreCase("be")) {
        return -1; // "no deaths had been reported": what is reported, not who reports
      }
      k--;
    }
    if (k >= 0 && (s.token(k).isNoun() || s.token(k).pos().equals("PRP"))) {
      return k;
    }
    if (k >= 0 && (isPunctuation(s.token(k)) || s.token(k).pos().equals("''"))) {
      int[] np = phraseByWords(s, verb + 1, verb);
      if (verb + 1 < s.tokens().size() && s.token(np[1]).isNoun()) {
        return np[1];
      }
    }
    return -1;
  }

  /**
   * In a sentence left unparsed, the noun phrase around {@code head}: the run of determiners,
   * adjectives, nouns, numbers and possessives it belongs to, not reaching {@code stop}.
   */
  private static int[] phraseByWords(Sentence s, int head, int stop) {
    int lo = head;
    int hi = head;
    while (lo - 1 >= 0 && lo - 1 != stop && nominal(s.token(lo - 1))) {
      lo--;
    }
    while (hi + 1 < s.tokens().size() && hi + 1 != stop && nominal(s.token(hi + 1))) {
      hi++;
    }
    return new int[] {lo, hi};
  }

  private static boolean nominal(Token t) {
    String pos = t.pos();
    return t.isNoun()
        || pos.startsWith("JJ")
        || pos.equals("DT")
        || pos.equals("CD")
        || pos.equals("POS")
        || pos.equals("PRP$")
        || pos.equals("HYPH");
  }

  /**
   * In a sentence left unparsed, what a speech verb reports read from the words: after the verb
   * (past "that", or past the hearer of "told") to the end, or, when the speaker and verb close the
   * sentence ("..., the minister said."), from its start to the comma before the speaker. Null when
   * neither holds.
   */
  private static Span complementByWords(Sentence s, int verb) {
    int subject = subjectByWords(s, verb);
    if (subject < 0) {
      return null;
    }
    int n = s.tokens().size();
    int end = n - 1;
    while (end > verb && isPunctuation(s.token(end))) {
      end--;
    }
    int lo = verb + 1;
    if (lo < n && s.token(verb).lemma().equalsIgnoreCase("tell")) {
      lo = phraseByWords(s, lo, verb)[1] + 1;
    }
    if (lo < n && s.token(lo).word().equalsIgnoreCase("that")) {
      lo++;
    }
    if (end - lo >= 2 && !s.token(lo).isVerb()) {
      return s.span(lo, end + 1);
    }
    int start = subject > verb ? verb : phraseByWords(s, subject, verb)[0];
    int hi = start - 1;
    while (hi > 0 && isPunctuation(s.token(hi))) {
      hi--;
    }
    if (hi < 2 || end > verb && subject < verb && end - verb > 1) {
      return null;
    }
    return s.span(0, hi + 1);
  }

  /** "according to X": X says the rest of the sentence. */
  private static Quotation according(
      AnnotatedDoc doc, ActorResolution actors, Sentence s, int according, List<Span> marks) {
    int source = -1;
    for (Dependency d : s.parents(according)) {
      if (d.relation().equals("case")) {
        source = d.dependent() == according ? d.head() : source;
      }
    }
    if (!s.parsed() && according + 2 < s.tokens().size()) {
      source = phraseByWords(s, according + 2, according + 1)[1];
    }
    if (source < 0 || source <= according) {
      return null;
    }
    int[] np = phrase(s, source, according);
    int n = s.tokens().size();
    int lo;
    int hi;
    if (according <= n - 1 - np[1]) {
      lo = np[1] + 1;
      hi = n - 1;
    } else {
      lo = 0;
      hi = according - 1;
    }
    while (lo < hi && isPunctuation(s.token(lo))) {
      lo++;
    }
    while (hi > lo && isPunctuation(s.token(hi))) {
      hi--;
    }
    if (hi - lo < 2) {
      return null;
    }
    Span said = s.span(lo, hi + 1);
    if (overlapsAny(marks, said)) {
      return null;
    }
    Span speakerSpan = s.span(np[0], np[1] + 1);
    Actor actor = actors.actorAt(s.index(), source);
    for (int i = np[0]; actor == null && i <= np[1]; i++) {
      actor = actors.actorAt(s.index(), i);
    }
    Token a = s.token(according);
    Span cue = new Span(a.span().start(), s.token(according + 1).span().end());
    return new Quotation(
        "q",
        QuotationKind.ACCORDING,
        said.of(doc.text()),
        said,
        s.index(),
        actor == null ? null : actor.id(),
        speakerSpan.of(doc.text()),
        speakerSpan,
        new Cue(cue.of(doc.text()), cue, s.index()));
  }

  private boolean isSpeechVerb(Token t) {
    return t.isVerb() && verbs.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean isPunctuation(Token t) {
    return !ToneScorer.isWord(t);
  }

  private static int words(AnnotatedDoc doc, Span span) {
    int n = 0;
    for (Sentence s : doc.sentences()) {
      if (!s.span().overlaps(span)) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (span.contains(t.span()) && ToneScorer.isWord(t)) {
          n++;
        }
      }
    }
    return n;
  }

  private static int sentenceAt(AnnotatedDoc doc, int offset) {
    for (Sentence s : doc.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s.index();
      }
    }
    return -1;
  }

  private static boolean inside(List<Span> spans, Span span) {
    return spans.stream().anyMatch(q -> q.contains(span));
  }

  private static boolean overlapsAny(List<Span> spans, Span span) {
    return spans.stream().anyMatch(q -> q.overlaps(span));
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }
}
