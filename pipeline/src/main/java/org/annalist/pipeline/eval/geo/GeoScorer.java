package org.annalist.pipeline.eval.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.annalist.pipeline.eval.EntityScore;

/**
 * Scores a geoparser against gold toponyms, article by article: recognition by overlapping spans,
 * then resolution on the matched pairs (see {@link ResolutionScore} for the measures).
 *
 * <h2>Matching</h2>
 *
 * A prediction and a gold toponym of the same article match when their spans overlap, that is share
 * at least one character. Matching is one to one: each gold toponym is matched at most once and
 * each prediction at most once. Among all overlapping pairs, those with the longest overlap are
 * taken first (ties: the earlier gold toponym, then the earlier prediction), skipping pairs of
 * which either side is taken already. So one prediction "Lowmoor, Freedonia" over the gold toponyms
 * "Lowmoor" and "Freedonia" matches "Freedonia", the longer overlap, and "Lowmoor" is a false
 * negative. Two predictions inside one gold toponym give one match and one false positive. Overlap
 * rather than exact boundaries forgives boundary disagreements ("the Bronx" against "Bronx") that
 * say nothing about resolution.
 *
 * <p>Every gold toponym counts for recognition; a matched pair counts for resolution only when the
 * gold has coordinates. A matched prediction without coordinates counts as an error of {@link
 * GeoPoint#MAX_DISTANCE_KM}, so that declining to resolve never looks better than guessing.
 *
 * <p>An accumulator: {@link #add} each article, then read {@link #scores}. Not thread-safe; cheap
 * to create.
 */
public final class GeoScorer {
  private final GoldCountry goldCountry;
  private int articles;
  private int tp;
  private int fp;
  private int fn;
  private int goldWithPoint;
  private int unresolved;
  private int countryPairs;
  private int countryCorrect;
  private final List<Double> errors = new ArrayList<>();

  /** A scorer without country accuracy. */
  public GeoScorer() {
    this(null);
  }

  /**
   * @param goldCountry gives the gold country of a toponym, or null to leave country accuracy out
   */
  public GeoScorer(GoldCountry goldCountry) {
    this.goldCountry = goldCountry;
  }

  /**
   * Adds one article.
   *
   * @param gold the article's gold toponyms
   * @param predicted the predicted toponyms of the same article, in the same offsets
   * @return the matched pairs, in the order of the gold
   */
  public List<ToponymMatch> add(List<GoldToponym> gold, List<PredictedToponym> predicted) {
    List<ToponymMatch> matches = match(gold, predicted);
    articles++;
    tp += matches.size();
    fp += predicted.size() - matches.size();
    fn += gold.size() - matches.size();
    for (GoldToponym toponym : gold) {
      if (toponym.hasPoint()) {
        goldWithPoint++;
      }
    }
    for (ToponymMatch match : matches) {
      if (!match.scoresResolution()) {
        continue;
      }
      errors.add(match.errorKm());
      if (match.predicted().point() == null) {
        unresolved++;
      }
      if (goldCountry != null) {
        String country = goldCountry.iso2(match.gold().point(), match.gold().geonameId());
        if (country != null) {
          countryPairs++;
          if (country.equalsIgnoreCase(Objects.toString(match.predicted().country(), ""))) {
            countryCorrect++;
          }
        }
      }
    }
    return matches;
  }

  /** The scores of the articles added so far. */
  public GeoScores scores() {
    ResolutionScore resolution = ResolutionScore.of(errors, unresolved);
    if (goldCountry != null && countryPairs > 0) {
      // With no gold country known (a corpus without GeoNames ids) country accuracy is absent.
      resolution = resolution.withCountry(countryPairs, countryCorrect);
    }
    return new GeoScores(articles, EntityScore.of(tp, fp, fn), goldWithPoint, resolution);
  }

  /**
   * Matches predictions to gold toponyms one to one by overlapping spans, as described above.
   *
   * @return the matched pairs, in the order of the gold
   */
  public static List<ToponymMatch> match(List<GoldToponym> gold, List<PredictedToponym> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    record Candidate(int gold, int predicted, int overlap, int goldStart, int predictedStart) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      GoldToponym a = Objects.requireNonNull(gold.get(g), "gold toponym");
      for (int p = 0; p < predicted.size(); p++) {
        PredictedToponym b = Objects.requireNonNull(predicted.get(p), "predicted toponym");
        int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        if (overlap > 0) {
          candidates.add(new Candidate(g, p, overlap, a.start(), b.start()));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::overlap)
            .reversed()
            .thenComparingInt(Candidate::goldStart)
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::predictedStart)
            .thenComparingInt(Candidate::predicted));
    PredictedToponym[] matchedTo = new PredictedToponym[gold.size()];
    boolean[] used = new boolean[predicted.size()];
    for (Candidate c : candidates) {
      if (matchedTo[c.gold()] == null && !used[c.predicted()]) {
        matchedTo[c.gold()] = predicted.get(c.predicted());
        used[c.predicted()] = true;
      }
    }
    List<ToponymMatch> matches = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (matchedTo[g] != null) {
        matches.add(new ToponymMatch(gold.get(g), matchedTo[g]));
      }
    }
    return matches;
  }
}
