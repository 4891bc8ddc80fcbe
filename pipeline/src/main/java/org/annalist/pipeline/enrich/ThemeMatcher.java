package org.annalist.pipeline.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.model.Actor;
import org.annalist.model.ActorType;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Enrichment.Cue;
import org.annalist.model.Enrichment.ThemeMatch;
import org.annalist.model.Mention;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;
import org.annalist.pipeline.enrich.ThemeTaxonomy.Phrase;
import org.annalist.pipeline.enrich.ThemeTaxonomy.Pos;
import org.annalist.pipeline.enrich.ThemeTaxonomy.Theme;
import org.annalist.pipeline.enrich.ThemeTaxonomy.Word;

/**
 * Finds the themes of a {@link ThemeTaxonomy} in an article: word cues on the tokens of every
 * sentence (headings too: they say what a section is about), actor cues on the mentions of states,
 * organisations and groups (a person's code names the organisation he speaks for, not a cue).
 * Within a theme, of two cues that overlap the longer is kept. Stateless and thread-safe.
 */
final class ThemeMatcher {
  private final ThemeTaxonomy taxonomy;

  ThemeMatcher(ThemeTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** One word of the text: a token, or a part of a hyphenated token. */
  private record Unit(String word, String lemma, Token token) {}

  List<ThemeMatch> match(AnnotatedDoc doc, List<Actor> actors) {
    String text = doc.text();
    Map<Theme, List<Cue>> found = new LinkedHashMap<>();
    for (Sentence s : doc.sentences()) {
      List<Unit> units = units(s);
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        List<Phrase> candidates = new ArrayList<>(taxonomy.startingWith(u.word()));
        if (!u.lemma().equals(u.word())) {
          candidates.addAll(taxonomy.startingWith(u.lemma()));
        }
        for (Phrase p : candidates) {
          int n = p.words().size();
          if (i + n <= units.size() && matches(p.words(), units, i)) {
            Span span =
                new Span(u.token().span().start(), units.get(i + n - 1).token().span().end());
            found
                .computeIfAbsent(p.theme(), k -> new ArrayList<>())
                .add(new Cue(span.of(text), span, s.index()));
          }
        }
      }
    }
    for (Theme t : taxonomy.themes()) {
      if (t.roles().isEmpty()) {
        continue;
      }
      for (Actor a : actors) {
        if (a.type() == ActorType.PERSON || !hasRole(a.code(), t)) {
          continue;
        }
        for (Mention m : a.mentions()) {
          if (!m.via().equals("pronoun")) {
            found
                .computeIfAbsent(t, k -> new ArrayList<>())
                .add(new Cue(m.text(), m.span(), m.sentence()));
          }
        }
      }
    }
    List<ThemeMatch> out = new ArrayList<>();
    found.forEach(
        (t, cues) -> out.add(new ThemeMatch(t.id(), t.label(), t.context(), longest(cues))));
    out.sort(
        Comparator.comparing((ThemeMatch m) -> m.mentions().get(0).span())
            .thenComparing(ThemeMatch::id));
    return out;
  }

  private static boolean hasRole(String code, Theme t) {
    for (int k = 0; k + 3 <= code.length(); k += 3) {
      if (t.roles().contains(code.substring(k, k + 3))) {
        return true;
      }
    }
    return false;
  }

  /** The cues in text order, without those overlapped by a longer one. */
  private static List<Cue> longest(List<Cue> cues) {
    List<Cue> bySize = new ArrayList<>(cues);
    bySize.sort(Comparator.comparingInt((Cue c) -> -c.span().length()).thenComparing(Cue::span));
    List<Cue> kept = new ArrayList<>();
    for (Cue c : bySize) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(c.span()))) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparing(Cue::span));
    return kept;
  }

  private static boolean matches(List<Word> words, List<Unit> units, int from) {
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      Unit u = units.get(from + k);
      if (!(u.word().equals(w.form()) || u.lemma().equals(w.form()))) {
        return false;
      }
      if (!posMatches(w.pos(), u.token())) {
        return false;
      }
    }
    return true;
  }

  private static boolean posMatches(Pos pos, Token t) {
    String tag = t.pos();
    return switch (pos) {
      case ANY -> true;
      case NOUN -> tag.equals("NN") || tag.equals("NNS");
      case VERB -> tag.startsWith("VB");
      case ADJECTIVE -> tag.startsWith("JJ") || tag.equals("VBN");
    };
  }

  /** The words of a sentence, hyphenated tokens split, hyphens and name tokens left out. */
  private static List<Unit> units(Sentence s) {
    List<Unit> out = new ArrayList<>(s.tokens().size() + 4);
    for (Token t : s.tokens()) {
      String word = t.word().toLowerCase(Locale.ROOT);
      if (word.equals("-") || word.equals("--")) {
        continue;
      }
      if (t.ner().equals("PERSON")) {
        out.add(new Unit("\u0000", "\u0000", t));
        continue;
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (word.length() > 1 && word.indexOf('-') > 0) {
        String[] parts = word.split("-+");
        String[] lemmas = lemma.split("-+");
        for (int k = 0; k < parts.length; k++) {
          if (!parts[k].isEmpty()) {
            out.add(new Unit(parts[k], lemmas.length == parts.length ? lemmas[k] : parts[k], t));
          }
        }
      } else {
        out.add(new Unit(word, lemma, t));
      }
    }
    return out;
  }
}
