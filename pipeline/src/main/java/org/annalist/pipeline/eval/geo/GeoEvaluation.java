package org.annalist.pipeline.eval.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Article;
import org.annalist.model.OffsetMap;
import org.annalist.model.Span;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.RejectedArticleException;
import org.annalist.pipeline.geo.GazetteerEntry;
import org.annalist.pipeline.geo.Geoparser;

/**
 * Runs the geoparser on gold articles and scores it, with a largest-population baseline on the same
 * recognised spans side by side. An article the pipeline rejects counts with no predictions.
 */
public final class GeoEvaluation {
  private final Extractor extractor;
  private final Geoparser geoparser;
  private final GoldCountry goldCountry;

  /** How the toponyms to resolve are found. */
  public enum Spans {
    /** Recognised by the geoparser: recognition and resolution are scored together. */
    RECOGNISED,
    /** The gold toponyms: resolution alone is scored. */
    GOLD
  }

  public GeoEvaluation(Extractor extractor, Geoparser geoparser, GoldCountry goldCountry) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.geoparser = Objects.requireNonNull(geoparser, "geoparser");
    this.goldCountry = goldCountry;
  }

  /** Scores ours and, when {@code baseline}, the population baseline. */
  public GeoReport run(GoldCorpus corpus, Spans spans, boolean baseline) {
    return run(corpus, spans, baseline, line -> {});
  }

  /**
   * Scores as {@link #run(GoldCorpus, Spans, boolean)} and gives {@code errors} one line per error
   * of ours, article by article: {@code far} (resolved more than 161 km from the gold), {@code
   * miss} (a gold toponym not recognised) and {@code extra} (a toponym the gold lacks).
   */
  public GeoReport run(
      GoldCorpus corpus,
      Spans spans,
      boolean baseline,
      java.util.function.Consumer<String> errors) {
    GeoScorer ours = new GeoScorer(goldCountry);
    GeoScorer base = new GeoScorer(goldCountry);
    for (GoldArticle gold : corpus.articles()) {
      Article article =
          new Article(
              gold.id(),
              null,
              null,
              null,
              null,
              Article.DateOrigin.UNKNOWN,
              gold.text(),
              corpus.format().articleFormat().cliName(),
              gold.origin());
      List<PredictedToponym> mine = new ArrayList<>();
      java.util.Map<PredictedToponym, GazetteerEntry> entries = new java.util.IdentityHashMap<>();
      List<PredictedToponym> theirs = new ArrayList<>();
      try {
        AnnotatedDoc doc = extractor.annotate(article);
        var ex = extractor.actors(doc);
        OffsetMap map = doc.clean().map();
        Geoparser.Result result;
        if (spans == Spans.GOLD) {
          List<Span> cleanSpans = new ArrayList<>();
          int[] toClean = inverse(map, gold.text().length());
          for (GoldToponym t : gold.toponyms()) {
            int s = toClean[t.start()];
            int e = toClean[t.end()];
            if (s >= 0 && e > s) {
              cleanSpans.add(new Span(s, e));
            }
          }
          result = geoparser.resolveSpans(doc, cleanSpans, ex.actors(), ex.places());
        } else {
          result = geoparser.parse(doc, ex.actors(), ex.places());
        }
        for (Geoparser.Toponym t : result.toponyms()) {
          Span raw = map.toRaw(t.span());
          if (raw.end() <= raw.start()) {
            continue;
          }
          PredictedToponym p = predicted(raw, t.entry());
          mine.add(p);
          if (t.entry() != null) {
            entries.put(p, t.entry());
          }
          theirs.add(predicted(raw, geoparser.largestPopulation(t.text())));
        }
      } catch (RejectedArticleException e) {
        // Scored with no predictions: a rejected article loses its toponyms.
      }
      report(gold, ours.add(gold.toponyms(), mine), mine, entries, errors);
      base.add(gold.toponyms(), theirs);
    }
    return GeoReport.of(
        corpus.format().cliName(),
        "annalist",
        ours.scores(),
        "population",
        baseline ? base.scores() : null);
  }

  private static void report(
      GoldArticle gold,
      List<ToponymMatch> matches,
      List<PredictedToponym> mine,
      java.util.Map<PredictedToponym, GazetteerEntry> entries,
      java.util.function.Consumer<String> errors) {
    java.util.Set<GoldToponym> found =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.Set<PredictedToponym> used =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (ToponymMatch m : matches) {
      found.add(m.gold());
      used.add(m.predicted());
      if (m.scoresResolution() && m.errorKm() > 161) {
        GazetteerEntry e = entries.get(m.predicted());
        errors.accept(
            String.format(
                java.util.Locale.ROOT,
                "far\t%s\t%s\tgold %.2f,%.2f\tours %s\t%.0f km",
                gold.id(),
                m.gold().phrase(),
                m.gold().point().latitude(),
                m.gold().point().longitude(),
                e == null
                    ? "unresolved"
                    : String.format(
                        java.util.Locale.ROOT,
                        "%s (%s %s, pop %d) %.2f,%.2f",
                        e.name(),
                        e.type(),
                        e.iso2(),
                        e.population(),
                        e.lat(),
                        e.lon()),
                m.errorKm()));
      }
    }
    for (GoldToponym t : gold.toponyms()) {
      if (!found.contains(t)) {
        errors.accept("miss\t" + gold.id() + "\t" + t.phrase());
      }
    }
    for (PredictedToponym p : mine) {
      if (!used.contains(p)) {
        GazetteerEntry e = entries.get(p);
        String text = gold.text().substring(p.start(), Math.min(p.end(), gold.text().length()));
        errors.accept(
            "extra\t" + gold.id() + "\t" + text + "\t" + (e == null ? "unresolved" : e.name()));
      }
    }
  }

  private static PredictedToponym predicted(Span raw, GazetteerEntry e) {
    if (e == null) {
      return new PredictedToponym(raw.start(), raw.end(), null, null, null);
    }
    return new PredictedToponym(
        raw.start(),
        raw.end(),
        new GeoPoint(e.lat(), e.lon()),
        e.iso2().isEmpty() ? null : e.iso2(),
        e.geonameId() == 0 ? null : e.geonameId());
  }

  /**
   * For each raw offset 0..rawLength the first clean offset that maps at or after it, or -1; so a
   * raw span can be found in the cleaned text.
   */
  static int[] inverse(OffsetMap map, int rawLength) {
    int[] out = new int[rawLength + 1];
    java.util.Arrays.fill(out, -1);
    int n = map.cleanLength();
    for (int c = n; c >= 0; c--) {
      int r = map.toRaw(c);
      if (r >= 0 && r <= rawLength) {
        out[r] = c;
      }
    }
    int next = -1;
    for (int r = rawLength; r >= 0; r--) {
      if (out[r] >= 0) {
        next = out[r];
      } else {
        out[r] = next;
      }
    }
    return out;
  }
}
