package org.annalist.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Actor;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Place;

/**
 * What the full-text index holds of one article: built from its DuckDB rows when the index is
 * repaired, and from the extraction itself (the same values) when it is first stored.
 *
 * @param id the article id (content hash)
 * @param title the headline, or null
 * @param text the cleaned text
 * @param date the article date, or null
 * @param entities names of its actors and places
 * @param actorCodes CAMEO codes of its actors
 * @param countries ISO alpha-3 and FIPS codes of its actors, places and focus
 * @param eventCodes CAMEO codes of its events
 */
record IndexDoc(
    String id,
    String title,
    String text,
    LocalDate date,
    List<String> entities,
    List<String> actorCodes,
    List<String> countries,
    List<String> eventCodes) {

  /** The document of an extraction stored under {@code id}: what its rows give back. */
  static IndexDoc of(String id, Extraction x) {
    List<String> entities = new ArrayList<>();
    List<String> actorCodes = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    for (Actor a : x.actors()) {
      entities.add(a.name());
      actorCodes.add(a.code());
      if (a.country() != null) {
        countries.add(a.country());
      }
    }
    for (Place p : x.places()) {
      entities.add(p.name());
      if (p.country() != null) {
        countries.add(p.country());
      }
      if (p.fips() != null) {
        countries.add(p.fips());
      }
    }
    countries.addAll(x.focus());
    List<String> eventCodes = new ArrayList<>();
    for (Event e : x.events()) {
      eventCodes.add(e.code().code());
    }
    return new IndexDoc(
        id,
        x.doc().article().title(),
        x.doc().text(),
        x.doc().article().date(),
        entities,
        actorCodes,
        countries,
        eventCodes);
  }
}
