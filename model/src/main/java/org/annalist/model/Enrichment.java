package org.annalist.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an article says besides its events, in the manner of GDELT's Global Knowledge Graph: its
 * tone, its themes, who is quoted saying what, the numbers it reports, and the people,
 * organisations and places it names, each with offsets into the cleaned text.
 *
 * @param tone GDELT's seven tone values of the whole article
 * @param themes the themes of the taxonomy the article touches, in order of first cue
 * @param quotations direct and reported speech with its speaker, in text order
 * @param amounts numbers with what they count, in text order
 * @param events per event: the article's tone on it, its contexts and the amounts that belong to
 *     it, in the order of the article's events
 * @param names the persons, organisations and locations named, in order of first mention
 */
public record Enrichment(
    Tone tone,
    List<ThemeMatch> themes,
    List<Quotation> quotations,
    List<Amount> amounts,
    List<EventNote> events,
    List<Name> names) {
  public Enrichment {
    Objects.requireNonNull(tone, "tone");
    themes = List.copyOf(themes);
    quotations = List.copyOf(quotations);
    amounts = List.copyOf(amounts);
    events = List.copyOf(events);
    names = List.copyOf(names);
  }

  /** The enrichment of an article with no words. */
  public static Enrichment empty() {
    return new Enrichment(Tone.NONE, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** The same enrichment with the notes of the events in {@code eventIds} only. */
  public Enrichment forEvents(Set<String> eventIds) {
    List<EventNote> kept = events.stream().filter(n -> eventIds.contains(n.event())).toList();
    return new Enrichment(tone, themes, quotations, amounts, kept, names);
  }

  /**
   * GDELT's tone of a text: percentages of its words.
   *
   * @param tone positive minus negative, in [-100, 100]
   * @param positive percentage of words with positive valence
   * @param negative percentage of words with negative valence
   * @param polarity percentage of words with any valence (positive plus negative)
   * @param activity percentage of words that are verbs of action (activity reference density)
   * @param selfGroup percentage of words that are personal or possessive pronouns (self/group
   *     reference density)
   * @param wordCount the number of words
   */
  public record Tone(
      double tone,
      double positive,
      double negative,
      double polarity,
      double activity,
      double selfGroup,
      int wordCount) {
    /** The tone of no words at all. */
    public static final Tone NONE = new Tone(0, 0, 0, 0, 0, 0, 0);

    public Tone {
      if (wordCount < 0) {
        throw new IllegalArgumentException("negative word count " + wordCount);
      }
      if (positive < 0 || negative < 0 || positive > 100 || negative > 100) {
        throw new IllegalArgumentException(
            "percentages outside [0, 100]: " + positive + ", " + negative);
      }
    }
  }

  /**
   * A stretch of text that supports a finding.
   *
   * @param text the words as written
   * @param span where they stand in the cleaned text
   * @param sentence sentence index
   */
  public record Cue(String text, Span span, int sentence) {
    public Cue {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(span, "span");
    }
  }

  /**
   * A theme of the taxonomy found in the article.
   *
   * @param id the theme's identifier, e.g. {@code TERRITORIAL_DISPUTE}
   * @param label its name for people
   * @param context the PLOVER context the theme belongs to, or null
   * @param mentions the cues that matched, in text order
   */
  public record ThemeMatch(String id, String label, String context, List<Cue> mentions) {
    public ThemeMatch {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      mentions = List.copyOf(mentions);
      if (mentions.isEmpty()) {
        throw new IllegalArgumentException("theme " + id + " without a mention");
      }
    }
  }

  /** How a quotation is given. */
  public enum QuotationKind {
    /** Words in quotation marks. */
    DIRECT,
    /** Reported speech: "X said that ...", "X told reporters ...". */
    INDIRECT,
    /** A claim attributed with "according to X". */
    ACCORDING
  }

  /**
   * Someone's words, as the article gives them.
   *
   * @param id identifier unique within the article, e.g. {@code q1}
   * @param kind direct, indirect or according-to
   * @param text what was said (inside the marks for a direct quotation)
   * @param span where it stands
   * @param sentence index of the sentence where it starts
   * @param speaker who said it: actor id, or null when the speaker is no actor
   * @param speakerText the speaker as written ("the ministry"), or null when the text gives none
   * @param speakerSpan where the speaker is written, or null
   * @param verb the word that attributes it ("said", "according"), or null
   */
  public record Quotation(
      String id,
      QuotationKind kind,
      String text,
      Span span,
      int sentence,
      String speaker,
      String speakerText,
      Span speakerSpan,
      Cue verb) {
    public Quotation {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(span, "span");
    }
  }

  /**
   * What a number counts, in GDELT's count types where one applies.
   *
   * <p>{@code KILL}, {@code WOUND}, {@code ARREST}, {@code KIDNAP}, {@code PROTEST} (crowd sizes)
   * and {@code AFFECT} (displaced, evacuated, affected people) are GDELT's; {@code MONEY}, {@code
   * PERCENT} and {@code OTHER} are ours.
   */
  public enum CountType {
    KILL,
    WOUND,
    ARREST,
    KIDNAP,
    PROTEST,
    AFFECT,
    MONEY,
    PERCENT,
    OTHER
  }

  /**
   * A number with what it counts.
   *
   * @param id identifier unique within the article, e.g. {@code c1}
   * @param value the number ("6,500" 6500, "$2 billion" 2e9, "thousands" 1000)
   * @param approximate true for a bound or an estimate ("at least 12", "thousands of")
   * @param qualifier the words that make it approximate ("at least", "nearly"), or null
   * @param type what kind of count it is
   * @param object the lemma of what is counted ({@code people}, {@code hog}, {@code dollar})
   * @param text the words of the amount as written, with what it counts
   * @param span where they stand
   * @param sentence sentence index
   * @param place id of the place the count belongs to (GDELT's count location): the place of the
   *     event it belongs to, else the place its sentence names nearest to it; null when none
   */
  public record Amount(
      String id,
      double value,
      boolean approximate,
      String qualifier,
      CountType type,
      String object,
      String text,
      Span span,
      int sentence,
      String place) {
    public Amount {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(object, "object");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(span, "span");
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("amount " + id + " has value " + value);
      }
    }

    /** The same amount, located at the place {@code placeId}. */
    public Amount withPlace(String placeId) {
      return new Amount(
          id, value, approximate, qualifier, type, object, text, span, sentence, placeId);
    }
  }

  /**
   * What the enrichment adds to one event.
   *
   * @param event the event id
   * @param avgTone the mean tone of the articles that mention the event (for one article, that
   *     article's tone), GDELT's AvgTone
   * @param sentenceTone the tone of the sentences that state the event
   * @param contexts PLOVER contexts: the event type's own, then those of the themes of its
   *     sentences
   * @param amounts ids of the amounts that belong to it (casualties of an attack, a protest's
   *     crowd)
   */
  public record EventNote(
      String event,
      double avgTone,
      double sentenceTone,
      List<String> contexts,
      List<String> amounts) {
    public EventNote {
      Objects.requireNonNull(event, "event");
      contexts = List.copyOf(contexts);
      amounts = List.copyOf(amounts);
    }
  }

  /** The kinds of names GDELT's GKG lists. */
  public enum NameType {
    PERSON,
    ORGANIZATION,
    LOCATION
  }

  /**
   * A person, organisation or location the article names.
   *
   * @param type person, organisation or location
   * @param name the canonical name (the actor's or place's where one is known)
   * @param actor the actor id, or null
   * @param place the place id, or null
   * @param mentions where it is named
   */
  public record Name(NameType type, String name, String actor, String place, List<Cue> mentions) {
    public Name {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      mentions = List.copyOf(mentions);
    }
  }
}
