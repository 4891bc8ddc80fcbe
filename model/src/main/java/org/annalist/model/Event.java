package org.annalist.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One event of an article: who did what to whom, with every mention that states it. An article
 * holds one event per (source, target, code, modality).
 *
 * @param id identifier unique within the article, e.g. {@code e1}
 * @param code CAMEO event code
 * @param plover the PLOVER 2021 type, mode and context of the code, or null for the CAMEO codes
 *     PLOVER has no event for (most public statements)
 * @param source source actor id, or null when the text names none
 * @param sourceCode CAMEO code of the source actor, or null
 * @param target target actor id, or null
 * @param targetCode CAMEO code of the target actor, or null
 * @param modality asserted, negated, future or hypothetical
 * @param date the event date (from the text when it says so, else the article date), or null
 * @param reporter actor id of who reported the event when it is attributed speech, or null
 * @param reciprocal id of the linked reciprocal event (a visit and its hosting), or null
 * @param explanation a sentence saying why the event was coded
 * @param confidence the estimated share, in [0, 1], of events like this one that a careful reader
 *     of the sentence marks right (actors, event kind and modality): lower when an actor comes from
 *     a pronoun or from context, when the event is hypothetical, or for kinds of event the
 *     dictionaries read less reliably; estimated from blind-marked review sheets
 * @param mentions the evidence, in text order
 * @param place id of the place where the event happened or was said (GDELT's ActionGeo), or null
 *     when the article does not say
 */
public record Event(
    String id,
    CameoCode code,
    PloverCodebook.PloverEvent plover,
    String source,
    String sourceCode,
    String target,
    String targetCode,
    Modality modality,
    LocalDate date,
    String reporter,
    String reciprocal,
    String explanation,
    double confidence,
    List<EventMention> mentions,
    String place) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(explanation, "explanation");
    mentions = List.copyOf(mentions);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence of " + id + " outside [0, 1]: " + confidence);
    }
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("event " + id + " has no mention");
    }
  }

  /** The same event with another confidence. */
  public Event withConfidence(double value) {
    return new Event(
        id,
        code,
        plover,
        source,
        sourceCode,
        target,
        targetCode,
        modality,
        date,
        reporter,
        reciprocal,
        explanation,
        value,
        mentions,
        place);
  }

  /** The same event, happening at the place {@code placeId}. */
  public Event withPlace(String placeId) {
    return new Event(
        id,
        code,
        plover,
        source,
        sourceCode,
        target,
        targetCode,
        modality,
        date,
        reporter,
        reciprocal,
        explanation,
        confidence,
        mentions,
        placeId);
  }
}
