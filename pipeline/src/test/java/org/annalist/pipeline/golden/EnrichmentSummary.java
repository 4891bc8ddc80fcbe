package org.annalist.pipeline.golden;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.model.Actor;
import org.annalist.model.Enrichment;
import org.annalist.model.Event;
import org.annalist.model.Extraction;

/** A canonical, line-based summary of an article's enrichment, for golden files. */
final class EnrichmentSummary {
  private EnrichmentSummary() {}

  static String of(Extraction e) {
    Enrichment en = e.enrichment();
    List<String> lines = new ArrayList<>();
    Enrichment.Tone t = en.tone();
    lines.add(
        String.format(
            Locale.ROOT,
            "tone %.2f positive %.2f negative %.2f polarity %.2f activity %.2f selfGroup %.2f"
                + " words %d",
            t.tone(),
            t.positive(),
            t.negative(),
            t.polarity(),
            t.activity(),
            t.selfGroup(),
            t.wordCount()));
    for (Enrichment.ThemeMatch m : en.themes()) {
      List<String> cues = new ArrayList<>();
      m.mentions().forEach(c -> cues.add(c.text() + "@" + c.sentence()));
      lines.add("theme " + m.id() + " context=" + m.context() + " " + String.join(", ", cues));
    }
    for (Enrichment.Quotation q : en.quotations()) {
      lines.add(
          "quote "
              + q.kind().name().toLowerCase(Locale.ROOT)
              + " speaker="
              + q.speakerText()
              + " actor="
              + code(e, q.speaker())
              + " verb="
              + (q.verb() == null ? null : q.verb().text())
              + " \""
              + q.text()
              + "\"");
    }
    for (Enrichment.Amount a : en.amounts()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "amount %s %s %s%s object=%s \"%s\" place=%s",
              a.id(),
              a.type(),
              stripZeros(a.value()),
              a.approximate() ? " approximate" : "",
              a.object(),
              a.text(),
              placeName(e, a.place())));
    }
    for (Enrichment.EventNote n : en.events()) {
      Event ev =
          e.events().stream().filter(x -> x.id().equals(n.event())).findFirst().orElseThrow();
      lines.add(
          String.format(
              Locale.ROOT,
              "event %s -> %s %s %s sentenceTone %.2f contexts=%s amounts=%s",
              ev.sourceCode(),
              ev.targetCode(),
              ev.code().code(),
              ev.modality().name().toLowerCase(Locale.ROOT),
              n.sentenceTone(),
              String.join(",", n.contexts()),
              String.join(",", n.amounts())));
    }
    for (Enrichment.Name n : en.names()) {
      lines.add(
          "name "
              + n.type()
              + " \""
              + n.name()
              + "\" actor="
              + code(e, n.actor())
              + " place="
              + (n.place() != null)
              + " mentions="
              + n.mentions().size());
    }
    return String.join("\n", lines) + "\n";
  }

  private static String placeName(Extraction e, String placeId) {
    if (placeId == null) {
      return "-";
    }
    return e.places().stream()
        .filter(p -> p.id().equals(placeId))
        .map(p -> "\"" + p.name() + "\"")
        .findFirst()
        .orElseThrow();
  }

  private static String stripZeros(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static String code(Extraction e, String actorId) {
    if (actorId == null) {
      return "-";
    }
    return e.actors().stream()
        .filter(a -> a.id().equals(actorId))
        .map(Actor::code)
        .findFirst()
        .orElseThrow();
  }
}
