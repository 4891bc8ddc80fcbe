package org.annalist.pipeline.event;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.model.Actor;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Mention;
import org.annalist.model.Place;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.annalist.pipeline.actor.ActorResolution;
import org.annalist.pipeline.actor.ActorResolver;
import org.annalist.pipeline.nlp.SentenceSelector;

/**
 * Chooses the sentences that can hold an event, so that only they are parsed.
 *
 * <p>A sentence is chosen when it is no heading, has a word that triggers some event pattern (with
 * the pattern's part of speech, and with the words the pattern requires, such as its object,
 * somewhere in the sentence), and names two possible actors: a mention of an actor or of a
 * dictionary place (a capital that acts: "the Kremlin declined"), resolved on the tagged sentence,
 * a person the tagger found, a role noun ("troops", "minister") or a pronoun that may stand for an
 * actor named earlier. With a source alone allowed, one is enough. A sentence whose trigger word
 * already triggered in a chosen sentence is chosen too, whatever it names: "the visit" takes its
 * actors from the earlier one.
 *
 * <p>The count is generous (a nationality and its role noun count twice), so a chosen sentence may
 * still code nothing; an event is lost only when its sentence shows fewer possible actors than the
 * event has. Thread-safe.
 */
public final class EventSentences implements SentenceSelector {
  /** Pronouns that may stand for an actor of an earlier sentence. */
  private static final Set<String> PRONOUNS =
      Set.of(
          "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "we", "our",
          "us");

  /** "X said Y must ..." is a demand whatever the verb. */
  private static final String MUST = "must";

  private final ActorResolver actors;
  private final EventDictionary dict;
  private final int needed;

  /**
   * @param requireBoth whether an event needs both a source and a target (else one actor will do)
   */
  public EventSentences(ActorResolver actors, EventDictionary dict, boolean requireBoth) {
    this.actors = actors;
    this.dict = dict;
    this.needed = requireBoth ? 2 : 1;
  }

  @Override
  public BitSet select(AnnotatedDoc tagged) {
    ActorResolution resolution = actors.resolve(tagged);
    Map<Integer, Set<String>> places = new HashMap<>();
    for (Place p : resolution.places()) {
      for (Mention m : p.mentions()) {
        places.computeIfAbsent(m.sentence(), k -> new HashSet<>()).add("place " + p.id());
      }
    }
    BitSet chosen = new BitSet();
    Set<String> triggered = new HashSet<>();
    for (Sentence s : tagged.sentences()) {
      if (s.heading()) {
        continue;
      }
      Set<String> words = new HashSet<>();
      for (Token t : s.tokens()) {
        words.add(t.lemma().toLowerCase(Locale.ROOT));
        words.add(t.word().toLowerCase(Locale.ROOT));
      }
      Set<String> triggers = new HashSet<>();
      Set<String> named = new HashSet<>(places.getOrDefault(s.index(), Set.of()));
      boolean must = false;
      List<String> previous = List.of();
      for (Token t : s.tokens()) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (triggers(t, lemma, words)) {
          triggers.add(lemma);
        }
        must |= lemma.equals(MUST);
        List<Actor> here = resolution.actorsAt(s.index(), t.index());
        if (!here.isEmpty()) {
          for (Actor a : here) {
            // Each mention counts: "the Malian junta freed the Malian opposition leader" names
            // two actors the tagged sentence cannot yet tell apart.
            if (!previous.contains(a.id())) {
              named.add(a.id() + "@" + t.index());
            }
          }
        } else if (t.ner().equals("PERSON")) {
          // A person the tagged text does not yet place: the parse may ("X, president of Y,").
          if (t.index() == 0 || !s.token(t.index() - 1).ner().equals("PERSON")) {
            named.add("person@" + t.index());
          }
        } else if (actors.roleNoun(t)) {
          named.add("role@" + t.index());
        } else if (PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
          named.add("pronoun");
        }
        previous = here.stream().map(Actor::id).toList();
      }
      if (must) {
        triggers.add(MUST);
      }
      if (introducesPerson(s)) {
        chosen.set(s.index()); // "X, president of Y, said": who X is, for later sentences
      }
      if (triggers.isEmpty()) {
        continue;
      }
      int count = named.size();
      boolean repeated = triggers.stream().anyMatch(triggered::contains);
      if (count >= needed || repeated) {
        chosen.set(s.index());
        triggered.addAll(triggers);
      }
    }
    return chosen;
  }

  /**
   * Whether a sentence names a person with a title in apposition ("X, president of Y,"): the parse
   * says whose the title is, and the person's later mentions take it.
   */
  private boolean introducesPerson(Sentence s) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).ner().equals("PERSON")
          && !tokens.get(i + 1).ner().equals("PERSON")
          && tokens.get(i + 1).word().equals(",")) {
        for (int k = i + 2; k < Math.min(tokens.size(), i + 2 + APPOSITION_REACH); k++) {
          if (actors.roleNoun(tokens.get(k))) {
            return true;
          }
          if (tokens.get(k).word().equals(",") || tokens.get(k).isVerb()) {
            break;
          }
        }
      }
    }
    return false;
  }

  /** How far after "X," a title may start and still be X's. */
  private static final int APPOSITION_REACH = 6;

  /**
   * Whether {@code t} triggers a pattern whose required words (object, particle, complement,
   * prepositions) all stand somewhere in the sentence: a frame can hold only words of its sentence.
   */
  private boolean triggers(Token t, String lemma, Set<String> words) {
    for (EventPattern p : dict.forToken(t.word().toLowerCase(Locale.ROOT), lemma)) {
      if ((p.noun() ? t.isNoun() : t.isVerb())
          && anyIn(p.object(), words)
          && anyIn(p.particle(), words)
          && (p.anyComplement() || anyIn(p.complement(), words))
          && p.prepositions().stream()
              .allMatch(prep -> words.containsAll(List.of(prep.split("[_:]"))))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code required} is empty or shares a word with {@code words}. */
  private static boolean anyIn(Set<String> required, Set<String> words) {
    if (required.isEmpty()) {
      return true;
    }
    for (String r : required) {
      if (words.contains(r)) {
        return true;
      }
    }
    return false;
  }
}
