package org.annalist.model;

import java.util.Objects;

/**
 * A Universal Dependencies relation between two tokens of one sentence.
 *
 * @param head token index of the governor, or -1 for the root
 * @param dependent token index of the dependent
 * @param relation the relation with its subtype, e.g. {@code nmod:poss}, {@code obl}
 */
public record Dependency(int head, int dependent, String relation) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
  }

  /** The relation without its subtype ({@code nmod:poss} gives {@code nmod}). */
  public String base() {
    int c = relation.indexOf(':');
    return c < 0 ? relation : relation.substring(0, c);
  }
}
