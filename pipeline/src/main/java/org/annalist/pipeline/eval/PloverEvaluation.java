package org.annalist.pipeline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Modality;
import org.annalist.model.PloverCodebook;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.RejectedArticleException;

/**
 * Codes the text of PLOVER gold records and compares with the gold: the event type (our PLOVER 2021
 * type mapped to the gold's 0.5b1 labels by {@code plover-05b1.tsv}) and the source and target
 * actors (country plus sector; a gold sector of {@code ***} or none, and IGO/NGO actors, compare by
 * the first three letters only). Our actors are those of the chosen event and of the events the
 * coder split from the same compound actor (same code, modality and sentence).
 *
 * <p>Per record our event is chosen without looking at the gold: an asserted one before a future,
 * hypothetical or negated one (the gold codes what happened or was said: a promise, not the
 * promised action), then one naming both actors before one naming one, then the one with the
 * highest confidence (ties: the first in the text); a record with no event counts as wrong.
 */
public final class PloverEvaluation {
  /** The label used when we code no event. */
  public static final String NONE = "NONE";

  private static final LocalDate DEFAULT_DATE = LocalDate.of(2016, 1, 1);

  private final Extractor extractor;
  private final PloverCodebook plover;

  public PloverEvaluation(Extractor extractor, PloverCodebook plover) {
    this.extractor = extractor;
    this.plover = plover;
  }

  /** One record's outcome. */
  public record Outcome(
      String id,
      String gold,
      String predicted,
      String source,
      String target,
      int events,
      String text) {}

  /** The whole report. */
  public record Report(
      int records,
      int correct,
      double eventAccuracy,
      Prf source,
      Prf target,
      double eventsPerRecord,
      Map<String, Map<String, Integer>> confusion,
      List<Outcome> outcomes) {

    /** The report as text; the last line is {@code event_accuracy=0.xxxx}. */
    public String format() {
      return format(false);
    }

    /**
     * The report as text, with every wrongly coded record (id, gold and predicted type, our actors,
     * the sentence) before the summary when {@code errors} is set.
     */
    public String format(boolean errors) {
      StringBuilder b = new StringBuilder();
      if (errors) {
        for (Outcome o : outcomes) {
          if (!o.gold().equals(o.predicted())) {
            b.append(
                String.format(
                    Locale.ROOT,
                    "wrong  %s  gold %s  ours %s %s->%s%n       %s%n",
                    o.id(),
                    o.gold(),
                    o.predicted(),
                    o.source(),
                    o.target(),
                    o.text()));
          }
        }
      }
      b.append(String.format(Locale.ROOT, "records            %d%n", records));
      b.append(
          String.format(
              Locale.ROOT, "event accuracy     %.4f (%d correct)%n", eventAccuracy, correct));
      b.append(String.format(Locale.ROOT, "events per record  %.2f%n", eventsPerRecord));
      b.append(
          String.format(
              Locale.ROOT,
              "source actors      P %.4f  R %.4f  F1 %.4f%n",
              source.precision(),
              source.recall(),
              source.f1()));
      b.append(
          String.format(
              Locale.ROOT,
              "target actors      P %.4f  R %.4f  F1 %.4f%n",
              target.precision(),
              target.recall(),
              target.f1()));
      b.append("confusion (gold: predicted counts)\n");
      for (var row : confusion.entrySet()) {
        b.append(String.format(Locale.ROOT, "  %-12s", row.getKey()));
        row.getValue().entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
            .forEach(c -> b.append(' ').append(c.getKey()).append('=').append(c.getValue()));
        b.append('\n');
      }
      b.append(String.format(Locale.ROOT, "event_accuracy=%.4f", eventAccuracy));
      return b.toString();
    }

    public String toJson() {
      ObjectMapper m = new ObjectMapper();
      ObjectNode o = m.createObjectNode();
      o.put("records", records);
      o.put("correct", correct);
      o.put("event_accuracy", eventAccuracy);
      o.put("events_per_record", eventsPerRecord);
      o.set("source", m.valueToTree(source));
      o.set("target", m.valueToTree(target));
      o.set("confusion", m.valueToTree(confusion));
      ArrayNode rows = o.putArray("outcomes");
      outcomes.forEach(x -> rows.add(m.valueToTree(x)));
      return o.toString();
    }
  }

  /** Precision, recall and F1 of actors. */
  public record Prf(
      int tp, int predicted, int gold, int goldFound, double precision, double recall, double f1) {
    static Prf of(int tp, int predicted, int gold, int goldFound) {
      double p = predicted == 0 ? 0 : (double) tp / predicted;
      double r = gold == 0 ? 0 : (double) goldFound / gold;
      return new Prf(tp, predicted, gold, goldFound, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /**
   * How strongly an event stands for its record: asserted before not, two actors named before one,
   * then by confidence.
   */
  private static final Comparator<Event> STANDING =
      Comparator.comparing((Event ev) -> ev.modality() == Modality.ASSERTED)
          .thenComparingInt(ev -> (ev.source() == null ? 0 : 1) + (ev.target() == null ? 0 : 1))
          .thenComparingDouble(Event::confidence);

  public Report run(List<PloverRecord> records) {
    int correct = 0;
    int events = 0;
    int[] src = new int[4];
    int[] tgt = new int[4];
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (PloverRecord r : records) {
      Extraction e = extract(r);
      List<Event> all = e == null ? List.of() : e.events();
      events += all.size();
      Event best = null;
      for (Event ev : all) {
        if (best == null || STANDING.compare(ev, best) > 0) {
          best = ev;
        }
      }
      String predicted = NONE;
      if (best != null && best.plover() != null) {
        predicted = plover.toLegacy(best.plover());
      }
      if (predicted.equals(r.event())) {
        correct++;
      }
      confusion.computeIfAbsent(r.event(), k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
      List<String> ss = new ArrayList<>();
      List<String> ts = new ArrayList<>();
      if (best != null) {
        for (Event ev : all) {
          if (sameCoding(ev, best)) {
            addCode(ss, ev.sourceCode());
            addCode(ts, ev.targetCode());
          }
        }
      }
      count(src, ss, r.sources());
      count(tgt, ts, r.targets());
      String s = ss.isEmpty() ? null : String.join("+", ss);
      String t = ts.isEmpty() ? null : String.join("+", ts);
      outcomes.add(new Outcome(r.id(), r.event(), predicted, s, t, all.size(), r.text()));
    }
    int n = records.size();
    return new Report(
        n,
        correct,
        n == 0 ? 0 : (double) correct / n,
        Prf.of(src[0], src[1], src[2], src[3]),
        Prf.of(tgt[0], tgt[1], tgt[2], tgt[3]),
        n == 0 ? 0 : (double) events / n,
        confusion,
        outcomes);
  }

  private Extraction extract(PloverRecord r) {
    Article a =
        new Article(
            r.id(),
            null,
            null,
            null,
            r.date() == null ? DEFAULT_DATE : r.date(),
            Article.DateOrigin.SOURCE,
            r.text(),
            "plover",
            r.id());
    try {
      return extractor.extract(a);
    } catch (RejectedArticleException e) {
      return null;
    }
  }

  /**
   * Whether an event is part of the chosen one: the same code and modality from the same sentence,
   * as the coder splits a compound actor ("Chile and Peru agreed") into one event per actor.
   */
  private static boolean sameCoding(Event ev, Event best) {
    return ev.code().code().equals(best.code().code())
        && ev.modality() == best.modality()
        && !ev.mentions().isEmpty()
        && !best.mentions().isEmpty()
        && ev.mentions().get(0).sentence() == best.mentions().get(0).sentence();
  }

  private static void addCode(List<String> codes, String code) {
    if (code != null && !codes.contains(code)) {
      codes.add(code);
    }
  }

  /**
   * Adds one record's actor counts, [tp, predicted, gold, gold found]: each of our actors is right
   * when it matches a gold actor, and each gold actor is found when one of ours matches it.
   */
  static void count(int[] c, List<String> ours, List<PloverRecord.GoldActor> gold) {
    c[2] += gold.size();
    c[1] += ours.size();
    for (String o : ours) {
      if (gold.stream().anyMatch(g -> matches(o, g))) {
        c[0]++;
      }
    }
    for (PloverRecord.GoldActor g : gold) {
      if (ours.stream().anyMatch(o -> matches(o, g))) {
        c[3]++;
      }
    }
  }

  /**
   * Whether our actor code matches a gold actor: same country, and sector when the gold has one.
   */
  static boolean matches(String ours, PloverRecord.GoldActor gold) {
    if (ours.length() < 3 || !ours.substring(0, 3).equals(gold.country())) {
      return false;
    }
    if (gold.sector() == null) {
      return true;
    }
    return ours.length() >= 6 && ours.substring(3, 6).equals(gold.sector());
  }
}
