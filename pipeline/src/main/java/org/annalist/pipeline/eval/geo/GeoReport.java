package org.annalist.pipeline.eval.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of one or more systems on the same gold corpus, to be shown side by side (see {@link
 * GeoReportRenderer}): the main system first, then baselines such as the largest-population one.
 *
 * @param dataset what was evaluated, e.g. {@code lgl} or a file name
 * @param systems the systems in display order, the main one first; all scored on the same gold
 */
public record GeoReport(String dataset, List<SystemScores> systems) {
  /**
   * One system's scores.
   *
   * @param name the column heading, e.g. {@code annalist} or {@code population}
   * @param scores its scores
   */
  public record SystemScores(String name, GeoScores scores) {
    public SystemScores {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(scores, "scores");
      if (name.isBlank()) {
        throw new IllegalArgumentException("blank system name");
      }
    }
  }

  public GeoReport {
    Objects.requireNonNull(dataset, "dataset");
    systems = List.copyOf(systems);
    if (systems.isEmpty()) {
      throw new IllegalArgumentException("no system");
    }
    GeoScores first = systems.get(0).scores();
    for (SystemScores system : systems) {
      GeoScores s = system.scores();
      if (s.articles() != first.articles()
          || s.recognition().gold() != first.recognition().gold()
          || s.goldWithPoint() != first.goldWithPoint()) {
        throw new IllegalArgumentException(
            "system " + system.name() + " was not scored on the same gold as the main system");
      }
    }
  }

  /** A report of the main system and, when not null, one baseline. */
  public static GeoReport of(
      String dataset, String mainName, GeoScores main, String baselineName, GeoScores baseline) {
    return baseline == null
        ? new GeoReport(dataset, List.of(new SystemScores(mainName, main)))
        : new GeoReport(
            dataset,
            List.of(new SystemScores(mainName, main), new SystemScores(baselineName, baseline)));
  }

  /** The main system, the first. */
  public SystemScores main() {
    return systems.get(0);
  }

  /** The second system, if there is one. */
  public Optional<SystemScores> baseline() {
    return systems.size() > 1 ? Optional.of(systems.get(1)) : Optional.empty();
  }

  /** The number of articles scored. */
  public int articles() {
    return main().scores().articles();
  }

  /** The number of gold toponyms. */
  public int goldToponyms() {
    return main().scores().recognition().gold();
  }

  /** The number of gold toponyms with coordinates. */
  public int goldWithPoint() {
    return main().scores().goldWithPoint();
  }
}
