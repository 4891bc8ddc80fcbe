package org.annalist.pipeline.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.model.Actor;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Mention;
import org.annalist.model.Place;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * Finds the places an article names and resolves each to one gazetteer entry, the way a careful
 * reader would: from the article's own context.
 *
 * <p>Recognition: the spans CoreNLP tags as locations, the places the actor dictionary already read
 * (countries, regions, an ambiguous name in the reading the article supports), and abbreviations of
 * states and countries ("Calif.", "U.S.", "D.C."); never a span inside a person's or an
 * organisation's name ("Bank of America").
 *
 * <p>Disambiguation scores every candidate of a name by: its kind (a country before a region before
 * a city), its population, whether a qualifier names its region or country ("Springfield, Ill."),
 * and how much of the article is about its country and its region (countries and regions named
 * without ambiguity, the countries of the actors, and the places resolved in a first pass). The
 * score is documented in {@link #score}.
 */
public final class Geoparser {
  /** NER labels that mark a place (coarse and fine-grained CoreNLP labels). */
  private static final Set<String> PLACE_LABELS =
      Set.of("LOCATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY");

  private final Gazetteer gazetteer;
  private final Abbreviations abbreviations;
  private final MacroRegions macro;

  public Geoparser(Gazetteer gazetteer, Abbreviations abbreviations, MacroRegions macro) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
    this.macro = Objects.requireNonNull(macro, "macro");
  }

  /** The gazetteer this geoparser resolves names in. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * A recognised place name and the entry it resolved to (null when no entry matches); {@code via}
   * says how it was recognised: ner, dictionary, abbreviation, demonym or gold.
   */
  public record Toponym(Span span, int sentence, String text, GazetteerEntry entry, String via) {}

  /** The toponyms of an article, in text order, and the countries it is about. */
  public record Result(List<Toponym> toponyms, List<String> focus) {}

  /**
   * Recognises and resolves the places of {@code doc}.
   *
   * @param actors the article's actors, whose countries count as context
   * @param dictionaryPlaces places the actor dictionary read (their reading of ambiguous names
   *     wins)
   */
  public Result parse(AnnotatedDoc doc, List<Actor> actors, List<Place> dictionaryPlaces) {
    return resolve(doc, recognise(doc, dictionaryPlaces), actors, dictionaryPlaces);
  }

  /** Resolves given spans (gold toponyms, for scoring disambiguation alone). */
  public Result resolveSpans(
      AnnotatedDoc doc, List<Span> spans, List<Actor> actors, List<Place> dictionaryPlaces) {
    List<Mention> ms = new ArrayList<>();
    for (Span s : spans) {
      ms.add(new Mention(s.of(doc.text()), s, sentenceOf(doc, s), "gold"));
    }
    return resolve(doc, ms, actors, dictionaryPlaces);
  }

  /**
   * The baseline reading of a name: the gazetteer's first candidate (a country before a region
   * before a city, each kind by population), or the abbreviation's place; null when none.
   */
  public GazetteerEntry largestPopulation(String name) {
    Abbreviations.Abbreviation a = abbreviations.lookup(name);
    if (a != null) {
      GazetteerEntry e = abbreviationEntry(a);
      if (e != null) {
        return e;
      }
    }
    List<GazetteerEntry> all = gazetteer.lookup(name);
    if (all.isEmpty()) {
      return macro.byName(name);
    }
    return all.get(0);
  }

  // ---- recognition ----

  private List<Mention> recognise(AnnotatedDoc doc, List<Place> dictionaryPlaces) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      int i = 0;
      while (i < t.size()) {
        if (PLACE_LABELS.contains(t.get(i).ner())) {
          int j = i + 1;
          while (j < t.size() && PLACE_LABELS.contains(t.get(j).ner())) {
            j++;
          }
          Span span = s.span(i, j);
          found.add(new Mention(span.of(doc.text()), span, s.index(), "ner"));
          i = j;
          continue;
        }
        Token tok = t.get(i);
        if (tok.ner().equals("O") && abbreviations.lookup(tok.word()) != null) {
          found.add(new Mention(tok.word(), tok.span(), s.index(), "abbreviation"));
        } else if (demonym(tok) != null
            && !(i + 1 < t.size() && t.get(i + 1).word().startsWith("American"))) {
          // "Irish Americans", "African Americans" are Americans.
          found.add(new Mention(tok.word(), tok.span(), s.index(), "demonym"));
        }
        i++;
      }
    }
    for (Place p : dictionaryPlaces) {
      for (Mention m : p.mentions()) {
        if (found.stream().noneMatch(f -> f.span().overlaps(m.span()))
            && !insideName(doc.sentences().get(m.sentence()), m.span())) {
          found.add(new Mention(m.text(), m.span(), m.sentence(), "dictionary"));
        }
      }
    }
    found.sort(Comparator.comparing(Mention::span));
    return found;
  }

  /**
   * The country a capitalised adjective or demonym names ("Syrian", "Britons"), or null when it is
   * none, names several, or stands in a person's or an organisation's name.
   */
  private Country demonym(Token tok) {
    String w = tok.word();
    if (w.length() < 4
        || !Character.isUpperCase(w.charAt(0))
        || tok.ner().equals("PERSON")
        || tok.ner().equals("ORGANIZATION")
        || !(tok.pos().startsWith("JJ") || tok.pos().startsWith("NNP"))) {
      return null;
    }
    List<Country> cs = gazetteer.countriesByDemonym(w);
    return cs.size() == 1 ? cs.get(0) : null;
  }

  /** Whether a span lies inside a person's or an organisation's name. */
  private static boolean insideName(Sentence s, Span span) {
    for (Token t : s.tokens()) {
      if (t.span().overlaps(span) && (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION"))) {
        return true;
      }
    }
    return false;
  }

  private static int sentenceOf(AnnotatedDoc doc, Span span) {
    for (Sentence s : doc.sentences()) {
      if (s.span().overlaps(span)) {
        return s.index();
      }
    }
    return -1;
  }

  // ---- disambiguation ----

  private record Named(
      Mention mention, List<GazetteerEntry> candidates, GazetteerEntry qualifier) {}

  private Result resolve(
      AnnotatedDoc doc, List<Mention> mentions, List<Actor> actors, List<Place> dictionaryPlaces) {
    List<Named> named = new ArrayList<>();
    for (Mention m : mentions) {
      named.add(
          new Named(
              m,
              m.via().equals("demonym")
                  ? demonymCandidates(m.text())
                  : candidates(m.text(), m.span(), dictionaryPlaces),
              qualifier(doc, m.span())));
    }
    // Context: countries and regions that are named without ambiguity, and the actors' countries.
    Votes votes = new Votes();
    for (Actor a : actors) {
      if (a.country() != null) {
        gazetteer.countryByIso3(a.country()).ifPresent(c -> votes.country(c.iso2(), 0.5));
      }
    }
    for (Named n : named) {
      if (n.candidates().size() == 1) {
        GazetteerEntry e = n.candidates().get(0);
        votes.add(e, 1.0);
      } else if (!n.candidates().isEmpty()
          && n.candidates().get(0).type() == GeoType.COUNTRY
          && n.candidates().get(0).name().equalsIgnoreCase(n.mention().text())) {
        votes.add(n.candidates().get(0), 1.0);
      }
    }
    List<GazetteerEntry> first = new ArrayList<>();
    for (Named n : named) {
      first.add(best(n, votes));
    }
    // Second pass: the first pass's choices are context too.
    Votes second = votes.copy();
    for (GazetteerEntry e : first) {
      if (e != null) {
        second.add(e, 0.5);
      }
    }
    List<Toponym> out = new ArrayList<>();
    for (Named n : named) {
      GazetteerEntry e = best(n, second);
      out.add(
          new Toponym(
              n.mention().span(),
              n.mention().sentence(),
              n.mention().text(),
              e,
              n.mention().via()));
    }
    return new Result(out, focus(out));
  }

  /** "Chadian" names the country, never a town that GeoNames also calls so. */
  private List<GazetteerEntry> demonymCandidates(String text) {
    List<Country> cs = gazetteer.countriesByDemonym(text);
    return cs.size() == 1 ? List.of(gazetteer.entryOf(cs.get(0))) : List.of();
  }

  /** An abbreviation as written, without its spaces ("W. Va."), or with its last dot restored. */
  private Abbreviations.Abbreviation abbreviation(String text) {
    String tight = text.replace(" ", "");
    for (String form : List.of(text, tight, tight + ".")) {
      Abbreviations.Abbreviation a = abbreviations.lookup(form);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  /** The candidates of a name: abbreviations first, then the gazetteer, then the dictionary. */
  private List<GazetteerEntry> candidates(String text, Span span, List<Place> dictionaryPlaces) {
    List<GazetteerEntry> direct = directCandidates(text, span, dictionaryPlaces);
    if (!direct.isEmpty()) {
      return direct;
    }
    // "Putnam County", "Western Kentucky", "Metro Nashville": the named place itself is the best
    // point the gazetteer has for a county, a part of a region or a district.
    String[] words = text.split(" ");
    if (words.length >= 2 && COUNTY_WORDS.contains(words[words.length - 1])) {
      String core = String.join(" ", List.of(words).subList(0, words.length - 1));
      return directCandidates(core, span, List.of()).stream()
          .filter(e -> e.type() == GeoType.CITY)
          .toList();
    }
    if (words.length >= 2 && DIRECTION_WORDS.contains(words[0])) {
      String core = String.join(" ", List.of(words).subList(1, words.length));
      return directCandidates(core, span, dictionaryPlaces);
    }
    return List.of();
  }

  private static final Set<String> COUNTY_WORDS = Set.of("County", "Parish", "Borough", "District");
  private static final Set<String> DIRECTION_WORDS =
      Set.of(
          "North",
          "South",
          "East",
          "West",
          "Northeast",
          "Northwest",
          "Southeast",
          "Southwest",
          "Northern",
          "Southern",
          "Eastern",
          "Western",
          "Central",
          "Upstate",
          "Downtown",
          "Greater",
          "Metro",
          "Sub-Saharan",
          "Northeastern",
          "Northwestern",
          "Southeastern",
          "Southwestern");

  private List<GazetteerEntry> directCandidates(
      String text, Span span, List<Place> dictionaryPlaces) {
    Abbreviations.Abbreviation a = abbreviation(text);
    if (a != null) {
      GazetteerEntry e = abbreviationEntry(a);
      if (e != null) {
        return List.of(e);
      }
    }
    // Only names: "European integration", "Euro-Atlantic" are no places.
    GazetteerEntry larger = macro.byName(text);
    if (larger != null) {
      return List.of(larger);
    }
    List<Country> demonyms = gazetteer.countriesByDemonym(text);
    if (demonyms.size() == 1 && gazetteer.lookup(text).isEmpty()) {
      return List.of(gazetteer.entryOf(demonyms.get(0)));
    }
    List<GazetteerEntry> all = gazetteer.lookup(text);
    if (isAcronym(text)) {
      // "EU", "NATO": an acronym is no town that happens to be spelled the same ("Eu").
      all = all.stream().filter(e -> e.type() != GeoType.CITY || e.name().equals(text)).toList();
    }
    // The actor dictionary's reading of an ambiguous name (a country or a US state of the same
    // name)
    // decides between a country and a first-level unit.
    for (Place p : dictionaryPlaces) {
      if (p.type().equals("city")) {
        // A capital in the dictionary is one reading among others: towns elsewhere share its name.
        continue;
      }
      for (Mention m : p.mentions()) {
        if (m.span().equals(span)) {
          List<GazetteerEntry> agreeing = all.stream().filter(e -> agrees(e, p)).toList();
          if (!agreeing.isEmpty()) {
            return agreeing;
          }
        }
      }
    }
    return all;
  }

  private static boolean isAcronym(String text) {
    return text.length() <= 5 && text.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  private static boolean agrees(GazetteerEntry e, Place p) {
    if (p.type().equals("country")) {
      return e.type() == GeoType.COUNTRY && e.iso3().equals(p.country());
    }
    if (p.type().equals("us-state")) {
      return e.type() == GeoType.REGION && e.iso2().equals("US");
    }
    return e.iso3().equals(p.country()) && e.type() != GeoType.CITY;
  }

  private GazetteerEntry abbreviationEntry(Abbreviations.Abbreviation a) {
    if (a.admin1() == null) {
      return gazetteer.countryByIso2(a.iso2()).map(gazetteer::entryOf).orElse(null);
    }
    for (GazetteerEntry e : gazetteer.lookup(a.name())) {
      if (e.type() == GeoType.REGION
          && e.iso2().equals(a.iso2())
          && e.admin1().equals(a.admin1())) {
        return e;
      }
    }
    return null;
  }

  /**
   * The region or country that qualifies a name right after it: "Springfield, Ill.", "Perth,
   * Scotland".
   */
  private GazetteerEntry qualifier(AnnotatedDoc doc, Span span) {
    String text = doc.text();
    int k = span.end();
    if (k >= text.length() || text.charAt(k) != ',') {
      return null;
    }
    k++;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    int end = k;
    while (end < text.length()
        && (Character.isLetter(text.charAt(end)) || ". '".indexOf(text.charAt(end)) >= 0)) {
      end++;
    }
    String rest = text.substring(k, end).strip();
    // Longest prefix of up to four words that names a region, a country or an abbreviation.
    String[] words = rest.split(" ");
    for (int n = Math.min(4, words.length); n > 0; n--) {
      String cand = String.join(" ", List.of(words).subList(0, n));
      String bare =
          cand.endsWith(".") && !abbreviationLike(cand)
              ? cand.substring(0, cand.length() - 1)
              : cand;
      if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0))) {
        continue;
      }
      Abbreviations.Abbreviation a = abbreviations.qualifier(cand);
      if (a == null) {
        a = abbreviations.qualifier(bare);
      }
      if (a != null) {
        GazetteerEntry e = abbreviationEntry(a);
        if (e != null) {
          return e;
        }
      }
      for (GazetteerEntry e : gazetteer.lookup(bare)) {
        if (e.type() == GeoType.COUNTRY || e.type() == GeoType.REGION) {
          return e;
        }
      }
    }
    return null;
  }

  private static boolean abbreviationLike(String s) {
    return s.length() <= 6 && s.chars().filter(c -> c == '.').count() >= 1;
  }

  /**
   * The best candidate of a name, or null when it has none. Score: a kind prior (country 3,
   * territory 2.2, region 2, city 0), plus log10(population)/2 (a city of a million: 3), plus 6
   * when a qualifier names the candidate's region or country, plus 3 times the share of the
   * article's country context that is the candidate's country, plus 2 times the share of its region
   * context that is the candidate's region, plus 0.5 for a capital.
   */
  private GazetteerEntry best(Named n, Votes votes) {
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry e : n.candidates()) {
      double s = score(e, n.qualifier(), votes);
      if (NameKey.of(e.name()).equals(NameKey.of(n.mention().text()))) {
        s += 1;
      }
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    if (best != null && best.type() == GeoType.REGION) {
      // A city that is its own region (a capital district, a city state) is named as the city.
      for (GazetteerEntry e : n.candidates()) {
        if (e.type() == GeoType.CITY
            && e.iso2().equals(best.iso2())
            && e.admin1().equals(best.admin1())
            && (e.featureCode().equals("PPLC") || e.featureCode().equals("PPLA"))
            && NameKey.of(e.name()).equals(NameKey.of(n.mention().text()))) {
          return e;
        }
      }
    }
    return best;
  }

  static double prior(GazetteerEntry e) {
    return switch (e.type()) {
      case COUNTRY -> 3.0;
      case TERRITORY -> 2.2;
      case REGION -> 2.0;
      case CITY, MACRO -> 0.0;
    };
  }

  private double score(GazetteerEntry e, GazetteerEntry qualifier, Votes votes) {
    double s = prior(e);
    s += Math.log10(Math.max(1, e.population())) / 2;
    if (qualifier != null && e != qualifier) {
      boolean sameRegion =
          qualifier.type() == GeoType.REGION
              && qualifier.iso2().equals(e.iso2())
              && qualifier.admin1().equals(e.admin1());
      boolean sameCountry =
          qualifier.type() == GeoType.COUNTRY && qualifier.iso2().equals(e.iso2());
      if (sameRegion || sameCountry) {
        s += 6;
      }
    }
    s += 5 * votes.countryShare(e.iso2());
    if (e.type() != GeoType.COUNTRY) {
      s += 2 * votes.regionShare(e.iso2(), e.admin1());
    }
    if (e.featureCode().equals("PPLC")) {
      s += 0.5;
    }
    return s;
  }

  /** The countries (ISO3) that hold at least a quarter of the resolved toponyms, most first. */
  private static List<String> focus(List<Toponym> toponyms) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int total = 0;
    for (Toponym t : toponyms) {
      if (t.entry() != null && !t.entry().iso3().isEmpty()) {
        counts.merge(t.entry().iso3(), 1, Integer::sum);
        total++;
      }
    }
    int all = total;
    return counts.entrySet().stream()
        .filter(e -> e.getValue() * 4 >= all)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Weighted mentions of countries and first-level regions in an article. */
  private static final class Votes {
    private final Map<String, Double> countries = new HashMap<>();
    private final Map<String, Double> regions = new HashMap<>();
    private double countryTotal;
    private double regionTotal;

    void country(String iso2, double w) {
      countries.merge(iso2, w, Double::sum);
      countryTotal += w;
    }

    void add(GazetteerEntry e, double w) {
      country(e.iso2(), w);
      if (e.type() != GeoType.COUNTRY && !e.admin1().isEmpty()) {
        regions.merge(e.iso2() + "." + e.admin1(), w, Double::sum);
        regionTotal += w;
      }
    }

    double countryShare(String iso2) {
      return countryTotal == 0 ? 0 : countries.getOrDefault(iso2, 0.0) / countryTotal;
    }

    double regionShare(String iso2, String admin1) {
      return regionTotal == 0 ? 0 : regions.getOrDefault(iso2 + "." + admin1, 0.0) / regionTotal;
    }

    Votes copy() {
      Votes v = new Votes();
      v.countries.putAll(countries);
      v.regions.putAll(regions);
      v.countryTotal = countryTotal;
      v.regionTotal = regionTotal;
      return v;
    }
  }
}
