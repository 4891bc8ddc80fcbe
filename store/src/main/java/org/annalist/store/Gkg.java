package org.annalist.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.model.Enrichment;
import org.annalist.model.Extraction;
import org.annalist.model.Mention;
import org.annalist.model.Place;

/**
 * An article's row of GDELT's Global Knowledge Graph 2.1 (27 tab-separated columns), from its
 * extraction and enrichment. Columns 3 to 27 are computed when the article is stored; the record id
 * (column 1) and date (column 2) when it is exported, from the time it was stored. Offsets are
 * characters into the cleaned text. Annalist writes no GCAM, images, video embeds, translation or
 * extras: those columns are empty.
 */
final class Gkg {
  private Gkg() {}

  /** The number of GKG 2.1 columns. */
  static final int COLUMNS = 27;

  /** GDELT's count types, which V1COUNTS carries; other amounts go to V2.1AMOUNTS only. */
  private static final List<Enrichment.CountType> GDELT_COUNTS =
      List.of(
          Enrichment.CountType.KILL,
          Enrichment.CountType.WOUND,
          Enrichment.CountType.ARREST,
          Enrichment.CountType.KIDNAP,
          Enrichment.CountType.PROTEST,
          Enrichment.CountType.AFFECT);

  /**
   * Columns 3 to 27 of the article's GKG record, tab-joined.
   *
   * @param sourceName the source's common name (the article's source, else its URL's host)
   * @param documentId the article's URL, else its source id
   */
  static String columns(Extraction x, String sourceName, String documentId) {
    Enrichment en = x.enrichment();
    Map<String, Place> places = new HashMap<>();
    x.places().forEach(p -> places.put(p.id(), p));
    List<String> c = new ArrayList<>(COLUMNS - 2);
    c.add("1"); // V2SOURCECOLLECTIONIDENTIFIER: web
    c.add(clean(sourceName));
    c.add(clean(documentId));
    List<String> v1Counts = new ArrayList<>();
    List<String> v21Counts = new ArrayList<>();
    for (Enrichment.Amount a : en.amounts()) {
      if (!GDELT_COUNTS.contains(a.type())) {
        continue;
      }
      String count =
          a.type().name()
              + "#"
              + number(a.value())
              + "#"
              + clean(a.object())
              + "#"
              + location(places.get(a.place()));
      v1Counts.add(count);
      v21Counts.add(count + "#" + a.span().start());
    }
    c.add(String.join(";", v1Counts));
    c.add(String.join(";", v21Counts));
    List<String> themes = new ArrayList<>();
    List<String> enhancedThemes = new ArrayList<>();
    for (Enrichment.ThemeMatch t : en.themes()) {
      themes.add(t.id());
      for (Enrichment.Cue cue : t.mentions()) {
        enhancedThemes.add(t.id() + "," + cue.span().start());
      }
    }
    c.add(String.join(";", themes));
    c.add(String.join(";", enhancedThemes));
    List<String> locations = new ArrayList<>();
    List<String> enhancedLocations = new ArrayList<>();
    for (Place p : x.places()) {
      if (p.lat() == null) {
        continue;
      }
      locations.add(location(p));
      for (Mention m : p.mentions()) {
        enhancedLocations.add(enhancedLocation(p) + "#" + m.span().start());
      }
    }
    c.add(String.join(";", locations));
    c.add(String.join(";", enhancedLocations));
    for (Enrichment.NameType type :
        List.of(Enrichment.NameType.PERSON, Enrichment.NameType.ORGANIZATION)) {
      List<String> names = new ArrayList<>();
      List<String> enhanced = new ArrayList<>();
      for (Enrichment.Name n : en.names()) {
        if (n.type() == type) {
          names.add(clean(n.name()));
          for (Enrichment.Cue cue : n.mentions()) {
            enhanced.add(clean(n.name()) + "," + cue.span().start());
          }
        }
      }
      c.add(String.join(";", names));
      c.add(String.join(";", enhanced));
    }
    Enrichment.Tone t = en.tone();
    c.add(
        String.join(
            ",",
            number(t.tone()),
            number(t.positive()),
            number(t.negative()),
            number(t.polarity()),
            number(t.activity()),
            number(t.selfGroup()),
            Integer.toString(t.wordCount())));
    c.add(""); // V2.1ENHANCEDDATES
    c.add(""); // V2GCAM
    c.add(""); // V2.1SHARINGIMAGE
    c.add(""); // V2.1RELATEDIMAGES
    c.add(""); // V2.1SOCIALIMAGEEMBEDS
    c.add(""); // V2.1SOCIALVIDEOEMBEDS
    List<String> quotes = new ArrayList<>();
    for (Enrichment.Quotation q : en.quotations()) {
      quotes.add(
          q.span().start()
              + "|"
              + (q.span().end() - q.span().start())
              + "|"
              + (q.verb() == null ? "" : clean(q.verb().text()))
              + "|"
              + clean(q.text()));
    }
    c.add(String.join("#", quotes));
    List<String> allNames = new ArrayList<>();
    for (Enrichment.Name n : en.names()) {
      for (Enrichment.Cue cue : n.mentions()) {
        allNames.add(clean(n.name()) + "," + cue.span().start());
      }
    }
    c.add(String.join(";", allNames));
    List<String> amounts = new ArrayList<>();
    for (Enrichment.Amount a : en.amounts()) {
      amounts.add(number(a.value()) + "," + clean(a.object()) + "," + a.span().start());
    }
    c.add(String.join(";", amounts));
    c.add(""); // V2.1TRANSLATIONINFO
    c.add(""); // V2EXTRASXML
    return String.join("\t", c);
  }

  /** TYPE#FULLNAME#COUNTRYCODE#ADM1CODE#LAT#LONG#FEATUREID; the type alone (0) when unknown. */
  private static String location(Place p) {
    if (p == null || p.lat() == null) {
      return "0######";
    }
    return String.join("#", locationFields(p));
  }

  /** V2ENHANCEDLOCATIONS: the V1 fields with ADM2 (empty) after ADM1. */
  private static String enhancedLocation(Place p) {
    List<String> f = new ArrayList<>(locationFields(p));
    f.add(4, "");
    return String.join("#", f);
  }

  /** TYPE, FULLNAME, COUNTRYCODE, ADM1CODE, LAT, LONG, FEATUREID of a place with a point. */
  private static List<String> locationFields(Place p) {
    return List.of(
        Integer.toString(p.gdeltType()),
        clean(p.name()),
        nz(p.fips()),
        p.adm1() != null ? p.adm1() : nz(p.fips()),
        number(p.lat()),
        number(p.lon()),
        featureId(p));
  }

  private static String featureId(Place p) {
    if (p.geonameId() != null) {
      return p.geonameId().toString();
    }
    return p.type().equals("country") ? nz(p.fips()) : "";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** Text without GKG's delimiters (tab, newline, ; # , |) and without surrounding space. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    return s.replaceAll("[\\t\\r\\n;#,|]+", " ").strip();
  }

  private static String number(double v) {
    return BigDecimal.valueOf(v)
        .setScale(4, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString()
        .toLowerCase(Locale.ROOT);
  }
}
