package org.annalist.pipeline.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.model.CameoCodebook;

/**
 * The event patterns, indexed by trigger lemma, in file order (the first pattern of a lemma that
 * matches wins, so specific patterns come before general ones).
 *
 * <p>Lifecycle: load once per process; immutable and thread-safe.
 */
public final class EventDictionary {
  static final String RESOURCE = "event-patterns.tsv";
  private final Map<String, List<EventPattern>> byLemma = new HashMap<>();
  private final List<EventPattern> all = new ArrayList<>();

  private EventDictionary() {}

  /** Loads the built-in patterns; a bad line fails with its line number. */
  public static EventDictionary load(CameoCodebook codes) {
    EventDictionary d = new EventDictionary();
    try (InputStream in = EventDictionary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing data file " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        d.add(parse(line, RESOURCE + ":" + n, codes));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return d;
  }

  static EventPattern parse(String line, String where, CameoCodebook codes) {
    String[] c = line.split("\t");
    if (c.length != 8) {
      throw new IllegalStateException(where + ": expected 8 columns, found " + c.length);
    }
    String code = c[0].trim();
    if (codes.find(code).isEmpty()) {
      throw new IllegalStateException(where + ": unknown CAMEO code " + code);
    }
    String pos = c[1].trim();
    if (!pos.equals("verb") && !pos.equals("noun")) {
      throw new IllegalStateException(where + ": pos must be verb or noun: " + pos);
    }
    String reciprocal = c[6].trim().equals("-") ? null : c[6].trim();
    if (reciprocal != null && codes.find(reciprocal).isEmpty()) {
      throw new IllegalStateException(where + ": unknown reciprocal code " + reciprocal);
    }
    return new EventPattern(
        code,
        pos.equals("noun"),
        c[2].trim(),
        slots(c[3]),
        slots(c[4]),
        c[5].trim().equals("-") ? Set.of() : new LinkedHashSet<>(slots(c[5])),
        reciprocal,
        c[7].trim(),
        where);
  }

  private static List<String> slots(String col) {
    return Arrays.stream(col.trim().split("\\|"))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private void add(EventPattern p) {
    byLemma.computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
    all.add(p);
  }

  /** The patterns triggered by {@code lemma}, in file order. */
  public List<EventPattern> forLemma(String lemma) {
    return byLemma.getOrDefault(lemma, List.of());
  }

  public List<EventPattern> all() {
    return List.copyOf(all);
  }
}
