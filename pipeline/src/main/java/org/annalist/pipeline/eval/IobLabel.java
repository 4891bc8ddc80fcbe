package org.annalist.pipeline.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * One token's label, parsed: outside, or a type with an optional {@code B-}/{@code I-} prefix.
 *
 * <p>{@link #decode} turns a sentence of labels into entities with one rule that reads IOB1, IOB2
 * and bare coarse labels alike: {@code O} ends the open entity; {@code B-X} always starts a new
 * one; {@code I-X} or a bare {@code X} continues the open entity when it has type X and starts a
 * new one otherwise.
 *
 * @param prefix the prefix as written
 * @param type the entity type, or null for {@code O}
 */
record IobLabel(Prefix prefix, NerType type) {
  /** The prefix of a label. */
  enum Prefix {
    /** No prefix: {@code O} or a bare type such as {@code PER}. */
    NONE,
    /** {@code B-}. */
    BEGIN,
    /** {@code I-}. */
    INSIDE
  }

  static final IobLabel OUTSIDE = new IobLabel(Prefix.NONE, null);

  IobLabel {
    if (prefix == null || (type == null && prefix != Prefix.NONE)) {
      throw new IllegalArgumentException("invalid label " + prefix + " " + type);
    }
  }

  /**
   * Parses a label, or returns null when it is not one.
   *
   * @param label {@code O}, {@code B-X}, {@code I-X}, or (when {@code bareAllowed}) {@code X},
   *     where X is a type or type synonym accepted by {@link NerType#fromLabel}
   * @param bareAllowed whether a type without a prefix is accepted
   */
  static IobLabel parse(String label, boolean bareAllowed) {
    if (label.equals("O")) {
      return OUTSIDE;
    }
    Prefix prefix;
    String name;
    if (label.startsWith("B-")) {
      prefix = Prefix.BEGIN;
      name = label.substring(2);
    } else if (label.startsWith("I-")) {
      prefix = Prefix.INSIDE;
      name = label.substring(2);
    } else if (bareAllowed) {
      prefix = Prefix.NONE;
      name = label;
    } else {
      return null;
    }
    return NerType.fromLabel(name).map(type -> new IobLabel(prefix, type)).orElse(null);
  }

  /** The entities a sentence of labels encodes, in order. */
  static List<EntitySpan> decode(List<IobLabel> labels) {
    List<EntitySpan> entities = new ArrayList<>();
    NerType open = null;
    int start = 0;
    for (int i = 0; i < labels.size(); i++) {
      IobLabel label = labels.get(i);
      boolean continues = open != null && label.type() == open && label.prefix() != Prefix.BEGIN;
      if (!continues) {
        if (open != null) {
          entities.add(new EntitySpan(start, i, open));
        }
        open = label.type();
        start = i;
      }
    }
    if (open != null) {
      entities.add(new EntitySpan(start, labels.size(), open));
    }
    return entities;
  }
}
