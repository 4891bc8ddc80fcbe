package org.annalist.pipeline.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gazetteer: countries, first-level regions, territories and the populated places of GeoNames
 * cities1000, with the lookups a geoparser needs. The files and their provenance are described in
 * {@link org.annalist.pipeline.geo}.
 *
 * <p>Names are matched by their {@link NameKey}: case, diacritics and punctuation do not matter
 * ("zurich", "ZURICH" and "Zürich" all find Zürich, "Bombay" finds Mumbai), alternate names count
 * as much as the main name, and a leading "the" is dropped when the name without it is known ("the
 * Gaza Strip"). {@link #lookup} returns every entry with that name, countries first, then regions,
 * territories and cities, each kind by population, largest first: "Perth" gives Perth, Australia,
 * before Perth, Scotland. Demonyms ("Scottish") are not place names: {@link #countriesByDemonym}
 * finds them.
 *
 * <p>Lifecycle: load once per process with {@link #load()} (1.5 to 2 seconds on two cores; it holds
 * about 60 MB of heap) and share the instance; it is immutable and thread-safe.
 */
public final class Gazetteer {
  static final String PLACES = "places.tsv.gz";
  static final String COUNTRIES = "countries.tsv";
  static final String COUNTRY_CODES = "country-codes.tsv";
  static final String REGIONS = "regions.tsv";
  static final String REGION_NAMES = "region-names.tsv";
  static final String TERRITORIES = "territories.tsv";
  static final String CENTROIDS = "centroids.tsv";
  static final String REGION_POINTS = "region-points.tsv";
  static final String COUNTRY_POINTS = "country-points.tsv";
  static final String COUNTIES = "counties.tsv";

  private static final int[] NONE = new int[0];

  private final GazetteerEntry[] entries;
  private final Map<String, int[]> byName;
  private final Map<Long, GazetteerEntry> byId;
  private final Map<String, Country> byIso2;
  private final Map<String, Country> byIso3;
  private final Map<String, Country> byFips;
  private final Map<String, GazetteerEntry> countryEntries;
  private final Map<String, List<Country>> byDemonym;
  private final Map<String, Region> regions;
  private final List<GazetteerEntry> territories;
  private final int places;
  private final int counties;

  /** The county of each US county and US place ("US.TN.079"), by identity of the entry. */
  private final Map<GazetteerEntry, String> countyOf;

  /** GeoNames ids of the places, ascending; place i is entry {@code firstPlace + i}. */
  private final long[] placeIds;

  private final int firstPlace;

  /** Loads the gazetteer from the classpath (the files beside this class). */
  public static Gazetteer load() {
    return load(Gazetteer.class::getResourceAsStream);
  }

  /** Loads the gazetteer from files opened by name; a bad line fails with its file and line. */
  static Gazetteer load(GeoTsv.Opener opener) {
    return new Builder(opener).build();
  }

  private Gazetteer(Builder b) {
    this.entries = b.entries.toArray(new GazetteerEntry[0]);
    this.byName = b.byName;
    this.byId = b.byId;
    this.byIso2 = b.byIso2;
    this.byIso3 = b.byIso3;
    this.byFips = b.byFips;
    this.countryEntries = b.countryEntries;
    this.byDemonym = b.byDemonym;
    this.regions = b.regions;
    this.territories = List.copyOf(b.territories);
    this.places = b.places;
    this.counties = b.counties;
    this.countyOf = b.countyOf;
    this.placeIds = Arrays.copyOf(b.placeIds, b.places);
    this.firstPlace = b.firstPlace;
    for (int[] ids : byName.values()) {
      if (ids.length > 1) {
        sort(ids);
      }
    }
  }

  /** Orders candidates: by type (countries first), then population, largest first, then id. */
  private int compare(int a, int b) {
    GazetteerEntry x = entries[a];
    GazetteerEntry y = entries[b];
    int c = x.type().compareTo(y.type());
    if (c == 0) {
      c = Long.compare(y.population(), x.population());
    }
    return c != 0 ? c : Long.compare(x.geonameId(), y.geonameId());
  }

  /** Insertion sort: the lists are short (a few entries, a few hundred at most). */
  private void sort(int[] ids) {
    for (int i = 1; i < ids.length; i++) {
      int v = ids[i];
      int j = i - 1;
      while (j >= 0 && compare(ids[j], v) > 0) {
        ids[j + 1] = ids[j];
        j--;
      }
      ids[j + 1] = v;
    }
  }

  /**
   * The US county an entry is or lies in, as {@code US.<state>.<county code>} ("US.IL.167" for
   * Sangamon County, Illinois, and for Springfield, Illinois); null for anything else.
   */
  public String county(GazetteerEntry e) {
    return countyOf.get(e);
  }

  /**
   * Every entry known by this name or alternate name, countries first, then regions, territories
   * and cities, each by population; empty when none.
   */
  public List<GazetteerEntry> lookup(String name) {
    String key = NameKey.of(name);
    int[] ids = byName.getOrDefault(key, NONE);
    if (ids.length == 0 && key.startsWith("the ")) {
      ids = byName.getOrDefault(key.substring(4), NONE);
    }
    List<GazetteerEntry> out = new ArrayList<>(ids.length);
    for (int i : ids) {
      out.add(entries[i]);
    }
    return Collections.unmodifiableList(out);
  }

  /** The entry with this GeoNames id: a city, a country or a region. */
  public Optional<GazetteerEntry> byGeonameId(long id) {
    int i = Arrays.binarySearch(placeIds, id);
    if (i >= 0) {
      return Optional.of(entries[firstPlace + i]);
    }
    return Optional.ofNullable(byId.get(id));
  }

  /** The country with this ISO 3166-1 alpha-2 code (GE), in any case. */
  public Optional<Country> countryByIso2(String code) {
    return Optional.ofNullable(byIso2.get(code.toUpperCase(java.util.Locale.ROOT)));
  }

  /** The country with this ISO 3166-1 alpha-3 code (GEO), in any case. */
  public Optional<Country> countryByIso3(String code) {
    return Optional.ofNullable(byIso3.get(code.toUpperCase(java.util.Locale.ROOT)));
  }

  /**
   * The country with this FIPS 10-4 code (GG), in any case. GZ and WE give Palestine; FI gives
   * Finland, not Aland.
   */
  public Optional<Country> countryByFips(String code) {
    return Optional.ofNullable(byFips.get(code.toUpperCase(java.util.Locale.ROOT)));
  }

  /** The gazetteer entry of a country, as {@link #lookup} returns it. */
  public GazetteerEntry entryOf(Country country) {
    GazetteerEntry e = countryEntries.get(country.iso2());
    if (e == null) {
      throw new IllegalArgumentException("not a country of this gazetteer: " + country.iso2());
    }
    return e;
  }

  /** Countries whose people are called so ("Georgian", "georgians" does not match). */
  public List<Country> countriesByDemonym(String demonym) {
    return byDemonym.getOrDefault(NameKey.of(demonym), List.of());
  }

  /** The first-level unit with this GeoNames admin1 code in this country (ISO alpha-2). */
  public Optional<Region> region(String iso2, String admin1) {
    return Optional.ofNullable(regions.get(iso2.toUpperCase(java.util.Locale.ROOT) + "." + admin1));
  }

  /** All countries, by ISO alpha-2 code. */
  public List<Country> countries() {
    return List.copyOf(byIso2.values());
  }

  /** All first-level units, named or not, by country and code. */
  public List<Region> regions() {
    return List.copyOf(regions.values());
  }

  /** All territories, in file order. */
  public List<GazetteerEntry> territories() {
    return territories;
  }

  /** Number of US counties and parishes (entries of type {@link GeoType#COUNTY}). */
  public int countyCount() {
    return counties;
  }

  /** Number of populated places (entries of type {@link GeoType#CITY}). */
  public int placeCount() {
    return places;
  }

  /** Number of distinct name keys. */
  public int nameCount() {
    return byName.size();
  }

  // ------------------------------------------------------------------ loading

  /** Reads the files and joins them; used once, by {@link #load}. */
  private static final class Builder {
    private final GeoTsv.Opener opener;
    private final List<GazetteerEntry> entries = new ArrayList<>(140_000);
    private final Map<String, int[]> byName = new HashMap<>(1 << 20);
    private final Map<Long, GazetteerEntry> byId = new HashMap<>();
    private long[] placeIds = new long[1 << 17];
    private int firstPlace;
    private final Map<String, Country> byIso2 = new LinkedHashMap<>();
    private final Map<String, Country> byIso3 = new HashMap<>();
    private final Map<String, Country> byFips = new HashMap<>();
    private final Map<String, GazetteerEntry> countryEntries = new HashMap<>();
    private final Map<String, List<Country>> byDemonym = new HashMap<>();
    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final List<GazetteerEntry> territories = new ArrayList<>();
    private final Map<String, String> pool = new HashMap<>();
    private final Map<String, double[]> centroids = new HashMap<>();
    private final Map<GazetteerEntry, String> countyOf = new java.util.IdentityHashMap<>();
    private int places;
    private int counties;

    Builder(GeoTsv.Opener opener) {
      this.opener = opener;
    }

    Gazetteer build() {
      readCentroids();
      readCountries();
      Adm1Crosswalk crosswalk = new Adm1Crosswalk(opener, byIso2);
      readRegions(crosswalk);
      readTerritories(crosswalk);
      readCounties(crosswalk);
      readPlaces(crosswalk);
      return new Gazetteer(this);
    }

    private String intern(String s) {
      String old = pool.putIfAbsent(s, s);
      return old == null ? s : old;
    }

    private void index(String name, int id) {
      String key = NameKey.of(name);
      if (key.isEmpty()) {
        return;
      }
      int[] old = byName.get(key);
      if (old == null) {
        byName.put(key, new int[] {id});
      } else if (old[old.length - 1] != id) {
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = id;
        byName.put(key, grown);
      }
    }

    private int add(GazetteerEntry e) {
      entries.add(e);
      if (e.type() != GeoType.CITY && e.geonameId() != 0 && byId.put(e.geonameId(), e) != null) {
        throw new IllegalStateException("GeoNames id " + e.geonameId() + " given twice");
      }
      return entries.size() - 1;
    }

    private Country country(GeoTsv.Row row, String iso2) {
      Country c = byIso2.get(iso2);
      if (c == null) {
        throw row.error("unknown country " + iso2);
      }
      return c;
    }

    private record Codes(List<String> fips, String cameo) {}

    private void readCountries() {
      Map<String, Codes> codes = new HashMap<>();
      GeoTsv.read(
          opener,
          COUNTRY_CODES,
          4,
          row -> {
            List<String> fips = row.list(1);
            for (String f : fips) {
              if (!f.matches("[A-Z]{2}")) {
                throw row.error("FIPS country code must be two capital letters: " + f);
              }
            }
            if (codes.put(row.col(0), new Codes(fips, row.col(2))) != null) {
              throw row.error("second row for " + row.col(0));
            }
          });
      GeoTsv.read(
          opener,
          COUNTRIES,
          12,
          row -> {
            String iso2 = row.col(0);
            Codes c = codes.remove(iso2);
            if (c == null) {
              throw row.error("no row for " + iso2 + " in " + COUNTRY_CODES);
            }
            Country country =
                new Country(
                    iso2,
                    row.col(1),
                    c.fips(),
                    c.cameo(),
                    row.longCol(3, "geonameid"),
                    row.col(4).equals("yes"),
                    row.col(5),
                    row.col(6),
                    row.list(7),
                    row.list(8),
                    row.list(9),
                    point(iso2, row.degrees(10, "latitude", 90), 0),
                    point(iso2, row.degrees(11, "longitude", 180), 1));
            byIso2.put(iso2, country);
            byIso3.put(country.iso3(), country);
            for (String f : country.fipsCodes()) {
              byFips.putIfAbsent(f, country);
            }
            int id =
                add(
                    new GazetteerEntry(
                        country.geonameId(),
                        country.name(),
                        "A",
                        country.independent() ? "PCLI" : "PCLD",
                        GeoType.COUNTRY,
                        iso2,
                        country.iso3(),
                        country.fips(),
                        "",
                        "",
                        country.lat(),
                        country.lon(),
                        0));
            countryEntries.put(iso2, entries.get(id));
            index(country.name(), id);
            index(country.officialName(), id);
            country.alternateNames().forEach(n -> index(n, id));
            for (String d : country.demonyms()) {
              byDemonym.computeIfAbsent(NameKey.of(d), k -> new ArrayList<>(1)).add(country);
            }
          });
      if (!codes.isEmpty()) {
        throw new IllegalStateException(
            COUNTRY_CODES + ": countries missing from " + COUNTRIES + ": " + codes.keySet());
      }
      byDemonym.replaceAll((k, v) -> List.copyOf(v));
    }

    /** A row of region-names.tsv: our name, alternates, and whether the packages' names stay. */
    private record OwnName(String name, List<String> alternates, boolean keepRegistry) {}

    /** Alternate names of regions, indexed once the territories are known. */
    private final List<Map.Entry<String, Integer>> regionAlternates = new ArrayList<>();

    /** Alternate names of the territories. */
    private final List<String> territoryAlternates = new ArrayList<>();

    private void readRegions(Adm1Crosswalk crosswalk) {
      Map<String, OwnName> own = new HashMap<>();
      Map<String, GeoTsv.Row> ownRows = new HashMap<>();
      GeoTsv.read(
          opener,
          REGION_NAMES,
          5,
          row -> {
            String key = row.col(0) + "." + row.col(1);
            boolean keep =
                switch (row.col(4)) {
                  case "keep" -> true;
                  case "drop" -> false;
                  default -> throw row.error("registry must be keep or drop: " + row.col(4));
                };
            own.put(key, new OwnName(row.optional(2), row.list(3), keep));
            if (ownRows.put(key, row) != null) {
              throw row.error("second row for " + key);
            }
          });
      GeoTsv.read(
          opener,
          REGIONS,
          11,
          row -> {
            Country country = country(row, row.col(0));
            String admin1 = row.col(1);
            String key = country.iso2() + "." + admin1;
            OwnName o = own.remove(key);
            String registryName = row.col(3);
            List<String> alternates = new ArrayList<>();
            String name;
            Region.NameSource source;
            if (o != null) {
              name = o.name();
              source = name.isEmpty() ? Region.NameSource.NONE : Region.NameSource.OWN;
              if (!name.isEmpty()) {
                alternates.addAll(o.alternates());
                if (o.keepRegistry()) {
                  if (!registryName.isEmpty()) {
                    alternates.add(registryName);
                  }
                  alternates.addAll(row.list(4));
                }
              }
            } else {
              name = registryName;
              source = name.isEmpty() ? Region.NameSource.NONE : registrySource(row);
              alternates.addAll(row.list(4));
            }
            Set<String> keys = new HashSet<>();
            keys.add(NameKey.of(name));
            alternates.removeIf(n -> !keys.add(NameKey.of(n)));
            Adm1Crosswalk.Codes codes = crosswalk.codes(country, admin1, "");
            Region region =
                new Region(
                    country.iso2(),
                    admin1,
                    name,
                    alternates,
                    source,
                    row.col(2),
                    row.longCol(6, "geonameid"),
                    codes.adm1(),
                    point(key, row.degrees(7, "latitude", 90), 0),
                    point(key, row.degrees(8, "longitude", 180), 1),
                    row.longCol(9, "population"),
                    (int) row.longCol(10, "places"));
            regions.put(key, region);
            if (name.isEmpty()) {
              return;
            }
            int id =
                add(
                    new GazetteerEntry(
                        region.geonameId(),
                        name,
                        "A",
                        "ADM1",
                        GeoType.REGION,
                        country.iso2(),
                        country.iso3(),
                        codes.fips(),
                        admin1,
                        codes.adm1(),
                        region.lat(),
                        region.lon(),
                        region.population()));
            index(name, id);
            alternates.forEach(n -> regionAlternates.add(Map.entry(n, id)));
          });
      if (!own.isEmpty()) {
        String key = own.keySet().stream().sorted().findFirst().orElseThrow();
        throw ownRows.get(key).error("no unit " + key + " in " + REGIONS);
      }
    }

    private static Region.NameSource registrySource(GeoTsv.Row row) {
      return switch (row.col(5)) {
        case GazetteerBuilder.SOURCE_DB -> Region.NameSource.ISO3166_2_DB;
        case GazetteerBuilder.SOURCE_ISO -> Region.NameSource.ISO_CODES;
        default -> throw row.error("unknown name source " + row.col(5));
      };
    }

    /**
     * Indexes the alternate names of regions, except those that name a territory: "Kashmir" is a
     * GeoNames name of Jammu and Kashmir, but territories.tsv has Kashmir.
     */
    private void indexRegionAlternates() {
      Set<String> territoryKeys = new HashSet<>();
      for (GazetteerEntry t : territories) {
        territoryKeys.add(NameKey.of(t.name()));
      }
      territoryAlternates.forEach(n -> territoryKeys.add(NameKey.of(n)));
      for (Map.Entry<String, Integer> e : regionAlternates) {
        if (!territoryKeys.contains(NameKey.of(e.getKey()))) {
          index(e.getKey(), e.getValue());
        }
      }
      regionAlternates.clear();
    }

    private void readTerritories(Adm1Crosswalk crosswalk) {
      GeoTsv.read(
          opener,
          TERRITORIES,
          7,
          row -> {
            Country country = country(row, row.col(2));
            String admin1 = row.optional(3);
            if (!admin1.isEmpty() && !regions.containsKey(country.iso2() + "." + admin1)) {
              throw row.error("no unit " + country.iso2() + "." + admin1 + " in " + REGIONS);
            }
            Adm1Crosswalk.Codes codes =
                admin1.isEmpty()
                    ? new Adm1Crosswalk.Codes(country.fips(), "")
                    : crosswalk.codes(country, admin1, "");
            GazetteerEntry e =
                new GazetteerEntry(
                    0,
                    row.col(0),
                    "A",
                    "TERR",
                    GeoType.TERRITORY,
                    country.iso2(),
                    country.iso3(),
                    codes.fips(),
                    admin1,
                    codes.adm1(),
                    row.degrees(4, "latitude", 90),
                    row.degrees(5, "longitude", 180),
                    0);
            int id = add(e);
            territories.add(e);
            index(e.name(), id);
            row.list(1).forEach(n -> index(n, id));
            territoryAlternates.addAll(row.list(1));
          });
      indexRegionAlternates();
    }

    /**
     * Reads the points that replace those of countries and regions: ours, then shapes', then the
     * points of units outside the United States.
     */
    private void readCentroids() {
      GeoTsv.read(
          opener,
          COUNTRY_POINTS,
          4,
          row -> {
            double[] p = {row.degrees(1, "latitude", 90), row.degrees(2, "longitude", 180)};
            if (centroids.put(row.col(0), p) != null) {
              throw row.error("second row for " + row.col(0));
            }
          });
      GeoTsv.read(opener, CENTROIDS, 4, this::regionPoint);
      GeoTsv.read(opener, REGION_POINTS, 4, this::regionPoint);
    }

    private void regionPoint(GeoTsv.Row row) {
      String kind = row.col(0);
      if (!kind.equals("region")) {
        throw row.error("kind must be region: " + kind);
      }
      double[] p = {row.degrees(2, "latitude", 90), row.degrees(3, "longitude", 180)};
      if (centroids.put(row.col(1), p) != null) {
        throw row.error("second row for " + row.col(1));
      }
    }

    /** The centroid's coordinate {@code i} (0 latitude, 1 longitude) for a code, or the given. */
    private double point(String code, double given, int i) {
      double[] p = centroids.get(code);
      return p == null ? given : p[i];
    }

    private void readCounties(Adm1Crosswalk crosswalk) {
      Country us = byIso2.get("US");
      GeoTsv.read(
          opener,
          COUNTIES,
          7,
          row -> {
            String admin1 = row.col(0);
            Region state = regions.get("US." + admin1);
            if (state == null) {
              throw row.error("no unit US." + admin1 + " in " + REGIONS);
            }
            Adm1Crosswalk.Codes codes = crosswalk.codes(us, admin1, "");
            String fips = row.col(1);
            if (!fips.matches("[0-9]{5}")) {
              throw row.error("county FIPS code must be five digits: " + fips);
            }
            GazetteerEntry county =
                new GazetteerEntry(
                    0,
                    row.col(2),
                    "A",
                    "ADM2",
                    GeoType.COUNTY,
                    us.iso2(),
                    us.iso3(),
                    codes.fips(),
                    admin1,
                    codes.adm1(),
                    row.degrees(3, "latitude", 90),
                    row.degrees(4, "longitude", 180),
                    row.longCol(5, "population"));
            int id = add(county);
            countyOf.put(county, intern("US." + admin1 + "." + fips.substring(2)));
            index(row.col(2), id);
            counties++;
          });
    }

    private void readPlaces(Adm1Crosswalk crosswalk) {
      firstPlace = entries.size();
      GeoTsv.read(
          opener,
          PLACES,
          12,
          row -> {
            Country country = country(row, row.col(6));
            String admin1 = intern(row.col(7));
            Adm1Crosswalk.Codes codes = crosswalk.codes(country, admin1, row.col(8));
            long geonameId = row.longCol(0, "GeoNames id");
            if (geonameId <= 0) {
              throw row.error("GeoNames id must be positive: " + row.col(0));
            }
            if (places > 0 && geonameId <= placeIds[places - 1]) {
              throw row.error(
                  "GeoNames ids must ascend: " + geonameId + " after " + placeIds[places - 1]);
            }
            if (byId.containsKey(geonameId)) {
              throw row.error("GeoNames id " + geonameId + " is also a country or region");
            }
            String name = row.col(1);
            if (name.isEmpty()) {
              throw row.error("empty name");
            }
            GazetteerEntry place =
                new GazetteerEntry(
                    geonameId,
                    name,
                    intern(row.col(4)),
                    intern(row.col(5)),
                    GeoType.CITY,
                    country.iso2(),
                    country.iso3(),
                    intern(codes.fips()),
                    admin1,
                    intern(codes.adm1()),
                    row.degrees(9, "latitude", 90),
                    row.degrees(10, "longitude", 180),
                    row.longCol(11, "population"));
            int id = add(place);
            if (country.iso2().equals("US") && row.col(8).matches("[0-9]{3}")) {
              countyOf.put(place, intern("US." + admin1 + "." + row.col(8)));
            }
            if (places == placeIds.length) {
              placeIds = Arrays.copyOf(placeIds, places * 2);
            }
            placeIds[places++] = geonameId;
            index(name, id);
            if (!row.col(2).equals(name)) {
              index(row.col(2), id);
            }
            String alternates = row.col(3);
            if (!alternates.isEmpty()) {
              int from = 0;
              while (from <= alternates.length()) {
                int bar = alternates.indexOf('|', from);
                int to = bar < 0 ? alternates.length() : bar;
                index(alternates.substring(from, to), id);
                from = to + 1;
              }
            }
          });
    }
  }
}
