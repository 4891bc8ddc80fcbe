package org.annalist.pipeline.eval;

import java.util.Objects;
import java.util.Optional;
import org.annalist.model.EntityType;

/** The four entity types of CoNLL-2003, named as in its tag set. */
public enum NerType {
  PER,
  ORG,
  LOC,
  MISC;

  /**
   * The type a label names: {@code PER}, {@code ORG}, {@code LOC}, {@code MISC}, or the long
   * synonyms {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}. Matching is case-sensitive;
   * any other label, including {@code O}, gives an empty result.
   */
  public static Optional<NerType> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    return Optional.ofNullable(
        switch (label) {
          case "PER", "PERSON" -> PER;
          case "ORG", "ORGANIZATION" -> ORG;
          case "LOC", "LOCATION" -> LOC;
          case "MISC" -> MISC;
          default -> null;
        });
  }

  /** The CoNLL type of one of Annalist's entity types. */
  public static NerType of(EntityType type) {
    Objects.requireNonNull(type, "type");
    return switch (type) {
      case PERSON -> PER;
      case ORGANIZATION -> ORG;
      case LOCATION -> LOC;
      case MISC -> MISC;
    };
  }

  /** Annalist's entity type for this CoNLL type. */
  public EntityType entityType() {
    return switch (this) {
      case PER -> EntityType.PERSON;
      case ORG -> EntityType.ORGANIZATION;
      case LOC -> EntityType.LOCATION;
      case MISC -> EntityType.MISC;
    };
  }
}
