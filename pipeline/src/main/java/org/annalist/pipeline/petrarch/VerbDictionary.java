package org.annalist.pipeline.petrarch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of one verb file (the PETRARCH2 format of CAMEO.2.0.txt, also read in the older
 * PETRARCH form of PETR.Validate.verbs.txt): synsets, verb blocks with their patterns, and
 * transformations.
 *
 * @param synsets the synsets by name, in file order
 * @param families the verb blocks, in file order
 * @param transformations the transformation lines, in file order
 */
public record VerbDictionary(
    Map<String, Synset> synsets, List<VerbFamily> families, List<Transformation> transformations) {

  public VerbDictionary {
    synsets = Collections.unmodifiableMap(new LinkedHashMap<>(synsets));
    families = List.copyOf(families);
    transformations = List.copyOf(transformations);
  }

  /** No verbs. */
  public static VerbDictionary empty() {
    return new VerbDictionary(Map.of(), List.of(), List.of());
  }

  /** The number of patterns over all blocks. */
  public int patternCount() {
    return families.stream().mapToInt(f -> f.patterns().size()).sum();
  }

  /** The number of verb lines over all blocks. */
  public int verbCount() {
    return families.stream().mapToInt(f -> f.verbs().size()).sum();
  }
}
