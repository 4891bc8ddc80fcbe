package org.annalist.pipeline.actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who held which office when: heads of state and of government, foreign and defence ministers of
 * about sixty states, and the heads of the major international organisations, from 1985 on for
 * heads and from 2010 on for the rest (the file's header says exactly). Read from {@code
 * office-holders.tsv}, whose header documents the format, the conventions and the known gaps.
 *
 * <p>A person named in an article is looked up with the article's date. {@link #lookup} gives the
 * offices the person held on that day; their codes (USAGOV, IGOWSTNAT) are the person's actor
 * codes. A person who holds none of the listed offices on that day but held one earlier is a former
 * office holder: {@link #lastBefore} gives the last such office, so that the caller can code the
 * person as an elite (ELI) of that country. Call {@link #lookup} first: {@link #lastBefore} answers
 * even for a person who holds another office on the day.
 *
 * <p>Names match exactly as written, case included, after runs of whitespace are collapsed to one
 * space and the ends trimmed: "Olaf Scholz" and "Olaf&nbsp;&nbsp;Scholz" match, "salome
 * zurabishvili" does not. A person is matched by the usual name or by any alias.
 *
 * <p>Dates are inclusive at both ends. On a handover day the outgoing and the incoming holder of an
 * office are both in office.
 *
 * <p>Lifecycle: load once per process with {@link #load()} and share the instance; it is immutable
 * and thread-safe.
 */
public final class OfficeHolders {
  /** The data file, relative to this class. */
  static final String FILE = "office-holders.tsv";

  private static final int COLUMNS = 7;
  private static final Pattern CODE = Pattern.compile("(?:[A-Z]{3})+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * Most specific first: found by the usual name before found by an alias, then the longer (more
   * specific) actor code, then the most recently begun tenure. Sorting is stable, so ties keep file
   * order.
   */
  private static final Comparator<Found> MOST_SPECIFIC =
      Comparator.comparing((Found f) -> !f.byUsualName())
          .thenComparing(f -> -f.tenure().code().length())
          .thenComparing(f -> f.tenure().from(), Comparator.reverseOrder());

  /** Tenures of each person, keyed by the usual name, in file order. */
  private final Map<String, List<Tenure>> byPerson;

  /** Persons known by each normalised name or alias; usual-name matches first. */
  private final Map<String, List<Match>> byKey;

  /**
   * One tenure of one office.
   *
   * @param name the person's usual name
   * @param code CAMEO actor code of the office (GEOGOV, IGOWSTNAT)
   * @param title the office ("President", "Foreign Minister", "Secretary General")
   * @param from first day in office
   * @param to last day in office, or null if in office when the data was compiled
   * @param note how the tenure began and ended; empty if the file gives none
   * @param line where the tenure is written, {@code office-holders.tsv:N}
   */
  public record Tenure(
      String name,
      String code,
      String title,
      LocalDate from,
      LocalDate to,
      String note,
      String line) {
    /** Checks that the required values are present and that the tenure does not end early. */
    public Tenure {
      requireText(name, "name");
      requireText(code, "code");
      requireText(title, "title");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(note, "note");
      requireText(line, "line");
      if (to != null && to.isBefore(from)) {
        throw new IllegalArgumentException(
            "tenure of " + name + " ends " + to + ", before it begins " + from);
      }
    }

    /** Whether the person held this office on {@code date} (both ends inclusive). */
    public boolean covers(LocalDate date) {
      Objects.requireNonNull(date, "date");
      return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** Whether the tenure has no end date: the person was in office when the data was compiled. */
    public boolean isOpen() {
      return to == null;
    }

    private static void requireText(String value, String what) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("tenure " + what + " is missing");
      }
    }
  }

  private record Match(String person, boolean byUsualName) {}

  private record Found(Tenure tenure, boolean byUsualName) {}

  private OfficeHolders(Map<String, List<Tenure>> byPerson, Map<String, List<Match>> byKey) {
    this.byPerson = byPerson;
    this.byKey = byKey;
  }

  /**
   * Loads {@code office-holders.tsv} from the classpath.
   *
   * @throws IllegalStateException naming the file and line of the first bad line, or of a tenure
   *     that overlaps another tenure of the same person in the same office
   */
  public static OfficeHolders load() {
    return of(TsvData.read(OfficeHolders.class, FILE, COLUMNS));
  }

  /** Builds the table from parsed rows; {@link #load()} reads them from the data file. */
  static OfficeHolders of(List<TsvData.Row> rows) {
    Map<String, List<Tenure>> byPerson = new LinkedHashMap<>();
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    for (TsvData.Row row : rows) {
      Tenure t = tenure(row);
      byPerson.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t);
      aliases.computeIfAbsent(t.name(), k -> new LinkedHashSet<>()).addAll(row.list(1));
    }
    byPerson.values().forEach(OfficeHolders::checkNoOverlap);

    Map<String, List<Match>> byKey = new HashMap<>();
    for (String person : byPerson.keySet()) {
      addKey(byKey, key(person), new Match(person, true));
    }
    aliases.forEach(
        (person, names) -> {
          for (String alias : names) {
            addKey(byKey, key(alias), new Match(person, false));
          }
        });

    Map<String, List<Tenure>> frozenPersons = new LinkedHashMap<>();
    byPerson.forEach((k, v) -> frozenPersons.put(k, List.copyOf(v)));
    Map<String, List<Match>> frozenKeys = new HashMap<>();
    byKey.forEach((k, v) -> frozenKeys.put(k, List.copyOf(v)));
    return new OfficeHolders(Map.copyOf(frozenPersons), Map.copyOf(frozenKeys));
  }

  /**
   * The tenures of the person named {@code name} (usual name or alias) that cover {@code date},
   * most specific first: tenures found by the usual name before those found by an alias, then the
   * longer actor code, then the most recently begun. Empty if the name is unknown or the person
   * held none of the listed offices on that day.
   */
  public List<Tenure> lookup(String name, LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<Found> found = new ArrayList<>();
    for (Match m : matches(name)) {
      for (Tenure t : byPerson.get(m.person())) {
        if (t.covers(date)) {
          found.add(new Found(t, m.byUsualName()));
        }
      }
    }
    found.sort(MOST_SPECIFIC);
    return found.stream().map(Found::tenure).toList();
  }

  /**
   * All tenures of the person named {@code name} (usual name or alias), earliest first; tenures
   * found by the usual name come before those found by an alias. Empty if the name is unknown.
   */
  public List<Tenure> tenures(String name) {
    List<Tenure> out = new ArrayList<>();
    for (Match m : matches(name)) {
      List<Tenure> own = new ArrayList<>(byPerson.get(m.person()));
      own.sort(Comparator.comparing(Tenure::from));
      out.addAll(own);
    }
    return List.copyOf(out);
  }

  /**
   * The one tenure covering {@code date} whose holder's usual name ends with {@code surname} and
   * whose office has {@code title} ("President Clinton" in 1998): a title makes a surname that is
   * no alias of its own specific enough. Empty when no tenure or several match.
   */
  public Optional<Tenure> bySurnameAndTitle(String surname, String title, LocalDate date) {
    Objects.requireNonNull(date, "date");
    String k = key(surname);
    String wanted = title.toLowerCase(Locale.ROOT);
    if (k.isEmpty() || k.contains(" ") || wanted.isBlank()) {
      return Optional.empty();
    }
    Tenure found = null;
    for (Map.Entry<String, List<Tenure>> e : byPerson.entrySet()) {
      if (!e.getKey().endsWith(" " + k)) {
        continue;
      }
      for (Tenure t : e.getValue()) {
        if (t.covers(date) && t.title().toLowerCase(Locale.ROOT).equals(wanted)) {
          if (found != null && !found.name().equals(t.name())) {
            return Optional.empty();
          }
          found = t;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The countries (CAMEO codes) whose head of state or government was ever a person named {@code
   * name}, by usual name, alias or surname alone (the last word of a usual name): the country an
   * "Obama administration" or a "Netanyahu government" belongs to. Empty if none; several when the
   * name is shared across countries.
   */
  public Set<String> headedCountries(String name) {
    String k = key(name);
    Set<String> persons = new LinkedHashSet<>();
    matches(k).forEach(m -> persons.add(m.person()));
    if (!k.contains(" ")) {
      for (String person : byPerson.keySet()) {
        if (person.endsWith(" " + k)) {
          persons.add(person);
        }
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String person : persons) {
      for (Tenure t : byPerson.get(person)) {
        if (t.code().length() == 6 && t.code().endsWith("GOV") && isHead(t.title())) {
          out.add(t.code().substring(0, 3));
        }
      }
    }
    return out;
  }

  private static boolean isHead(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    return !t.contains("minister") && !t.contains("vice") && !t.contains("deputy")
        || t.contains("prime minister");
  }

  /**
   * The tenure of the person named {@code name} that ended most recently before {@code date} (its
   * last day is earlier than {@code date}); on a tie, the most specific as in {@link #lookup}.
   * Empty if the name is unknown or no tenure of the person ended before that day. Whether the
   * person holds another office on the day is not considered: check {@link #lookup} first.
   */
  public Optional<Tenure> lastBefore(String name, LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<Found> ended = new ArrayList<>();
    for (Match m : matches(name)) {
      for (Tenure t : byPerson.get(m.person())) {
        if (t.to() != null && t.to().isBefore(date)) {
          ended.add(new Found(t, m.byUsualName()));
        }
      }
    }
    Comparator<Found> latestEnd = Comparator.comparing(f -> f.tenure().to());
    return ended.stream().min(latestEnd.reversed().thenComparing(MOST_SPECIFIC)).map(Found::tenure);
  }

  private List<Match> matches(String name) {
    Objects.requireNonNull(name, "name");
    return byKey.getOrDefault(key(name), List.of());
  }

  /** The lookup key of a name: ends trimmed, runs of whitespace collapsed to one space. */
  static String key(String name) {
    return SPACES.matcher(name.strip()).replaceAll(" ");
  }

  private static void addKey(Map<String, List<Match>> byKey, String key, Match match) {
    List<Match> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
    boolean known = list.stream().anyMatch(m -> m.person().equals(match.person()));
    if (!known) {
      list.add(match);
    }
  }

  private static Tenure tenure(TsvData.Row row) {
    if (row.cols().length != COLUMNS) {
      throw row.error("expected " + COLUMNS + " columns, found " + row.cols().length);
    }
    String[] names = {"name", "aliases", "code", "title", "from", "to", "note"};
    for (int i = 0; i < COLUMNS; i++) {
      if (row.col(i).isEmpty()) {
        throw row.error("empty column '" + names[i] + "' (write '-' for no value)");
      }
    }
    String name = key(row.col(0));
    if (name.equals("-")) {
      throw row.error("a name is required");
    }
    String code = row.col(2);
    if (!CODE.matcher(code).matches()) {
      throw row.error("bad CAMEO code '" + code + "'");
    }
    String title = key(row.col(3));
    if (title.equals("-")) {
      throw row.error("a title is required");
    }
    LocalDate from = date(row, 4, names[4]);
    if (from == null) {
      throw row.error("a start date is required");
    }
    LocalDate to = date(row, 5, names[5]);
    if (to != null && to.isBefore(from)) {
      throw row.error("tenure ends " + to + " before it begins " + from);
    }
    String note = row.col(6).equals("-") ? "" : row.col(6);
    return new Tenure(name, code, title, from, to, note, row.file() + ":" + row.line());
  }

  private static LocalDate date(TsvData.Row row, int column, String what) {
    String value = row.col(column);
    if (value.equals("-")) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw row.error("bad date in column '" + what + "': '" + value + "' (expected YYYY-MM-DD)");
    }
  }

  /** Two tenures of one person in one office must not share a day. */
  private static void checkNoOverlap(List<Tenure> tenures) {
    Map<String, List<Tenure>> byOffice = new LinkedHashMap<>();
    for (Tenure t : tenures) {
      byOffice.computeIfAbsent(t.code() + "\t" + t.title(), k -> new ArrayList<>()).add(t);
    }
    for (List<Tenure> office : byOffice.values()) {
      List<Tenure> sorted = new ArrayList<>(office);
      sorted.sort(Comparator.comparing(Tenure::from));
      for (int i = 1; i < sorted.size(); i++) {
        Tenure before = sorted.get(i - 1);
        Tenure after = sorted.get(i);
        if (before.to() == null || !after.from().isAfter(before.to())) {
          throw new IllegalStateException(
              after.line()
                  + ": tenure of "
                  + after.name()
                  + " as "
                  + after.title()
                  + " ("
                  + after.code()
                  + ") overlaps the one at "
                  + before.line());
        }
      }
    }
  }
}
