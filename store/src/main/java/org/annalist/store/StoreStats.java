package org.annalist.store;

import java.util.Map;

/**
 * What a store holds.
 *
 * @param counts rows per table (articles, events, mentions, actors, places, rejected, annotations)
 *     and the number of stories
 * @param firstDate the earliest article date (ISO), or null
 * @param lastDate the latest article date (ISO), or null
 * @param topActors actor codes by the number of events they take part in
 * @param topCodes CAMEO root codes by number of events
 * @param topPlaces event places (name, FIPS country) by number of events
 */
public record StoreStats(
    Map<String, Long> counts,
    String firstDate,
    String lastDate,
    ResultTable topActors,
    ResultTable topCodes,
    ResultTable topPlaces) {
  public StoreStats {
    counts = Map.copyOf(counts);
  }
}
