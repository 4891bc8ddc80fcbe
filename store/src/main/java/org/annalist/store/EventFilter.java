package org.annalist.store;

import java.time.LocalDate;

/**
 * Which stored events to read or export. Every field is optional (null: no condition).
 *
 * @param from earliest event day
 * @param to latest event day
 * @param actor a CAMEO actor code or its beginning (upper case, e.g. {@code GEO}) for either actor,
 *     or words of either actor's name (any other text, matched without regard to case)
 * @param country ISO alpha-3 code of either actor or of the event's place, or the FIPS code of the
 *     event's place
 * @param code a CAMEO event code or its beginning
 * @param modality asserted, negated, future or hypothetical
 * @param articleId events of one article
 */
public record EventFilter(
    LocalDate from,
    LocalDate to,
    String actor,
    String country,
    String code,
    String modality,
    String articleId) {

  /** No condition: every event. */
  public static EventFilter all() {
    return new EventFilter(null, null, null, null, null, null, null);
  }

  /** The same filter, keeping events of this modality only. */
  public EventFilter withModality(String m) {
    return new EventFilter(from, to, actor, country, code, m, articleId);
  }

  /** Whether {@code actor} reads as a code (upper-case letters) rather than a name. */
  static boolean isCode(String actor) {
    return actor.matches("[A-Z]{3,}");
  }
}
