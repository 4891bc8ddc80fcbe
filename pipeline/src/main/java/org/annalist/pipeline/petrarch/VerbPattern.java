package org.annalist.pipeline.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * A pattern line of a verb block: {@code - [before] * [after] [CODE] # comment}.
 *
 * @param raw the pattern text between the leading {@code -} and the code, trimmed
 * @param tokens the parsed pattern; exactly one {@link PatternToken.Kind#VERB} token
 * @param code the event code
 * @param comment the {@code #} comment, or "" (in CAMEO.2.0 usually the verb the pattern came from)
 * @param line line number
 */
public record VerbPattern(
    String raw, List<PatternToken> tokens, VerbCode code, String comment, int line) {

  public VerbPattern {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(code, "code");
    tokens = List.copyOf(tokens);
    comment = comment == null ? "" : comment;
  }

  /** The tokens before the verb {@code *}. */
  public List<PatternToken> beforeVerb() {
    return tokens.subList(0, verbIndex());
  }

  /** The tokens after the verb {@code *}. */
  public List<PatternToken> afterVerb() {
    return tokens.subList(verbIndex() + 1, tokens.size());
  }

  private int verbIndex() {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == PatternToken.Kind.VERB) {
        return i;
      }
    }
    throw new IllegalStateException("pattern without '*': " + raw);
  }
}
