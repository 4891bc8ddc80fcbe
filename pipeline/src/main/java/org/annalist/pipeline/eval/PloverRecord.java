package org.annalist.pipeline.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One gold record of the PLOVER gold standard: a sentence with its coded event type and actors.
 *
 * @param id record id
 * @param text the sentence
 * @param date the record's date, or null
 * @param event the gold event label (PLOVER 0.5b1, e.g. DEMAND)
 * @param sources gold source actors
 * @param targets gold target actors (empty when the record has none)
 */
public record PloverRecord(
    String id,
    String text,
    LocalDate date,
    String event,
    List<GoldActor> sources,
    List<GoldActor> targets) {
  public PloverRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(event, "event");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  /**
   * A gold actor normalised to a country (or IGO/NGO) code and a sector.
   *
   * @param text the words of the record
   * @param country three-letter code: a country, or IGO/NGO
   * @param sector three-letter sector, or null when the gold gives none, gives {@code ***}, or the
   *     actor is an IGO/NGO
   */
  public record GoldActor(String text, String country, String sector) {}
}
