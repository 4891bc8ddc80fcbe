package org.annalist.pipeline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Entity-level scores of one evaluation: one {@link EntityScore} per type and the micro average
 * over all types (counts summed, then measures computed). Serialises with Jackson as {@code
 * {"types":{"PER":{...},...},"overall":{...}}}.
 *
 * @param types a score for every {@link NerType}, in enum order
 * @param overall the micro average; its counts are the sums of the per-type counts
 */
public record NerScores(Map<NerType, EntityScore> types, EntityScore overall) {
  private static final String HEADER = "%-8s%10s%10s%10s%8s%11s";
  private static final String ROW = "%-8s%10.4f%10.4f%10.4f%8d%11d";

  public NerScores {
    Objects.requireNonNull(types, "types");
    Objects.requireNonNull(overall, "overall");
    EnumSet<NerType> missing = EnumSet.allOf(NerType.class);
    missing.removeAll(types.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("no score for " + missing);
    }
    types = Collections.unmodifiableMap(new EnumMap<>(types));
    EntityScore sum = EntityScore.of(0, 0, 0);
    for (EntityScore score : types.values()) {
      sum = sum.plus(Objects.requireNonNull(score, "type score"));
    }
    if (sum.tp() != overall.tp() || sum.fp() != overall.fp() || sum.fn() != overall.fn()) {
      throw new IllegalArgumentException(
          "overall " + overall + " is not the sum of the types, " + sum);
    }
  }

  /** Scores from per-type scores; the overall score is their micro average. */
  public static NerScores of(Map<NerType, EntityScore> types) {
    EntityScore sum = EntityScore.of(0, 0, 0);
    for (EntityScore score : types.values()) {
      sum = sum.plus(score);
    }
    return new NerScores(types, sum);
  }

  /** The score of one type. */
  public EntityScore type(NerType type) {
    return types.get(Objects.requireNonNull(type, "type"));
  }

  /**
   * A fixed-width table with one row per type and an {@code overall} row (columns type, precision,
   * recall, f1, gold, predicted), then a last line {@code f1=0.xxxx} with the overall F1 to four
   * decimals. Lines end with {@code \n}; there is none after the last line.
   */
  public String format() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT, HEADER, "type", "precision", "recall", "f1", "gold", "predicted"));
    types.forEach((type, score) -> lines.add(row(type.name(), score)));
    lines.add(row("overall", overall));
    lines.add(String.format(Locale.ROOT, "f1=%.4f", overall.f1()));
    return String.join("\n", lines);
  }

  /** This record as one line of JSON. */
  public String toJson() {
    try {
      return new ObjectMapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String row(String name, EntityScore score) {
    return String.format(
        Locale.ROOT,
        ROW,
        name,
        score.precision(),
        score.recall(),
        score.f1(),
        score.gold(),
        score.predicted());
  }
}
