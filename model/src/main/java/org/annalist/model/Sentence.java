package org.annalist.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence with its tokens and dependency graph. Immutable; the graph is indexed by governor
 * and by dependent when the sentence is built, so {@link #children} and {@link #parents} are cheap.
 */
public final class Sentence {
  private final int index;
  private final Span span;
  private final boolean heading;
  private final List<Token> tokens;
  private final List<Dependency> dependencies;
  private final List<List<Dependency>> children;
  private final List<List<Dependency>> parents;

  /**
   * @param index position in the article, from 0
   * @param span where it stands in the cleaned text
   * @param heading true when it is a section heading (never coded)
   * @param tokens its tokens
   * @param dependencies its dependency graph (Universal Dependencies, enhanced++ where available)
   */
  public Sentence(
      int index, Span span, boolean heading, List<Token> tokens, List<Dependency> dependencies) {
    this.index = index;
    this.span = Objects.requireNonNull(span, "span");
    this.heading = heading;
    this.tokens = List.copyOf(tokens);
    this.dependencies = List.copyOf(dependencies);
    List<List<Dependency>> down = new ArrayList<>(this.tokens.size());
    List<List<Dependency>> up = new ArrayList<>(this.tokens.size());
    for (int i = 0; i < this.tokens.size(); i++) {
      down.add(new ArrayList<>(2));
      up.add(new ArrayList<>(2));
    }
    for (Dependency d : this.dependencies) {
      if (d.dependent() < 0
          || d.dependent() >= this.tokens.size()
          || d.head() >= this.tokens.size()) {
        throw new IllegalArgumentException("dependency outside the sentence: " + d);
      }
      if (d.head() >= 0) {
        down.get(d.head()).add(d);
      }
      up.get(d.dependent()).add(d);
    }
    this.children = down.stream().map(List::copyOf).toList();
    this.parents = up.stream().map(List::copyOf).toList();
  }

  public int index() {
    return index;
  }

  public Span span() {
    return span;
  }

  public boolean heading() {
    return heading;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<Dependency> dependencies() {
    return dependencies;
  }

  /**
   * Whether the sentence was parsed: a parse has at least its root. Sentences that cannot hold an
   * event may be left unparsed, with tokens, lemmas, parts of speech and entities only.
   */
  public boolean parsed() {
    return !dependencies.isEmpty();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Relations whose governor is token {@code head}; empty for the root marker -1. */
  public List<Dependency> children(int head) {
    return head < 0 || head >= children.size() ? List.of() : children.get(head);
  }

  /** Relations whose dependent is token {@code dependent}. */
  public List<Dependency> parents(int dependent) {
    return dependent < 0 || dependent >= parents.size() ? List.of() : parents.get(dependent);
  }

  /** The text span covered by tokens {@code [from, to)}. */
  public Span span(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sentence s
        && index == s.index
        && heading == s.heading
        && span.equals(s.span)
        && tokens.equals(s.tokens)
        && dependencies.equals(s.dependencies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, span, heading, tokens, dependencies);
  }

  @Override
  public String toString() {
    return "Sentence[" + index + ", " + span + (heading ? ", heading" : "") + "]";
  }
}
