package org.annalist.pipeline.enrich;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/** Hand-made sentences for unit tests, without CoreNLP. */
final class Sentences {
  private Sentences() {}

  /**
   * A sentence from {@code word/TAG} or {@code word/TAG/lemma} items separated by spaces; tokens
   * are one space apart in the text, starting at {@code offset}.
   */
  static Sentence of(int index, int offset, String tagged, Dependency... deps) {
    List<Token> tokens = new ArrayList<>();
    int at = offset;
    for (String item : tagged.split(" ")) {
      String[] p = item.split("/");
      String word = p[0];
      String lemma = p.length > 2 ? p[2] : word.toLowerCase(java.util.Locale.ROOT);
      String ner = p.length > 3 ? p[3] : "O";
      tokens.add(
          new Token(tokens.size(), word, lemma, p[1], ner, new Span(at, at + word.length())));
      at += word.length() + 1;
    }
    return new Sentence(index, new Span(offset, at - 1), false, tokens, List.of(deps));
  }

  /** An annotated article of the sentences, without entities or dates. */
  static org.annalist.model.AnnotatedDoc doc(Sentence... sentences) {
    String text = text(sentences);
    org.annalist.model.OffsetMap.Builder map = new org.annalist.model.OffsetMap.Builder();
    for (int i = 0; i < text.length(); i++) {
      map.add(i);
    }
    org.annalist.model.CleanText clean =
        new org.annalist.model.CleanText(text, List.of(), List.of(), map.build(text.length()));
    org.annalist.model.Article article =
        new org.annalist.model.Article("t", null, null, null, null, null, text, "text", null);
    return new org.annalist.model.AnnotatedDoc(
        article, clean, "en", List.of(sentences), List.of(), List.of());
  }

  /** The text of sentences made by {@link #of}, placed one after another. */
  static String text(Sentence... sentences) {
    StringBuilder s = new StringBuilder();
    for (Sentence sentence : sentences) {
      while (s.length() < sentence.span().start()) {
        s.append(' ');
      }
      for (Token t : sentence.tokens()) {
        while (s.length() < t.span().start()) {
          s.append(' ');
        }
        s.append(t.word());
      }
    }
    return s.toString();
  }
}
