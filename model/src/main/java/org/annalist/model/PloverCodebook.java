package org.annalist.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The PLOVER 2021 event ontology: its sixteen event types with their modes, its contexts, the
 * crosswalk from every CAMEO code to a PLOVER event, and the crosswalk from a PLOVER 2021 event to
 * the label of the older PLOVER 0.5b1 draft in which PLOVER's gold-standard records are coded.
 *
 * <p>The standard code book is read from three class-path resources: {@value #TYPES_RESOURCE}
 * (types, modes, contexts), {@value #CROSSWALK_RESOURCE} (CAMEO to PLOVER) and {@value
 * #LEGACY_RESOURCE} (PLOVER 2021 to 0.5b1). Each documents its format and its sources in its
 * header. {@link #load(CameoCodebook)} reads them once for the standard CAMEO code book and shares
 * the result; {@link #parse(CameoCodebook, Reader, Reader, Reader)} reads other files in the same
 * formats. Loading checks that every CAMEO code has a line and that every type, mode and context
 * named anywhere is declared; the first bad line fails loading with its file and line number.
 *
 * <p>A code book is immutable and safe to use from any number of threads.
 *
 * <p>PLOVER has no event for most CAMEO public statements (root 01): {@link #forCameo(String)} is
 * empty for those.
 */
public final class PloverCodebook {

  /** Class-path location of the PLOVER types, modes and contexts. */
  public static final String TYPES_RESOURCE = "/org/annalist/model/plover-types.tsv";

  /** Class-path location of the CAMEO to PLOVER crosswalk. */
  public static final String CROSSWALK_RESOURCE = "/org/annalist/model/cameo-plover.tsv";

  /** Class-path location of the PLOVER 2021 to PLOVER 0.5b1 crosswalk. */
  public static final String LEGACY_RESOURCE = "/org/annalist/model/plover-05b1.tsv";

  /** Written in a column for "no value". */
  private static final String NONE = "-";

  /** Written in a rule of the 0.5b1 crosswalk for "any value, or none". */
  private static final String ANY = "*";

  private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Z_]*");
  private static final Pattern MODE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
  private static final Pattern CONTEXT_NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Set<String> BASES = Set.of("plover", "adjusted", "derived", "ours");

  /**
   * A PLOVER 2021 event: type, and optionally mode and context.
   *
   * @param type the event type, e.g. {@code CONSULT}
   * @param mode how the event was carried out, e.g. {@code visit}; {@code null} if none
   * @param context the field of the event, e.g. {@code diplomatic}; {@code null} if none
   */
  public record PloverEvent(String type, String mode, String context) {
    public PloverEvent {
      Objects.requireNonNull(type, "type");
      if (type.isBlank()) {
        throw new IllegalArgumentException("blank PLOVER event type");
      }
      if (mode != null && mode.isBlank()) {
        throw new IllegalArgumentException("blank mode of " + type + "; use null for none");
      }
      if (context != null && context.isBlank()) {
        throw new IllegalArgumentException("blank context of " + type + "; use null for none");
      }
    }

    /** An event of the type, without mode or context. */
    public static PloverEvent of(String type) {
      return new PloverEvent(type, null, null);
    }
  }

  /** One rule of the 0.5b1 crosswalk; {@code mode} and {@code context} may be {@link #ANY}. */
  private record LegacyRule(String mode, String context, String label) {
    boolean matches(PloverEvent event) {
      return matches(mode, event.mode()) && matches(context, event.context());
    }

    private static boolean matches(String pattern, String value) {
      if (pattern.equals(ANY)) {
        return true;
      }
      return pattern.equals(NONE) ? value == null : pattern.equals(value);
    }
  }

  private final List<String> types;
  private final Map<String, List<String>> modes;
  private final Map<String, String> descriptions;
  private final List<String> contexts;
  private final Set<String> contextSet;
  private final Map<String, Optional<PloverEvent>> byCameo;
  private final List<String> legacyLabels;
  private final Map<String, List<LegacyRule>> legacyRules;

  private PloverCodebook(
      Types declared,
      Map<String, Optional<PloverEvent>> byCameo,
      List<String> legacyLabels,
      Map<String, List<LegacyRule>> legacyRules) {
    this.types = List.copyOf(declared.modes.keySet());
    Map<String, List<String>> frozen = new HashMap<>();
    declared.modes.forEach((type, list) -> frozen.put(type, List.copyOf(list)));
    this.modes = Map.copyOf(frozen);
    this.descriptions = Map.copyOf(declared.descriptions);
    this.contexts = List.copyOf(declared.contexts);
    this.contextSet = Set.copyOf(declared.contexts);
    this.byCameo = Map.copyOf(byCameo);
    this.legacyLabels = List.copyOf(legacyLabels);
    Map<String, List<LegacyRule>> rules = new HashMap<>();
    legacyRules.forEach((type, list) -> rules.put(type, List.copyOf(list)));
    this.legacyRules = Map.copyOf(rules);
  }

  /**
   * The standard PLOVER code book for a CAMEO code book. For the standard CAMEO code book ({@link
   * CameoCodebook#load()}) the resources are read on first use and the result is shared afterwards;
   * for any other CAMEO code book they are read anew.
   *
   * @throws IllegalStateException if a resource is missing or malformed, or does not fit the CAMEO
   *     code book; the message names the file and line
   */
  public static PloverCodebook load(CameoCodebook cameo) {
    Objects.requireNonNull(cameo, "cameo");
    if (cameo == CameoCodebook.load()) {
      return Standard.INSTANCE;
    }
    return readResources(cameo);
  }

  /**
   * Reads a code book from text in the formats of the three standard resources. Error messages name
   * the inputs by the file names of those resources: {@code plover-types.tsv}, {@code
   * cameo-plover.tsv}, {@code plover-05b1.tsv}.
   *
   * @param cameo the CAMEO code book the crosswalk must cover
   * @param types types, modes and contexts; not closed
   * @param crosswalk CAMEO to PLOVER crosswalk; not closed
   * @param legacy PLOVER 2021 to 0.5b1 crosswalk; not closed
   * @throws IllegalArgumentException naming the file and line of the first bad line, or the file if
   *     something is missing from it (a CAMEO code without a line, a type without a final rule)
   * @throws IOException if reading fails
   */
  public static PloverCodebook parse(
      CameoCodebook cameo, Reader types, Reader crosswalk, Reader legacy) throws IOException {
    return parse(
        cameo,
        types,
        fileName(TYPES_RESOURCE),
        crosswalk,
        fileName(CROSSWALK_RESOURCE),
        legacy,
        fileName(LEGACY_RESOURCE));
  }

  private static PloverCodebook parse(
      CameoCodebook cameo,
      Reader typesIn,
      String typesSource,
      Reader crosswalkIn,
      String crosswalkSource,
      Reader legacyIn,
      String legacySource)
      throws IOException {
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(typesIn, "types");
    Objects.requireNonNull(crosswalkIn, "crosswalk");
    Objects.requireNonNull(legacyIn, "legacy");
    Types declared = parseTypes(typesIn, typesSource);
    Map<String, Optional<PloverEvent>> byCameo =
        parseCrosswalk(crosswalkIn, crosswalkSource, cameo, declared);
    List<String> labels = new ArrayList<>();
    Map<String, List<LegacyRule>> rules = parseLegacy(legacyIn, legacySource, declared, labels);
    return new PloverCodebook(declared, byCameo, labels, rules);
  }

  /** Types, modes and contexts as read, in file order. */
  private static final class Types {
    final Map<String, List<String>> modes = new LinkedHashMap<>();
    final Map<String, String> descriptions = new HashMap<>();
    final Set<String> contexts = new LinkedHashSet<>();
  }

  private static Types parseTypes(Reader in, String source) throws IOException {
    Types declared = new Types();
    Map<String, Integer> lineOf = new HashMap<>();
    forEachLine(
        in,
        (fields, line) -> {
          String kind = fields[0];
          switch (kind) {
            case "type" -> {
              expectColumns(fields, 4, "type, name, modes, description", source, line);
              String name = fields[1];
              if (!TYPE_NAME.matcher(name).matches()) {
                throw bad(source, line, "not an upper-case type name: '" + name + "'");
              }
              declareOnce(lineOf, "type " + name, source, line);
              declared.modes.put(name, parseModes(name, fields[2], source, line));
              declared.descriptions.put(name, requireDescription(fields[3], name, source, line));
            }
            case "context" -> {
              expectColumns(fields, 3, "context, name, description", source, line);
              String name = fields[1];
              if (!CONTEXT_NAME.matcher(name).matches()) {
                throw bad(source, line, "not a lower-case context name: '" + name + "'");
              }
              declareOnce(lineOf, "context " + name, source, line);
              requireDescription(fields[2], name, source, line);
              declared.contexts.add(name);
            }
            default -> throw bad(source, line, "unknown kind '" + kind + "' (type or context)");
          }
        });
    if (declared.modes.isEmpty()) {
      throw new IllegalArgumentException(source + ": no PLOVER event types");
    }
    if (declared.contexts.isEmpty()) {
      throw new IllegalArgumentException(source + ": no PLOVER contexts");
    }
    return declared;
  }

  private static List<String> parseModes(String type, String field, String source, int line) {
    if (field.equals(NONE)) {
      return List.of();
    }
    Set<String> modes = new LinkedHashSet<>();
    for (String raw : field.split(",", -1)) {
      String mode = raw.strip();
      if (!MODE_NAME.matcher(mode).matches()) {
        throw bad(source, line, "not a mode name: '" + mode + "' (modes of " + type + ")");
      }
      if (!modes.add(mode)) {
        throw bad(source, line, "mode " + mode + " listed twice for " + type);
      }
    }
    return new ArrayList<>(modes);
  }

  private static String requireDescription(String field, String name, String source, int line) {
    if (field.isEmpty()) {
      throw bad(source, line, "empty description of " + name);
    }
    return field;
  }

  private static Map<String, Optional<PloverEvent>> parseCrosswalk(
      Reader in, String source, CameoCodebook cameo, Types declared) throws IOException {
    Map<String, Optional<PloverEvent>> byCameo = new HashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    forEachLine(
        in,
        (fields, line) -> {
          expectColumns(fields, 5, "cameo, type, mode, context, basis", source, line);
          String code = fields[0];
          if (cameo.find(code).isEmpty()) {
            throw bad(source, line, "not a code of the CAMEO code book: '" + code + "'");
          }
          Integer previous = lineOf.putIfAbsent(code, line);
          if (previous != null) {
            throw bad(
                source, line, "second line for " + code + " (first on line " + previous + ")");
          }
          if (!BASES.contains(fields[4])) {
            throw bad(
                source,
                line,
                "unknown basis '" + fields[4] + "' (plover, adjusted, derived, ours)");
          }
          String type = fields[1];
          if (type.equals(NONE)) {
            if (!fields[2].equals(NONE) || !fields[3].equals(NONE)) {
              throw bad(source, line, code + " has no PLOVER type but a mode or context");
            }
            byCameo.put(code, Optional.empty());
            return;
          }
          List<String> allowed = declared.modes.get(type);
          if (allowed == null) {
            throw bad(source, line, "undeclared PLOVER type '" + type + "' for " + code);
          }
          String mode = fields[2];
          if (!mode.equals(NONE) && !allowed.contains(mode)) {
            throw bad(source, line, "'" + mode + "' is not a mode of " + type + " (" + code + ")");
          }
          String context = fields[3];
          if (!context.equals(NONE) && !declared.contexts.contains(context)) {
            throw bad(source, line, "undeclared context '" + context + "' for " + code);
          }
          byCameo.put(code, Optional.of(new PloverEvent(type, orNull(mode), orNull(context))));
        });
    List<String> missing =
        cameo.all().stream().map(CameoCode::code).filter(c -> !byCameo.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          source + ": no line for CAMEO code" + (missing.size() == 1 ? " " : "s ") + missing);
    }
    return byCameo;
  }

  private static Map<String, List<LegacyRule>> parseLegacy(
      Reader in, String source, Types declared, List<String> labels) throws IOException {
    Map<String, List<LegacyRule>> rules = new LinkedHashMap<>();
    Map<String, Integer> finalRuleLine = new HashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    forEachLine(
        in,
        (fields, line) -> {
          String kind = fields[0];
          switch (kind) {
            case "label" -> {
              expectColumns(fields, 3, "label, name, description", source, line);
              String name = fields[1];
              if (!TYPE_NAME.matcher(name).matches()) {
                throw bad(source, line, "not an upper-case label: '" + name + "'");
              }
              declareOnce(lineOf, "label " + name, source, line);
              requireDescription(fields[2], name, source, line);
              labels.add(name);
            }
            case "map" -> {
              expectColumns(fields, 5, "map, type, mode, context, label", source, line);
              String type = fields[1];
              List<String> allowed = declared.modes.get(type);
              if (allowed == null) {
                throw bad(source, line, "undeclared PLOVER type '" + type + "'");
              }
              Integer closedAt = finalRuleLine.get(type);
              if (closedAt != null) {
                throw bad(
                    source,
                    line,
                    "rule for " + type + " after its final rule '* *' on line " + closedAt);
              }
              String mode = fields[2];
              if (!mode.equals(ANY) && !mode.equals(NONE) && !allowed.contains(mode)) {
                throw bad(source, line, "'" + mode + "' is not a mode of " + type);
              }
              String context = fields[3];
              if (!context.equals(ANY)
                  && !context.equals(NONE)
                  && !declared.contexts.contains(context)) {
                throw bad(source, line, "undeclared context '" + context + "'");
              }
              String label = fields[4];
              if (!labels.contains(label)) {
                throw bad(source, line, "label " + label + " not declared above");
              }
              rules
                  .computeIfAbsent(type, t -> new ArrayList<>())
                  .add(new LegacyRule(mode, context, label));
              if (mode.equals(ANY) && context.equals(ANY)) {
                finalRuleLine.put(type, line);
              }
            }
            default -> throw bad(source, line, "unknown kind '" + kind + "' (label or map)");
          }
        });
    for (String type : declared.modes.keySet()) {
      if (!finalRuleLine.containsKey(type)) {
        throw new IllegalArgumentException(
            source + ": PLOVER type " + type + " has no final rule '* *'");
      }
    }
    return rules;
  }

  /** Receives the stripped, tab-separated fields of one data line and its line number. */
  @FunctionalInterface
  private interface LineHandler {
    void accept(String[] fields, int lineNumber);
  }

  private static void forEachLine(Reader in, LineHandler handler) throws IOException {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      String[] fields = content.split("\t", -1);
      for (int i = 0; i < fields.length; i++) {
        fields[i] = fields[i].strip();
      }
      handler.accept(fields, lineNumber);
    }
  }

  private static void expectColumns(
      String[] fields, int count, String names, String source, int line) {
    if (fields.length != count) {
      throw bad(
          source,
          line,
          "expected " + count + " tab-separated columns (" + names + "), found " + fields.length);
    }
  }

  private static void declareOnce(
      Map<String, Integer> lineOf, String what, String source, int line) {
    Integer previous = lineOf.putIfAbsent(what, line);
    if (previous != null) {
      throw bad(source, line, what + " declared twice (first on line " + previous + ")");
    }
  }

  private static String orNull(String field) {
    return field.equals(NONE) ? null : field;
  }

  private static IllegalArgumentException bad(String source, int lineNumber, String message) {
    return new IllegalArgumentException(source + " line " + lineNumber + ": " + message);
  }

  private static String fileName(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  /**
   * The PLOVER event a CAMEO code corresponds to; empty for a code PLOVER has no event for (most
   * public statements, root 01).
   *
   * @throws IllegalArgumentException naming the code if it is not a code of the CAMEO code book
   */
  public Optional<PloverEvent> forCameo(String cameoCode) {
    Objects.requireNonNull(cameoCode, "cameoCode");
    Optional<PloverEvent> event = byCameo.get(cameoCode);
    if (event == null) {
      throw new IllegalArgumentException("unknown CAMEO event code: " + cameoCode);
    }
    return event;
  }

  /**
   * The PLOVER event of a CAMEO code, empty also for a code that is not CAMEO's (a team
   * dictionary's own, {@link CameoCodebook#withExtensions}).
   */
  public Optional<PloverEvent> forAnyCode(String code) {
    Objects.requireNonNull(code, "code");
    Optional<PloverEvent> event = byCameo.get(code);
    return event == null ? Optional.empty() : event;
  }

  /** The sixteen event types, in the order of the PLOVER manual. */
  public List<String> types() {
    return types;
  }

  /**
   * The modes allowed with a type, in the order of the PLOVER manual; empty for a type without
   * modes.
   *
   * @throws IllegalArgumentException naming the type if it is not declared
   */
  public List<String> modes(String type) {
    Objects.requireNonNull(type, "type");
    List<String> list = modes.get(type);
    if (list == null) {
      throw new IllegalArgumentException("unknown PLOVER event type: " + type);
    }
    return list;
  }

  /**
   * A one-line description of a type.
   *
   * @throws IllegalArgumentException naming the type if it is not declared
   */
  public String description(String type) {
    Objects.requireNonNull(type, "type");
    String description = descriptions.get(type);
    if (description == null) {
      throw new IllegalArgumentException("unknown PLOVER event type: " + type);
    }
    return description;
  }

  /** The contexts, which may accompany an event of any type. */
  public List<String> contexts() {
    return contexts;
  }

  /** The eighteen event labels of PLOVER 0.5b1 that {@link #toLegacy} can return. */
  public List<String> legacyLabels() {
    return legacyLabels;
  }

  /**
   * The PLOVER 0.5b1 label of a PLOVER 2021 event, e.g. {@code DEMAND} for {@code REQUEST}, {@code
   * INVESTIGATE} for {@code ACCUSE} with mode {@code investigate}, {@code FIGHT} for {@code
   * ASSAULT} with mode {@code heavy-weapons}.
   *
   * @throws IllegalArgumentException naming the value if the event's type, mode or context is not
   *     declared, or the mode is not one of its type
   */
  public String toLegacy(PloverEvent event) {
    Objects.requireNonNull(event, "event");
    List<String> allowed = modes(event.type());
    if (event.mode() != null && !allowed.contains(event.mode())) {
      throw new IllegalArgumentException("'" + event.mode() + "' is not a mode of " + event.type());
    }
    if (event.context() != null && !contextSet.contains(event.context())) {
      throw new IllegalArgumentException("unknown PLOVER context: " + event.context());
    }
    for (LegacyRule rule : legacyRules.get(event.type())) {
      if (rule.matches(event)) {
        return rule.label();
      }
    }
    throw new IllegalStateException("no 0.5b1 rule matches " + event);
  }

  @Override
  public String toString() {
    return "PloverCodebook["
        + types.size()
        + " types, "
        + contexts.size()
        + " contexts, "
        + byCameo.size()
        + " CAMEO codes]";
  }

  private static PloverCodebook readResources(CameoCodebook cameo) {
    try (Reader types = open(TYPES_RESOURCE);
        Reader crosswalk = open(CROSSWALK_RESOURCE);
        Reader legacy = open(LEGACY_RESOURCE)) {
      return parse(
          cameo, types, TYPES_RESOURCE, crosswalk, CROSSWALK_RESOURCE, legacy, LEGACY_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the PLOVER code book", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static Reader open(String resource) {
    InputStream stream = PloverCodebook.class.getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException(
          "PLOVER code book file not found on the class path: " + resource);
    }
    return new InputStreamReader(stream, StandardCharsets.UTF_8);
  }

  /** Holder of the code book for the standard CAMEO code book; the JVM initialises it once. */
  private static final class Standard {
    static final PloverCodebook INSTANCE = readResources(CameoCodebook.load());
  }
}
