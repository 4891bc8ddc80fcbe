package org.annalist.pipeline.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.model.Actor;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Extraction;
import org.annalist.model.Span;
import org.annalist.pipeline.event.EventConfidence;

/**
 * Renders an extraction for people: each event with the pattern that matched, the actor entries
 * used and its evidence, the words marked in their sentence ({@code [action]}, {@code <source>},
 * {@code {target}}). Stateless and thread-safe.
 */
public final class Explainer {

  /** The readable explanation of every event of an extraction. */
  public String explain(Extraction e) {
    StringBuilder b = new StringBuilder();
    var a = e.doc().article();
    b.append("article ")
        .append(a.id())
        .append(" (")
        .append(a.date() == null ? "date unknown" : a.date())
        .append(", ")
        .append(a.origin() == null ? a.format() : a.origin())
        .append(")\n");
    if (!e.flags().isEmpty()) {
      b.append("  flags: ").append(String.join(", ", e.flags())).append('\n');
    }
    if (e.events().isEmpty()) {
      b.append("  no events\n");
    }
    for (Event ev : e.events()) {
      Actor src = actor(e, ev.source());
      Actor tgt = actor(e, ev.target());
      b.append(
          String.format(
              Locale.ROOT,
              "  %s %s %s: %s -> %s, %s, %s, confidence %.2f%s%s%n",
              ev.id(),
              ev.code().code(),
              ev.code().name(),
              ev.sourceCode() == null ? "no source" : ev.sourceCode(),
              ev.targetCode() == null ? "no target" : ev.targetCode(),
              ev.modality().name().toLowerCase(Locale.ROOT),
              ev.date() == null ? "date unknown" : ev.date(),
              ev.confidence(),
              ev.confidence() < EventConfidence.THRESHOLD ? " (uncertain)" : "",
              ev.reciprocal() == null ? "" : ", reciprocal " + ev.reciprocal()));
      b.append("     why: ").append(ev.explanation()).append('\n');
      b.append("     source: ").append(describe(src)).append('\n');
      b.append("     target: ").append(describe(tgt)).append('\n');
      if (ev.reporter() != null) {
        b.append("     reported by: ").append(describe(actor(e, ev.reporter()))).append('\n');
      }
      for (EventMention m : ev.mentions()) {
        b.append("     [s")
            .append(m.sentence())
            .append("] ")
            .append(mark(e.doc().text(), m))
            .append("  (")
            .append(m.rule())
            .append(")\n");
      }
    }
    return b.toString();
  }

  private static Actor actor(Extraction e, String id) {
    if (id == null) {
      return null;
    }
    return e.actors().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
  }

  private static String describe(Actor a) {
    if (a == null) {
      return "none";
    }
    return a.id() + " " + a.code() + " \"" + a.name() + "\"" + " (" + a.basis() + ")";
  }

  /** The sentence with the action in [], the source in <> and the target in {}. */
  static String mark(String text, EventMention m) {
    record Mark(Span span, String open, String close) {}
    List<Mark> marks = new ArrayList<>();
    marks.add(new Mark(m.action(), "[", "]"));
    if (m.source() != null && !m.source().overlaps(m.action())) {
      marks.add(new Mark(m.source(), "<", ">"));
    }
    if (m.target() != null
        && !m.target().overlaps(m.action())
        && (m.source() == null || !m.target().overlaps(m.source()))) {
      marks.add(new Mark(m.target(), "{", "}"));
    }
    marks.sort((x, y) -> x.span().compareTo(y.span()));
    StringBuilder b = new StringBuilder();
    int at = m.sentenceSpan().start();
    for (Mark k : marks) {
      b.append(text, at, k.span().start()).append(k.open());
      b.append(text, k.span().start(), k.span().end()).append(k.close());
      at = k.span().end();
    }
    b.append(text, at, m.sentenceSpan().end());
    return b.toString().replaceAll("\\s+", " ");
  }
}
