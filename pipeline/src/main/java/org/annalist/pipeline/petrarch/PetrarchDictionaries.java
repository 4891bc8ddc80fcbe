package org.annalist.pipeline.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of PETRARCH dictionaries read together: one verb file, any number of actor files, one agent
 * file, one discard file and an optional issue file.
 *
 * <p>Loading never stops at a bad line: each reader reports what it skipped as a {@link Problem}
 * and goes on; a file that cannot be read at all is one problem with line 0. A dictionary that was
 * not given is empty.
 *
 * <pre>{@code
 * PetrarchDictionaries d = PetrarchDictionaries.fromConfig(configIni, dictionaryDir);
 * d.problems().forEach(System.err::println);
 * Optional<String> code = d.actorCode("SOME_ACTOR", LocalDate.of(2006, 1, 1));
 * }</pre>
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class PetrarchDictionaries {
  private final VerbDictionary verbs;
  private final List<ActorEntry> actors;
  private final AgentDictionary agents;
  private final List<DiscardEntry> discards;
  private final List<IssueEntry> issues;
  private final List<Problem> problems;
  private String verbFile = "verbs";
  private final Map<String, List<ActorEntry>> actorsByPhrase;

  private PetrarchDictionaries(
      VerbDictionary verbs,
      List<ActorEntry> actors,
      AgentDictionary agents,
      List<DiscardEntry> discards,
      List<IssueEntry> issues,
      List<Problem> problems) {
    this.verbs = verbs;
    this.actors = List.copyOf(actors);
    this.agents = agents;
    this.discards = List.copyOf(discards);
    this.issues = List.copyOf(issues);
    this.problems = List.copyOf(problems);
    Map<String, List<ActorEntry>> index = new HashMap<>();
    for (ActorEntry a : this.actors) {
      for (String phrase : a.phrases()) {
        List<ActorEntry> list =
            index.computeIfAbsent(ActorEntry.key(phrase), k -> new ArrayList<>(1));
        if (!list.contains(a)) {
          list.add(a);
        }
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.actorsByPhrase = Collections.unmodifiableMap(index);
  }

  /** A builder taking each file path. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Loads the dictionaries a PETRARCH configuration file names, from {@code dictionaryDir}.
   *
   * <p>Reads the {@code [Dictionaries]} section as Python's ConfigParser does ({@code key = value}
   * or {@code key: value}, keys case-insensitive, {@code #} and {@code ;} comment lines, indented
   * lines continue the value, a later key replaces an earlier one): {@code verbfile_name}, {@code
   * actorfile_list} (comma-separated), {@code agentfile_name}, {@code discardfile_name} and the
   * optional {@code issuefile_name}. A missing required key is a problem of the configuration file;
   * the other dictionaries are still loaded.
   *
   * @throws IOException when the configuration file itself cannot be read
   */
  public static PetrarchDictionaries fromConfig(Path configIni, Path dictionaryDir)
      throws IOException {
    Map<String, String> section = iniSection(configIni, "Dictionaries");
    Builder b = builder();
    List<Problem> configProblems = new ArrayList<>();
    String ini = configIni.toString();
    for (String key :
        List.of("verbfile_name", "actorfile_list", "agentfile_name", "discardfile_name")) {
      if (section.getOrDefault(key, "").isBlank()) {
        configProblems.add(new Problem(ini, 0, "[Dictionaries] has no " + key));
      }
    }
    String verbs = section.getOrDefault("verbfile_name", "");
    if (!verbs.isBlank()) {
      b.verbs(dictionaryDir.resolve(verbs.strip()));
    }
    for (String actor : section.getOrDefault("actorfile_list", "").split(",")) {
      if (!actor.isBlank()) {
        b.actors(dictionaryDir.resolve(actor.strip()));
      }
    }
    String agents = section.getOrDefault("agentfile_name", "");
    if (!agents.isBlank()) {
      b.agents(dictionaryDir.resolve(agents.strip()));
    }
    String discards = section.getOrDefault("discardfile_name", "");
    if (!discards.isBlank()) {
      b.discards(dictionaryDir.resolve(discards.strip()));
    }
    String issues = section.getOrDefault("issuefile_name", "");
    if (!issues.isBlank()) {
      b.issues(dictionaryDir.resolve(issues.strip()));
    }
    return b.load(configProblems);
  }

  /** The keys and values of one section of an INI file, keys in lower case. */
  static Map<String, String> iniSection(Path ini, String wanted) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    String section = null;
    String lastKey = null;
    for (String line : Files.readAllLines(ini, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#") || t.startsWith(";")) {
        lastKey = null;
        continue;
      }
      if (Character.isWhitespace(line.charAt(0)) && lastKey != null) {
        values.merge(lastKey, t, (a, c) -> a + "\n" + c);
        continue;
      }
      if (t.startsWith("[") && t.endsWith("]")) {
        section = t.substring(1, t.length() - 1).strip();
        lastKey = null;
        continue;
      }
      int eq = t.indexOf('=');
      int colon = t.indexOf(':');
      int sep = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
      if (sep <= 0 || !wanted.equals(section)) {
        lastKey = null;
        continue;
      }
      lastKey = t.substring(0, sep).strip().toLowerCase(Locale.ROOT);
      values.put(lastKey, t.substring(sep + 1).strip());
    }
    values.replaceAll((k, v) -> v.replace('\n', ' ').strip());
    return values;
  }

  /** The verb dictionary (empty when none was given). */
  /** The verb file's name (for the lines events cite), or "verbs" when none was read. */
  public String verbFile() {
    return verbFile;
  }

  public VerbDictionary verbs() {
    return verbs;
  }

  /** The actor records of every actor file, in load order. */
  public List<ActorEntry> actors() {
    return actors;
  }

  /** The agent dictionary (empty when none was given). */
  public AgentDictionary agents() {
    return agents;
  }

  /** The discard phrases. */
  public List<DiscardEntry> discards() {
    return discards;
  }

  /** The issue lines, exclusions included. */
  public List<IssueEntry> issues() {
    return issues;
  }

  /** Everything that was skipped, in load order. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The actor records with {@code phrase} as their primary phrase or a synonym, in load order
   * (case, {@code _} and blanks are not significant, see {@link ActorEntry#key}).
   */
  public List<ActorEntry> actorEntries(String phrase) {
    return actorsByPhrase.getOrDefault(ActorEntry.key(phrase), List.of());
  }

  /**
   * The code of the actor named {@code phrase} on {@code date}, by {@link Role#resolve}. When
   * several records carry the phrase, their roles are taken together in load order, as PETRARCH2
   * merges them under one phrase.
   */
  public Optional<String> actorCode(String phrase, LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<ActorEntry> entries = actorEntries(phrase);
    if (entries.size() == 1) {
      return entries.get(0).codeOn(date);
    }
    List<Role> roles = new ArrayList<>();
    entries.forEach(e -> roles.addAll(e.roles()));
    return Role.resolve(roles, date);
  }

  /** A one-line count of what was read, for logs. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "%d verb blocks, %d verbs, %d patterns, %d synsets, %d transformations; %d actors"
            + " (%d synonyms, %d codes); %d agents; %d discards; %d issue lines; %d problems",
        verbs.families().size(),
        verbs.verbCount(),
        verbs.patternCount(),
        verbs.synsets().size(),
        verbs.transformations().size(),
        actors.size(),
        actors.stream().mapToInt(a -> a.synonyms().size()).sum(),
        actors.stream().mapToInt(a -> a.roles().size()).sum(),
        agents.entries().size(),
        discards.size(),
        issues.size(),
        problems.size());
  }

  /** Collects the file paths, then {@link #load()} reads them. */
  public static final class Builder {
    private Path verbs;
    private final List<Path> actors = new ArrayList<>();
    private Path agents;
    private Path discards;
    private Path issues;

    private Builder() {}

    /** The verb file. */
    public Builder verbs(Path file) {
      this.verbs = Objects.requireNonNull(file);
      return this;
    }

    /** Actor files, added after those already given. */
    public Builder actors(Path... files) {
      for (Path f : files) {
        actors.add(Objects.requireNonNull(f));
      }
      return this;
    }

    /** The agent file. */
    public Builder agents(Path file) {
      this.agents = Objects.requireNonNull(file);
      return this;
    }

    /** The discard file. */
    public Builder discards(Path file) {
      this.discards = Objects.requireNonNull(file);
      return this;
    }

    /** The issue file. */
    public Builder issues(Path file) {
      this.issues = Objects.requireNonNull(file);
      return this;
    }

    /** Reads every file given; never throws for a bad line or a missing file. */
    public PetrarchDictionaries load() {
      return load(List.of());
    }

    private PetrarchDictionaries load(List<Problem> earlier) {
      List<Problem> problems = new ArrayList<>(earlier);
      VerbDictionary v = verbs == null ? VerbDictionary.empty() : VerbReader.read(verbs, problems);
      List<ActorEntry> a = new ArrayList<>();
      for (Path f : actors) {
        a.addAll(ActorReader.read(f, problems));
      }
      AgentDictionary g =
          agents == null ? AgentDictionary.empty() : AgentReader.read(agents, problems);
      List<DiscardEntry> d = discards == null ? List.of() : DiscardReader.read(discards, problems);
      List<IssueEntry> i = issues == null ? List.of() : IssueReader.read(issues, problems);
      PetrarchDictionaries out = new PetrarchDictionaries(v, a, g, d, i, problems);
      out.verbFile = verbs == null ? "verbs" : verbs.getFileName().toString();
      return out;
    }
  }
}
