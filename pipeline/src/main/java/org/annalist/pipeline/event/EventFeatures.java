package org.annalist.pipeline.event;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.annalist.model.Actor;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Mention;
import org.annalist.model.Modality;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * What an event's confidence is estimated from: how its actors are named, how it was read, and how
 * many other events its words gave. All of it is taken from the event's own evidence, so the same
 * features can be computed for any coded article.
 *
 * @param root the CAMEO root (two digits)
 * @param source how the source is named in the best mention
 * @param target how the target is named in the best mention
 * @param noun whether an event noun (not a verb) triggered the event
 * @param stance whether the event is an intent or refusal read from a verb of stance
 * @param mutual whether a compound subject was read as acting on each other
 * @param modality the event's modality
 * @param reported whether someone other than the source reports the event
 * @param fanOut how many events (a reciprocal pair counted once) the same words gave
 * @param mentions how many mentions the event has
 */
public record EventFeatures(
    String root,
    Naming source,
    Naming target,
    boolean noun,
    boolean stance,
    boolean mutual,
    Modality modality,
    boolean reported,
    int fanOut,
    int mentions) {

  /** How an actor is named in a mention. */
  public enum Naming {
    /** By name, title or role word in the sentence. */
    NAMED,
    /** By a pronoun only, resolved to a mention in an earlier sentence. */
    PRONOUN,
    /** Not in the sentence: taken from the context. */
    CONTEXT,
    /** The event has no such actor. */
    NONE
  }

  public EventFeatures {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(modality, "modality");
  }

  /**
   * The features of {@code event}, one of {@code events} coded from {@code doc}.
   *
   * @param doc the annotated article
   * @param actors the actors resolved in it, with their mentions
   * @param events all events coded from it (for the fan-out)
   * @param event the event
   */
  public static EventFeatures of(
      AnnotatedDoc doc, List<Actor> actors, List<Event> events, Event event) {
    EventMention m = event.mentions().get(0);
    Sentence s = m.sentence() < doc.sentences().size() ? doc.sentences().get(m.sentence()) : null;
    int fan = 0;
    for (Event other : events) {
      if (other.reciprocal() != null && other.id().compareTo(other.reciprocal()) > 0) {
        continue; // a reciprocal pair counts once
      }
      for (EventMention om : other.mentions()) {
        if (om.sentence() == m.sentence() && om.action().overlaps(m.action())) {
          fan++;
          break;
        }
      }
    }
    String why = event.explanation();
    return new EventFeatures(
        event.code().code().substring(0, 2),
        naming(s, actors, event.source(), m.source()),
        naming(s, actors, event.target(), m.target()),
        why.contains("from the event noun '"),
        m.rule().endsWith("(intent)") || m.rule().endsWith("(refusal)"),
        m.rule().endsWith("(mutual)"),
        event.modality(),
        event.reporter() != null,
        Math.max(1, fan),
        event.mentions().size());
  }

  private static Naming naming(Sentence s, List<Actor> actors, String actor, Span span) {
    if (actor == null) {
      return Naming.NONE;
    }
    if (span == null || s == null) {
      return Naming.CONTEXT;
    }
    boolean any = false;
    for (Token t : s.tokens()) {
      if (span.overlaps(t.span())) {
        any = true;
        if (!t.pos().startsWith("PRP") && !t.pos().equals("WP")) {
          return Naming.NAMED;
        }
      }
    }
    if (!any) {
      return Naming.NAMED;
    }
    // "Miyazawa said he would go": the pronoun's actor is named in the same sentence.
    for (Actor a : actors) {
      if (a.id().equals(actor)) {
        for (Mention mention : a.mentions()) {
          if (mention.sentence() == s.index() && !mention.via().equals("pronoun")) {
            return Naming.NAMED;
          }
        }
      }
    }
    return Naming.PRONOUN;
  }

  /** The features as {@code key=value} pairs separated by spaces. */
  public String describe() {
    return String.join(
        " ",
        "root=" + root,
        "source=" + source.name().toLowerCase(Locale.ROOT),
        "target=" + target.name().toLowerCase(Locale.ROOT),
        "noun=" + noun,
        "stance=" + stance,
        "mutual=" + mutual,
        "modality=" + modality.name().toLowerCase(Locale.ROOT),
        "reported=" + reported,
        "fan=" + fanOut,
        "mentions=" + mentions);
  }
}
