package org.annalist.pipeline.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.model.Actor;
import org.annalist.model.ActorType;
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
  public record Toponym(
      Span span, int sentence, String text, GazetteerEntry entry, String via, boolean within) {
    /** A toponym that names its entry itself. */
    public Toponym(Span span, int sentence, String text, GazetteerEntry entry, String via) {
      this(span, sentence, text, entry, via, false);
    }
  }

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
      Span dateline = dateline(s);
      if (dateline != null) {
        found.add(new Mention(dateline.of(doc.text()), dateline, s.index(), "dateline"));
      }
      int i = 0;
      while (dateline != null && i < t.size() && t.get(i).span().end() <= dateline.end()) {
        i++;
      }
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
        if (t.get(i).ner().equals("ORGANIZATION")) {
          int j = i + 1;
          while (j < t.size() && t.get(j).ner().equals("ORGANIZATION")) {
            j++;
          }
          if (j == i + 1 && macro.byName(t.get(i).word()) != null) {
            // "the EU", tagged as the organisation it also is.
            found.add(new Mention(t.get(i).word(), t.get(i).span(), s.index(), "ner"));
            i = j;
            continue;
          }
          if (j == i + 1 && abbreviations.lookup(t.get(i).word()) != null) {
            // "the DPRK", "T&T": a country's abbreviation tagged as its government.
            found.add(new Mention(t.get(i).word(), t.get(i).span(), s.index(), "abbreviation"));
            i = j;
            continue;
          }
          Span place = publicBodyPlace(s, i, j);
          if (place != null) {
            found.add(new Mention(place.of(doc.text()), place, s.index(), "embedded"));
          }
          i = j;
          continue;
        }
        Token tok = t.get(i);
        if (i + 1 < t.size() && pairDemonym(tok, t.get(i + 1)) != null) {
          // "South Korean", "Saint Lucian": a demonym of two words.
          Span span = s.span(i, i + 2);
          found.add(new Mention(span.of(doc.text()), span, s.index(), "demonym"));
          i += 2;
          continue;
        }
        int unit = unitName(t, i);
        if (unit > i) {
          Span span = s.span(i, unit);
          found.add(new Mention(span.of(doc.text()), span, s.index(), "unit"));
          i = unit;
          continue;
        }
        if (tok.ner().equals("O") && abbreviations.lookup(tok.word()) != null) {
          found.add(new Mention(tok.word(), tok.span(), s.index(), "abbreviation"));
        } else if ((demonym(tok) != null
                || macroAdjective(t, i) != null
                || placeDemonym(tok) != null)
            && !(i + 1 < t.size() && t.get(i + 1).word().startsWith("American"))) {
          // "Irish Americans", "African Americans" are Americans.
          found.add(new Mention(tok.word(), tok.span(), s.index(), "demonym"));
        }
        i++;
      }
    }
    found.addAll(echoes(doc, found));
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
   * Names the tagger read as a place once and as a person or an organisation elsewhere in the
   * article ("the city of Douma" and "Douma's fall"), and names after a word for a settlement or a
   * district and "of" that the gazetteer knows ("the Kurdish enclave of Afrin"): a name tagged as a
   * whole, alone, not inside a longer name, that the gazetteer knows.
   */
  private List<Mention> echoes(AnnotatedDoc doc, List<Mention> found) {
    Set<String> named = new java.util.HashSet<>();
    for (Mention m : found) {
      if (m.via().equals("ner") && !directCandidates(m.text(), m.span(), List.of()).isEmpty()) {
        named.add(m.text());
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      int i = 0;
      while (i < t.size()) {
        String tag = t.get(i).ner();
        int j = i + 1;
        while (j < t.size() && t.get(j).ner().equals(tag) && !tag.equals("O")) {
          j++;
        }
        if (tag.equals("PERSON") || tag.equals("ORGANIZATION")) {
          Span span = s.span(i, j);
          String text = span.of(doc.text());
          boolean settlement =
              j == i + 1
                  && i >= 2
                  && t.get(i - 1).word().equals("of")
                  && SETTLEMENT_WORDS.contains(t.get(i - 2).word().toLowerCase(Locale.ROOT))
                  && gazetteer.lookup(text).stream().anyMatch(e -> e.type() != GeoType.COUNTRY);
          if ((named.contains(text) || settlement)
              && found.stream().noneMatch(f -> f.span().overlaps(span))) {
            out.add(new Mention(text, span, s.index(), "echo"));
          }
        }
        i = j;
      }
    }
    return out;
  }

  /** Words for a settlement or a district that, with "of", name one: "the town of". */
  private static final Set<String> SETTLEMENT_WORDS =
      Set.of(
          "city",
          "town",
          "village",
          "enclave",
          "district",
          "suburb",
          "port",
          "province",
          "region",
          "county",
          "municipality",
          "township",
          "hamlet",
          "neighbourhood",
          "neighborhood");

  /**
   * The end of a first-level unit's name that the tagger missed, followed by the word for such a
   * unit, from token {@code i}: "Sindh province" ends after "province"; else {@code i}.
   */
  private int unitName(List<Token> t, int i) {
    int j = i;
    while (j < t.size()
        && j - i < 3
        && t.get(j).ner().equals("O")
        && !t.get(j).word().isEmpty()
        && Character.isUpperCase(t.get(j).word().charAt(0))) {
      j++;
    }
    if (j == i || j >= t.size() || !UNIT_WORDS.contains(t.get(j).word().toLowerCase(Locale.ROOT))) {
      return i;
    }
    String name = String.join(" ", t.subList(i, j).stream().map(Token::word).toList());
    boolean unit = gazetteer.lookup(name).stream().anyMatch(e -> e.type() == GeoType.REGION);
    return unit ? j + 1 : i;
  }

  /** Words for a first-level unit that, after a unit's name, make it a place name. */
  private static final Set<String> UNIT_WORDS =
      Set.of("province", "prefecture", "governorate", "oblast", "krai");

  /**
   * The place of a dateline that opens a sentence: capitals followed by a dash or a comma
   * ("MANSFIELD —", "HURRICANE, W.Va. -"), when the gazetteer knows the name; null otherwise. The
   * rest of such a sentence is left to the other rules.
   */
  private Span dateline(Sentence s) {
    List<Token> t = s.tokens();
    int j = 0;
    while (j < t.size() && j < 4 && isCapitals(t.get(j).word())) {
      j++;
    }
    if (j == 0 || j >= t.size() || !t.get(j).word().matches(",|-+|—|–")) {
      return null;
    }
    if (PLACE_LABELS.contains(t.get(0).ner())) {
      return null;
    }
    String name = String.join(" ", t.subList(0, j).stream().map(Token::word).toList());
    return gazetteer.lookup(name).isEmpty() ? null : s.span(0, j);
  }

  /**
   * Whether a name has the shape of a dateline: in capitals, opening its sentence, followed by a
   * comma, a dash or a parenthesis ("NEW YORK (AP) -"). A dateline names a town.
   */
  private static boolean datelineShape(AnnotatedDoc doc, Mention m) {
    Sentence s = doc.sentences().get(m.sentence());
    if (s.tokens().isEmpty() || s.tokens().get(0).span().start() != m.span().start()) {
      return false;
    }
    for (String w : m.text().split(" ")) {
      if (!isCapitals(w)) {
        return false;
      }
    }
    String text = doc.text();
    int k = m.span().end();
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    return k < text.length() && ",-—–(".indexOf(text.charAt(k)) >= 0;
  }

  /** The towns among candidates, or all of them when none is a town. */
  private static List<GazetteerEntry> towns(List<GazetteerEntry> candidates) {
    List<GazetteerEntry> towns = candidates.stream().filter(e -> e.type() == GeoType.CITY).toList();
    return towns.isEmpty() ? candidates : towns;
  }

  private static boolean isCapitals(String w) {
    return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  /**
   * Words of the name of a public body named after the place it serves: "Ohio Senate", "Texas
   * Forest Service", "Indiana Department of Workforce Development", "Fort Mill High School",
   * "University of Rochester", "Kanawha County Emergency Services".
   */
  private static final Set<String> PUBLIC_BODY_WORDS =
      Set.of(
          "department",
          "senate",
          "house",
          "assembly",
          "legislature",
          "parliament",
          "government",
          "service",
          "services",
          "police",
          "court",
          "commission",
          "board",
          "authority",
          "agency",
          "ministry",
          "council",
          "office",
          "university",
          "college",
          "school",
          "academy",
          "elementary",
          "patrol",
          "guard",
          "army",
          "museum",
          "library",
          "hospital",
          "airport",
          "port",
          "railway",
          "railroad",
          "transit",
          "recreation",
          "parks",
          "works",
          "district",
          "committee",
          "chamber",
          "sheriff",
          "county");

  /** Portfolios that name a ministry ("Commerce Department", "Justice Ministry"). */
  private static final Set<String> PORTFOLIOS =
      Set.of(
          "commerce",
          "justice",
          "energy",
          "labor",
          "labour",
          "treasury",
          "interior",
          "agriculture",
          "defense",
          "defence",
          "education",
          "transportation",
          "health",
          "trade",
          "finance",
          "housing");

  /**
   * The place that begins the name of a public body spanning tokens [from, to), or ends it after
   * "of" ("University of Rochester"), and that the body is named after: "Ohio" in "Ohio Department
   * of Transportation"; null for any other organisation ("Bank of America", "American Woodmark").
   * The place is a country, a region, a county, a town of 10,000 people or an abbreviation ("U.S.
   * Senate").
   */
  private Span publicBodyPlace(Sentence s, int from, int to) {
    List<Token> t = s.tokens();
    boolean publicBody = false;
    for (int k = from + 1; k < to; k++) {
      if (PUBLIC_BODY_WORDS.contains(t.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
        publicBody = true;
        break;
      }
    }
    if (!publicBody) {
      return null;
    }
    for (int n = Math.min(3, to - from - 1); n >= 1; n--) {
      if (n == 1 && PORTFOLIOS.contains(t.get(from).word().toLowerCase(java.util.Locale.ROOT))) {
        continue; // "Commerce Department" is a ministry, not Commerce, California
      }
      if (namesPlace(t.subList(from, from + n))) {
        return s.span(from, from + n);
      }
    }
    for (int k = from + 1; k < to - 1; k++) {
      if (t.get(k).word().equals("of") && namesPlace(t.subList(k + 1, to))) {
        return s.span(k + 1, to);
      }
    }
    return null;
  }

  private boolean namesPlace(List<Token> tokens) {
    String name = String.join(" ", tokens.stream().map(Token::word).toList());
    if (tokens.size() == 1 && abbreviations.lookup(name) != null) {
      return true;
    }
    for (GazetteerEntry e : gazetteer.lookup(name)) {
      if ((e.type() == GeoType.COUNTRY
              || e.type() == GeoType.REGION
              || e.type() == GeoType.COUNTY
              || e.type() == GeoType.CITY && e.population() >= 10_000)
          && NameKey.of(e.name()).equals(NameKey.of(name))) {
        return true;
      }
    }
    return false;
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
    if (cs.isEmpty() && w.endsWith("s") && tok.pos().equals("NNPS")) {
      // "Mexicans", "Palestinians": the people of a country.
      cs = gazetteer.countriesByDemonym(w.substring(0, w.length() - 1));
    }
    cs = sovereign(cs);
    return cs.size() == 1 ? cs.get(0) : null;
  }

  /**
   * The country a demonym of two capitalised words names ("South Korean", "Saint Lucian"), or null.
   */
  private Country pairDemonym(Token first, Token second) {
    if (first.ner().equals("PERSON")
        || first.ner().equals("ORGANIZATION")
        || second.ner().equals("PERSON")
        || second.ner().equals("ORGANIZATION")
        || first.word().isEmpty()
        || second.word().isEmpty()
        || !Character.isUpperCase(first.word().charAt(0))
        || !Character.isUpperCase(second.word().charAt(0))) {
      return null;
    }
    List<Country> cs = sovereign(gazetteer.countriesByDemonym(first.word() + " " + second.word()));
    return cs.size() == 1 ? cs.get(0) : null;
  }

  /** The region or city a capitalised demonym names ("Iowan", "Londoners"), or null. */
  private Abbreviations.Abbreviation placeDemonym(Token tok) {
    String w = tok.word();
    if (w.length() < 4
        || !Character.isUpperCase(w.charAt(0))
        || tok.ner().equals("PERSON")
        || tok.ner().equals("ORGANIZATION")
        || !(tok.pos().startsWith("JJ") || tok.pos().startsWith("NNP"))) {
      return null;
    }
    return abbreviations.demonym(w);
  }

  /**
   * The continent or world region a capitalised adjective or demonym names ("European",
   * "Africans"), or null; not the second word of a longer one ("South African", "Southeast Asian"),
   * which names a country or another region.
   */
  private GazetteerEntry macroAdjective(List<Token> t, int i) {
    Token tok = t.get(i);
    if (tok.word().isEmpty()
        || !Character.isUpperCase(tok.word().charAt(0))
        || tok.ner().equals("PERSON")
        || tok.ner().equals("ORGANIZATION")
        || !(tok.pos().startsWith("JJ") || tok.pos().startsWith("NNP"))) {
      return null;
    }
    if (i > 0
        && !t.get(i - 1).word().isEmpty()
        && Character.isUpperCase(t.get(i - 1).word().charAt(0))
        && (t.get(i - 1).pos().startsWith("NNP") || t.get(i - 1).pos().startsWith("JJ"))) {
      return null;
    }
    if (i + 1 < t.size()
        && POLITICAL_IDEAS.contains(t.get(i + 1).lemma().toLowerCase(Locale.ROOT))) {
      return null; // "European integration" is a policy, not a place
    }
    return macro.byAdjective(tok.word());
  }

  /** Nouns that, after a continent's adjective, name an idea or a policy, not something in it. */
  private static final Set<String> POLITICAL_IDEAS =
      Set.of(
          "integration",
          "aspiration",
          "path",
          "future",
          "value",
          "perspective",
          "choice",
          "course",
          "vocation",
          "project",
          "dream",
          "ideal",
          "unity",
          "orientation",
          "vector",
          "direction",
          "agenda",
          "identity",
          "family",
          "solidarity");

  /**
   * The one sovereign state among countries that share a demonym ("French": France, not the French
   * Southern Lands; "American": the United States, not American Samoa); else all of them.
   */
  private static List<Country> sovereign(List<Country> cs) {
    if (cs.size() < 2) {
      return cs;
    }
    List<Country> states = cs.stream().filter(Country::independent).toList();
    return states.size() == 1 ? states : cs;
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

  /**
   * A mention with its candidates and qualifier; {@code asRegion} when the text says it names a
   * region: "Ohio state", or a qualifier after a comma ("Dayton, Ohio").
   */
  private record Named(
      Mention mention,
      List<GazetteerEntry> candidates,
      GazetteerEntry qualifier,
      boolean asRegion) {
    Named(Mention mention, List<GazetteerEntry> candidates, GazetteerEntry qualifier) {
      this(mention, candidates, qualifier, false);
    }
  }

  private static boolean asRegion(String text, Span span) {
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 6));
    int k = span.start() - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return after.equalsIgnoreCase(" state") || k >= 0 && text.charAt(k) == ',';
  }

  private Result resolve(
      AnnotatedDoc doc, List<Mention> mentions, List<Actor> actors, List<Place> dictionaryPlaces) {
    List<Named> named = new ArrayList<>();
    for (Mention m : mentions) {
      named.add(
          new Named(
              m,
              m.via().equals("demonym")
                  ? demonymCandidates(m.text())
                  : datelineShape(doc, m)
                      ? towns(candidates(m.text(), m.span(), dictionaryPlaces))
                      : candidates(m.text(), m.span(), dictionaryPlaces),
              qualifier(doc, m.span()),
              asRegion(doc.text(), m.span())));
    }
    // Context: countries and regions that are named without ambiguity, and the actors' countries
    // (but not of an actor that is only a place name read as one, nor of a company or a media
    // outlet: "follow us on Twitter" says nothing of where a story is). A name is never its own
    // context: a name five times in a story is no vote for its most famous reading
    // against the story's other places; so each name's votes are kept apart.
    Votes votes = new Votes();
    for (Actor a : actors) {
      if (a.country() != null && !commercial(a) && !onlyPlaceNames(a, mentions)) {
        gazetteer.countryByIso3(a.country()).ifPresent(c -> votes.country(c.iso2(), 0.5));
      }
    }
    Map<String, Votes> own = new HashMap<>();
    for (Named n : named) {
      GazetteerEntry e = null;
      if (n.candidates().size() == 1) {
        e = n.candidates().get(0);
      } else if (!n.candidates().isEmpty()
          && n.candidates().get(0).type() == GeoType.COUNTRY
          && n.candidates().get(0).name().equalsIgnoreCase(n.mention().text())) {
        e = n.candidates().get(0);
      }
      if (e != null) {
        votes.add(e, 1.0);
        own.computeIfAbsent(nameKey(n), k -> new Votes()).add(e, 1.0);
      }
    }
    Colocation colocation = new Colocation(named);
    List<GazetteerEntry> first = new ArrayList<>();
    for (Named n : named) {
      first.add(best(n, votes.minus(own.get(nameKey(n))), colocation));
    }
    // Second pass: the first pass's choices are context too.
    Votes second = votes.copy();
    for (int i = 0; i < named.size(); i++) {
      GazetteerEntry e = first.get(i);
      if (e != null) {
        second.add(e, 0.5);
        own.computeIfAbsent(nameKey(named.get(i)), k -> new Votes()).add(e, 0.5);
      }
    }
    List<Toponym> out = new ArrayList<>();
    for (Named n : named) {
      GazetteerEntry e = best(n, second.minus(own.get(nameKey(n))), colocation);
      out.add(
          new Toponym(
              n.mention().span(),
              n.mention().sentence(),
              n.mention().text(),
              e,
              n.mention().via()));
    }
    return new Result(locate(out, second), focus(out));
  }

  private static String nameKey(Named n) {
    return NameKey.of(n.mention().text());
  }

  /** Whether an actor is a named company or media outlet: a group whose sector is BUS or MED. */
  private static boolean commercial(Actor a) {
    String code = a.code();
    return a.type() == ActorType.GROUP
        && code.length() >= 6
        && (code.startsWith("BUS", 3) || code.startsWith("MED", 3));
  }

  /**
   * Whether every mention of an actor is one of the toponyms (a country's name read as an actor).
   */
  private static boolean onlyPlaceNames(Actor a, List<Mention> toponyms) {
    for (Mention m : a.mentions()) {
      if (toponyms.stream().noneMatch(t -> t.span().overlaps(m.span()))) {
        return false;
      }
    }
    return true;
  }

  // ---- features the gazetteer lacks ----

  /** Words that end the name of a street: such a name lies in the town the article is about. */
  private static final Set<String> STREET_WORDS =
      Set.of(
          "street",
          "st",
          "avenue",
          "ave",
          "road",
          "rd",
          "drive",
          "dr",
          "lane",
          "ln",
          "boulevard",
          "blvd",
          "highway",
          "hwy",
          "parkway",
          "pike",
          "turnpike",
          "way",
          "place",
          "court",
          "circle",
          "square",
          "plaza",
          "terrace",
          "alley",
          "trail");

  /**
   * Words that end the name of another feature inside or near a town: a building, a park, a
   * neighbourhood, a river. "Alder Hey Children's Hospital", "Squirrel Hill", "Sacramento River".
   */
  private static final Set<String> FEATURE_WORDS =
      Set.of(
          "park",
          "hall",
          "hospital",
          "school",
          "college",
          "university",
          "church",
          "cathedral",
          "basilica",
          "mosque",
          "temple",
          "bridge",
          "station",
          "airport",
          "center",
          "centre",
          "mall",
          "market",
          "estate",
          "fairgrounds",
          "cemetery",
          "stadium",
          "arena",
          "library",
          "museum",
          "courthouse",
          "prison",
          "jail",
          "hill",
          "hills",
          "heights",
          "ridge",
          "quarter",
          "district",
          "township",
          "village",
          "creek",
          "canal",
          "harbor",
          "harbour",
          "port",
          "pier",
          "beach",
          "island",
          "islands",
          "assembly",
          "building",
          "tower",
          "house",
          "palace",
          "base",
          "camp",
          "farm",
          "ranch",
          "plantation",
          "reservoir",
          "lake",
          "river",
          "bay",
          "dam",
          "zoo");

  /**
   * Gives an unresolved toponym the place it lies in. First a place of the article that its name
   * begins or ends with ("Manila Cathedral", "north west London"). Then, for a street, the town the
   * article is about (its most-mentioned town or county, else its most-mentioned region); for any
   * other name of two or more words, the place its own name begins with, chosen in the article's
   * context ("Walker County Fairgrounds", "Karnataka Assembly", "Louisiana Purchase"), else, for a
   * feature, that town. Such a toponym is marked {@link Toponym#within()}: its point is that of the
   * place it lies in.
   */
  private List<Toponym> locate(List<Toponym> toponyms, Votes votes) {
    Map<String, GazetteerEntry> known = new HashMap<>();
    Map<GazetteerEntry, Integer> towns = new LinkedHashMap<>();
    Map<GazetteerEntry, Integer> regions = new LinkedHashMap<>();
    for (Toponym t : toponyms) {
      GazetteerEntry e = t.entry();
      if (e == null) {
        continue;
      }
      known.putIfAbsent(NameKey.of(t.text()), e);
      known.putIfAbsent(NameKey.of(e.name()), e);
      if (e.type() == GeoType.CITY || e.type() == GeoType.COUNTY) {
        towns.merge(e, 1, Integer::sum);
      } else if (e.type() == GeoType.REGION) {
        regions.merge(e, 1, Integer::sum);
      }
    }
    GazetteerEntry anchor = mostMentioned(towns);
    if (anchor == null) {
      anchor = mostMentioned(regions);
    }
    List<Toponym> out = new ArrayList<>(toponyms.size());
    for (Toponym t : toponyms) {
      if (t.entry() != null) {
        out.add(t);
        continue;
      }
      String last = lastWord(t.text());
      GazetteerEntry e = known(t.text(), known);
      if (e == null && FEATURE_WORDS.contains(last)) {
        e = partInContext(t, votes);
      } else if (e == null && !last.isEmpty() && !STREET_WORDS.contains(last)) {
        // Another name that begins with a place's ("Louisiana Purchase"): only a country or a
        // region, or a large town of a country the article is about, not "Pearl" of "Pearl
        // Harbor" or "City" of "City Hall".
        GazetteerEntry part = partInContext(t, votes);
        if (part != null
            && (part.type() != GeoType.CITY
                || part.population() >= 100_000 && votes.countryShare(part.iso2()) > 0)) {
          e = part;
        }
      }
      if (e == null && (STREET_WORDS.contains(last) || FEATURE_WORDS.contains(last))) {
        e = anchor;
      }
      out.add(e == null ? t : new Toponym(t.span(), t.sentence(), t.text(), e, t.via(), true));
    }
    return out;
  }

  private static String lastWord(String text) {
    String[] words = NameKey.of(text).split(" ");
    return words.length >= 2 ? words[words.length - 1] : "";
  }

  private static GazetteerEntry mostMentioned(Map<GazetteerEntry, Integer> counts) {
    GazetteerEntry best = null;
    int most = 0;
    for (Map.Entry<GazetteerEntry, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** The leading and trailing parts of a name, longest first: its possible inner place names. */
  private static List<String> parts(String text) {
    String[] words = text.split("[ ,]+");
    List<String> out = new ArrayList<>();
    for (int n = words.length - 1; n >= 1; n--) {
      out.add(String.join(" ", List.of(words).subList(0, n)));
      out.add(String.join(" ", List.of(words).subList(words.length - n, words.length)));
    }
    out.removeIf(p -> p.isEmpty() || !Character.isUpperCase(p.charAt(0)));
    return out;
  }

  /** The place of the article that a leading or trailing part of a name names, or null. */
  private static GazetteerEntry known(String text, Map<String, GazetteerEntry> known) {
    for (String part : parts(text)) {
      GazetteerEntry e = known.get(NameKey.of(part));
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /**
   * The place that a leading part of a feature's name names, chosen as any name is, from the
   * article's context: "Walker County" of "Walker County Fairgrounds"; null when none.
   */
  private GazetteerEntry partInContext(Toponym t, Votes votes) {
    for (String part : parts(t.text())) {
      if (!t.text().startsWith(part) || DIRECTION_WORDS.contains(part)) {
        continue;
      }
      List<GazetteerEntry> candidates =
          directCandidates(part, t.span(), List.of()).stream()
              .filter(e -> e.type() != GeoType.MACRO)
              .toList();
      if (!candidates.isEmpty()) {
        Mention m = new Mention(part, t.span(), t.sentence(), t.via());
        return best(new Named(m, candidates, null), votes, null);
      }
    }
    return null;
  }

  /** "Chadian" names the country, never a town that GeoNames also calls so. */
  private List<GazetteerEntry> demonymCandidates(String text) {
    List<Country> cs = gazetteer.countriesByDemonym(text);
    if (cs.isEmpty() && text.endsWith("s")) {
      cs = gazetteer.countriesByDemonym(text.substring(0, text.length() - 1));
    }
    cs = sovereign(cs);
    if (cs.isEmpty() && macro.byAdjective(text) != null) {
      return List.of(macro.byAdjective(text));
    }
    Abbreviations.Abbreviation place = cs.isEmpty() ? abbreviations.demonym(text) : null;
    if (place != null) {
      GazetteerEntry e = abbreviationEntry(place);
      if (e != null && e.type() == GeoType.CITY) {
        // "Londoners" live in London, England, or in London, Ontario: the story decides.
        return gazetteer.lookup(place.name()).stream()
            .filter(x -> x.type() == GeoType.CITY)
            .toList();
      }
      return e == null ? List.of() : List.of(e);
    }
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
    java.util.regex.Matcher party = PARTY_PREFIX.matcher(text);
    if (party.matches()) {
      // "Rep. Charles Rangel, D-N.Y.", "Rep. Vicki Lensing, D-Iowa City": the member's place.
      return candidates(party.group(1), span, dictionaryPlaces);
    }
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
    if (words.length >= 2
        && REGION_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      // "Sindh province", "Guangdong Province": the first-level unit of that name.
      String core = String.join(" ", List.of(words).subList(0, words.length - 1));
      List<GazetteerEntry> units =
          directCandidates(core, span, List.of()).stream()
              .filter(e -> e.type() == GeoType.REGION)
              .toList();
      if (!units.isEmpty()) {
        return units;
      }
    }
    int from = 0;
    while (from < words.length - 1 && isDirection(words[from])) {
      from++;
    }
    if (from > 0) {
      // "Northern Kentucky", "north west London": the place itself.
      String core = String.join(" ", List.of(words).subList(from, words.length));
      return directCandidates(core, span, dictionaryPlaces);
    }
    return List.of();
  }

  private static boolean isDirection(String word) {
    return DIRECTION_WORDS.stream().anyMatch(d -> d.equalsIgnoreCase(word));
  }

  /** Words that follow the name of a first-level unit: "Sindh province". */
  private static final Set<String> REGION_WORDS =
      Set.of(
          "province",
          "state",
          "region",
          "prefecture",
          "governorate",
          "oblast",
          "krai",
          "territory",
          "department");

  /** A US party's initial before a member's state or town: "D-Calif", "R-Iowa City". */
  private static final java.util.regex.Pattern PARTY_PREFIX =
      java.util.regex.Pattern.compile("[DRI]-(\\p{Lu}.*)");

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
    if (all.isEmpty()) {
      all = withoutArabicArticle(text);
    }
    if (isAcronym(text)) {
      // "EU", "NATO": an acronym is no town that happens to be spelled the same ("Eu").
      all = all.stream().filter(e -> e.type() != GeoType.CITY || e.name().equals(text)).toList();
    }
    // The actor dictionary's reading of an ambiguous name (a country or a US state of the same
    // name) decides between a country and a first-level unit; towns of the name stay candidates,
    // for the article's other places to choose.
    for (Place p : dictionaryPlaces) {
      if (p.type().equals("city")) {
        // A capital in the dictionary is one reading among others: towns elsewhere share its name.
        continue;
      }
      for (Mention m : p.mentions()) {
        if (m.span().equals(span)) {
          if (all.stream().anyMatch(e -> e.type() != GeoType.CITY && agrees(e, p))) {
            return all.stream().filter(e -> e.type() == GeoType.CITY || agrees(e, p)).toList();
          }
        }
      }
    }
    return all;
  }

  /**
   * Places whose name differs from {@code text} by the Arabic article alone: "Qamishli" is Al
   * Qamishli, "al-Bab" is Bab when the gazetteer has no "Al Bab". Towns and units only.
   */
  private List<GazetteerEntry> withoutArabicArticle(String text) {
    java.util.regex.Matcher m = ARABIC_ARTICLE.matcher(text);
    String other = m.matches() ? m.group(2) : text.indexOf(' ') < 0 ? "Al " + text : null;
    if (other == null || other.length() < 3 || !Character.isUpperCase(text.charAt(0))) {
      return List.of();
    }
    return gazetteer.lookup(other).stream()
        .filter(e -> e.type() == GeoType.CITY || e.type() == GeoType.REGION)
        .toList();
  }

  private static final java.util.regex.Pattern ARABIC_ARTICLE =
      java.util.regex.Pattern.compile("([Aa]l|[Ee]l)[- ](\\p{Lu}.*)");

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
    GazetteerEntry city = null;
    for (GazetteerEntry e : gazetteer.lookup(a.name())) {
      if (!e.iso2().equals(a.iso2()) || !e.admin1().equals(a.admin1())) {
        continue;
      }
      if (e.type() == GeoType.REGION) {
        return e;
      }
      if (e.type() == GeoType.CITY && (city == null || e.population() > city.population())) {
        city = e; // a city's demonym: "Londoner"
      }
    }
    return city;
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
   * territory 2.2, region 2, county 1, city 0), plus log10(population)/2 (a city of a million: 3),
   * plus 1 when the candidate's own name is the name written (4 for a country, by any of its
   * names), plus 6 when a qualifier names the candidate's region or country, plus 5 times the share
   * of the article's country context (other names than this one) that is the candidate's country,
   * plus 2 times the share of its region context that is the candidate's region, plus 0.5 for a
   * capital. A town under 100,000 that wins so, with no qualifier, county or region of its own in
   * the story, gives way to a city of the same name of at least a million and a hundred times its
   * size.
   */
  private GazetteerEntry best(Named n, Votes votes, Colocation colocation) {
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry e : n.candidates()) {
      double s = score(e, n.qualifier(), votes);
      if (colocation != null && colocation.together(e, nameKey(n))) {
        s += COLOCATED;
      }
      if (e.type() == GeoType.COUNTRY && countryName(e, n.mention().text())) {
        // A country named by one of its names ("Macedonia" of North Macedonia) needs other places
        // to be read as anything else.
        s += 4;
      } else if (NameKey.of(e.name()).equals(NameKey.of(n.mention().text()))) {
        s += 1;
      }
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    if (best != null
        && best.type() == GeoType.CITY
        && best.population() < 100_000
        && n.qualifier() == null
        && votes.regionShare(best.iso2(), best.admin1()) == 0
        && (colocation == null || !colocation.together(best, nameKey(n)))) {
      // A small town the story gives no region for is not the world city of its name: "London"
      // in a story about New York is London, not London, Ohio.
      for (GazetteerEntry e : n.candidates()) {
        if (e.type() == GeoType.CITY
            && e.population() >= 1_000_000
            && e.population() >= 100L * Math.max(1, best.population())
            && NameKey.of(e.name()).equals(NameKey.of(n.mention().text()))) {
          return e;
        }
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
      // A region that shares its name with the country's capital or with a city of a million is
      // the city, unless the text says it is the region or the story names other places of the
      // region.
      if (!n.asRegion() && votes.regionShare(best.iso2(), best.admin1()) < 0.25) {
        for (GazetteerEntry e : n.candidates()) {
          if (e.type() == GeoType.CITY
              && e.iso2().equals(best.iso2())
              && (e.featureCode().equals("PPLC")
                  || e.population() >= 1_000_000 && e.admin1().equals(best.admin1()))) {
            return e;
          }
        }
      }
    }
    return best;
  }

  /** Whether a text is a country's name, its official name or one of its alternate names. */
  private boolean countryName(GazetteerEntry e, String text) {
    String key = NameKey.of(text);
    if (NameKey.of(e.name()).equals(key)) {
      return true;
    }
    return gazetteer
        .countryByIso2(e.iso2())
        .map(
            c ->
                NameKey.of(c.officialName()).equals(key)
                    || c.alternateNames().stream().anyMatch(a -> NameKey.of(a).equals(key)))
        .orElse(false);
  }

  /** The bonus of a town and a county that the article names, when the town lies in it. */
  private static final double COLOCATED = 3;

  /**
   * The US counties an article's names can be, and the counties its towns can lie in: "Springfield
   * and Sangamon County" is Springfield, Illinois, the county's seat, though Springfield, Missouri,
   * is larger.
   */
  private final class Colocation {
    private final Map<String, Set<String>> countiesNamed = new HashMap<>();
    private final Map<String, Set<String>> townsNamed = new HashMap<>();

    Colocation(List<Named> named) {
      for (Named n : named) {
        String name = nameKey(n);
        for (GazetteerEntry e : n.candidates()) {
          String county = gazetteer.county(e);
          if (county == null) {
            continue;
          }
          (e.type() == GeoType.COUNTY ? countiesNamed : townsNamed)
              .computeIfAbsent(county, k -> new java.util.HashSet<>())
              .add(name);
        }
      }
    }

    /** Whether another name of the article is the county this town lies in, or a town in it. */
    boolean together(GazetteerEntry e, String name) {
      String county = gazetteer.county(e);
      if (county == null) {
        return false;
      }
      Set<String> others = (e.type() == GeoType.COUNTY ? townsNamed : countiesNamed).get(county);
      return others != null && (others.size() > 1 || !others.contains(name));
    }
  }

  static double prior(GazetteerEntry e) {
    return switch (e.type()) {
      case COUNTRY -> 3.0;
      case TERRITORY -> 2.2;
      case REGION -> 2.0;
      case COUNTY -> 1.0;
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
      return countryTotal < 1e-9 ? 0 : countries.getOrDefault(iso2, 0.0) / countryTotal;
    }

    double regionShare(String iso2, String admin1) {
      return regionTotal < 1e-9 ? 0 : regions.getOrDefault(iso2 + "." + admin1, 0.0) / regionTotal;
    }

    /** These votes without {@code other}'s (which they include); these when other is null. */
    Votes minus(Votes other) {
      if (other == null) {
        return this;
      }
      Votes v = copy();
      other.countries.forEach((k, w) -> v.countries.merge(k, -w, Double::sum));
      other.regions.forEach((k, w) -> v.regions.merge(k, -w, Double::sum));
      v.countryTotal -= other.countryTotal;
      v.regionTotal -= other.regionTotal;
      return v;
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
