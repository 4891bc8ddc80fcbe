package org.annalist.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence with its tokens and dependency graph.
 *
 * @param index position in the article, from 0
 * @param span where it stands in the cleaned text
 * @param heading true when it is a section heading (never coded)
 * @param tokens its tokens
 * @param dependencies its dependency graph (Universal Dependencies, enhanced++ where available)
 */
public record Sentence(
    int index, Span span, boolean heading, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Relations whose governor is token {@code head}. */
  public List<Dependency> children(int head) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.head() == head) {
        out.add(d);
      }
    }
    return out;
  }

  /** Relations whose dependent is token {@code dependent}. */
  public List<Dependency> parents(int dependent) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.dependent() == dependent) {
        out.add(d);
      }
    }
    return out;
  }

  /** The text span covered by tokens {@code [from, to)}. */
  public Span span(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }
}
