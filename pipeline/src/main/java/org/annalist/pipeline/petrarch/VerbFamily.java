package org.annalist.pipeline.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * A verb block: {@code --- NAME [CODE] ---}, its verb lines and its patterns.
 *
 * @param name the block name (PETRARCH2 keys the patterns on it)
 * @param code the block code, {@link VerbCode#NULL} when the header has none; a verb without its
 *     own code takes this one
 * @param verbs the verb lines, in file order
 * @param patterns the pattern lines that could be read, in file order
 * @param line line number of the header
 */
public record VerbFamily(
    String name, VerbCode code, List<VerbEntry> verbs, List<VerbPattern> patterns, int line) {

  public VerbFamily {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    verbs = List.copyOf(verbs);
    patterns = List.copyOf(patterns);
  }

  /** The code of {@code verb}: its own, or the block's. */
  public VerbCode codeOf(VerbEntry verb) {
    return verb.code() != null ? verb.code() : code;
  }
}
