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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CAMEO 1.1b3 event code book: every root, base code and sub-code with its name and Goldstein
 * value.
 *
 * <p>The standard code book is read once from the class-path resource {@value #RESOURCE} by {@link
 * #load()} and then shared; {@link #parse(Reader, String)} reads another code book in the same
 * format. A code book is immutable and safe to use from any number of threads.
 *
 * <p>Codes are strings of two to four digits and keep their leading zero: {@code "042"}, not {@code
 * "42"}. Every code except a root has its parent in the book: the first two digits of a three-digit
 * code, the first three of a four-digit code.
 */
public final class CameoCodebook {

  /** Class-path location of the standard code book. */
  public static final String RESOURCE = "/org/annalist/model/cameo-event-codes.tsv";

  private final List<CameoCode> all;
  private final Map<String, CameoCode> byCode;
  private final Map<String, List<CameoCode>> children;

  private CameoCodebook(List<CameoCode> codes) {
    this.all = List.copyOf(codes);
    Map<String, CameoCode> index = new HashMap<>();
    Map<String, List<CameoCode>> kids = new LinkedHashMap<>();
    for (CameoCode code : codes) {
      index.put(code.code(), code);
      kids.put(code.code(), new ArrayList<>());
    }
    for (CameoCode code : codes) {
      String parent = parentOf(code.code());
      if (parent != null && kids.containsKey(parent)) {
        kids.get(parent).add(code);
      }
    }
    Map<String, List<CameoCode>> frozen = new HashMap<>();
    kids.forEach((code, list) -> frozen.put(code, List.copyOf(list)));
    this.byCode = Map.copyOf(index);
    this.children = Map.copyOf(frozen);
  }

  /**
   * The standard CAMEO 1.1b3 code book, read from {@value #RESOURCE} on first use and shared
   * afterwards.
   *
   * @throws IllegalStateException if the resource is missing or malformed
   */
  public static CameoCodebook load() {
    return Standard.INSTANCE;
  }

  /**
   * Reads a code book in the format of {@value #RESOURCE}: tab-separated {@code code}, {@code
   * goldstein}, {@code name}; {@code #} starts a comment; blank lines are skipped.
   *
   * @param in the text; not closed
   * @param source names the input in error messages, e.g. a file name
   * @throws IllegalArgumentException naming the source and line of the first bad line: wrong column
   *     count, bad code or value, duplicate code, or a code whose parent is missing
   * @throws IOException if reading fails
   */
  public static CameoCodebook parse(Reader in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<CameoCode> codes = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      CameoCode code = parseLine(content, source, lineNumber);
      Integer previous = lineOf.putIfAbsent(code.code(), lineNumber);
      if (previous != null) {
        throw bad(
            source,
            lineNumber,
            "duplicate code " + code.code() + " (first on line " + previous + ")");
      }
      codes.add(code);
    }
    for (CameoCode code : codes) {
      String parent = parentOf(code.code());
      if (parent != null && !lineOf.containsKey(parent)) {
        throw bad(
            source, lineOf.get(code.code()), "code " + code.code() + " has no parent " + parent);
      }
    }
    if (codes.isEmpty()) {
      throw new IllegalArgumentException(source + ": no CAMEO codes");
    }
    return new CameoCodebook(codes);
  }

  private static CameoCode parseLine(String content, String source, int lineNumber) {
    String[] fields = content.split("\t", -1);
    if (fields.length != 3) {
      throw bad(
          source,
          lineNumber,
          "expected 3 tab-separated columns (code, goldstein, name), found " + fields.length);
    }
    String code = fields[0].strip();
    String name = fields[2].strip();
    if (!code.matches("\\d{2,4}")) {
      throw bad(source, lineNumber, "not a CAMEO event code: '" + code + "'");
    }
    int root = Integer.parseInt(code.substring(0, 2));
    if (root < 1 || root > 20) {
      throw bad(source, lineNumber, "root of " + code + " is not between 01 and 20");
    }
    if (name.isEmpty()) {
      throw bad(source, lineNumber, "empty name for " + code);
    }
    double goldstein;
    try {
      goldstein = Double.parseDouble(fields[1].strip());
    } catch (NumberFormatException e) {
      throw bad(
          source, lineNumber, "Goldstein value of " + code + " is not a number: " + fields[1]);
    }
    if (!(goldstein >= -10 && goldstein <= 10)) {
      throw bad(source, lineNumber, "Goldstein value of " + code + " out of range: " + fields[1]);
    }
    return new CameoCode(code, name, goldstein);
  }

  private static IllegalArgumentException bad(String source, int lineNumber, String message) {
    return new IllegalArgumentException(source + " line " + lineNumber + ": " + message);
  }

  /** The parent of a code: none for a root, the root for a base code, the base for a sub-code. */
  private static String parentOf(String code) {
    return code.length() <= 2 ? null : code.substring(0, code.length() - 1);
  }

  /**
   * This book with further codes that a team's dictionaries use beyond CAMEO ("901"): each keeps
   * the name given, Goldstein value 0 and, outside the roots 01 to 20, no QuadClass. A code the
   * book already has keeps its CAMEO meaning.
   *
   * @param codes the further codes and their names
   */
  public CameoCodebook withExtensions(Map<String, String> codes) {
    Objects.requireNonNull(codes, "codes");
    List<CameoCode> list = new ArrayList<>(all);
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(codes).entrySet()) {
      if (!byCode.containsKey(e.getKey())) {
        list.add(new CameoCode(e.getKey(), e.getValue(), 0.0));
      }
    }
    return list.size() == all.size() ? this : new CameoCodebook(list);
  }

  /** The code, or empty if the book has no such code. */
  public Optional<CameoCode> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The code.
   *
   * @throws IllegalArgumentException naming the code if the book has no such code
   */
  public CameoCode get(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("unknown CAMEO event code: " + code));
  }

  /** Every code, in the order of the book (code order for the standard book). */
  public List<CameoCode> all() {
    return all;
  }

  /**
   * The direct children of a code, in book order: the base codes of a root, the sub-codes of a base
   * code; empty for a code without children.
   *
   * @throws IllegalArgumentException naming the code if the book has no such code
   */
  public List<CameoCode> children(String code) {
    Objects.requireNonNull(code, "code");
    List<CameoCode> list = children.get(code);
    if (list == null) {
      throw new IllegalArgumentException("unknown CAMEO event code: " + code);
    }
    return list;
  }

  /** Number of codes in the book. */
  public int size() {
    return all.size();
  }

  @Override
  public String toString() {
    return "CameoCodebook[" + all.size() + " codes]";
  }

  /** Holder of the standard code book; the JVM initialises it once, on first use. */
  private static final class Standard {
    static final CameoCodebook INSTANCE = read();

    private static CameoCodebook read() {
      InputStream stream = CameoCodebook.class.getResourceAsStream(RESOURCE);
      if (stream == null) {
        throw new IllegalStateException("CAMEO code book not found on the class path: " + RESOURCE);
      }
      try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
        return parse(reader, RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
  }
}
