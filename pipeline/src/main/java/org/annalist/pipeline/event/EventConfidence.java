package org.annalist.pipeline.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An event's confidence: the estimated share of events with the same {@link EventFeatures} that a
 * careful reader of the sentence marks right. A logistic model whose weights are the data file
 * {@code confidence.tsv}; {@code annalist eval review} checks it against a marked sheet.
 */
public final class EventConfidence {
  /**
   * The confidence under which an event is flagged uncertain. On the blind-marked sheets the
   * weights were fitted on, events at or above it were right about seven times in eight
   * (cross-validated by article) and about three in four events reached it; on a sample of other
   * articles the share was lower, so measure it on your own news with {@code eval review}.
   */
  public static final double THRESHOLD = 0.75;

  private static final String RESOURCE = "/org/annalist/pipeline/event/confidence.tsv";

  private final Map<String, Double> weights;

  private EventConfidence(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The model shipped with Annalist. */
  public static EventConfidence load() {
    try (InputStream in = EventConfidence.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing data file " + RESOURCE);
      }
      return parse(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A model from the lines of a weights file ({@code feature TAB weight}, {@code #} comments). */
  static EventConfidence parse(Iterable<String> lines) {
    Map<String, Double> w = new HashMap<>();
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      if (c.length != 2) {
        throw new IllegalStateException(
            "confidence.tsv:" + n + ": expected 2 columns, found " + c.length);
      }
      double v;
      try {
        v = Double.parseDouble(c[1].trim());
      } catch (NumberFormatException e) {
        throw new IllegalStateException("confidence.tsv:" + n + ": not a number: " + c[1], e);
      }
      if (w.put(c[0].trim(), v) != null) {
        throw new IllegalStateException("confidence.tsv:" + n + ": duplicate feature " + c[0]);
      }
    }
    if (!w.containsKey("intercept")) {
      throw new IllegalStateException("confidence.tsv: no intercept");
    }
    return new EventConfidence(w);
  }

  /** The confidence of an event with these features, rounded to two decimals, in [0, 1]. */
  public double estimate(EventFeatures f) {
    double z = weight("intercept");
    z += weight("source=" + f.source().name().toLowerCase(Locale.ROOT));
    z += weight("target=" + f.target().name().toLowerCase(Locale.ROOT));
    z += f.stance() ? weight("stance") : 0;
    z += f.mutual() ? weight("mutual") : 0;
    z += f.noun() ? weight("noun") : 0;
    z += weight("modality=" + f.modality().name().toLowerCase(Locale.ROOT));
    z += f.reported() ? weight("reported") : 0;
    z += f.mentions() > 1 ? weight("mentions>1") : 0;
    z += weight("root=" + f.root());
    double p = 1 / (1 + Math.exp(-z));
    return Math.round(p * 100) / 100.0;
  }

  private double weight(String feature) {
    return weights.getOrDefault(feature, 0.0);
  }
}
