package org.annalist.model;

/** GDELT's QuadClass of an event code. */
public enum QuadClass {
  VERBAL_COOPERATION(1),
  MATERIAL_COOPERATION(2),
  VERBAL_CONFLICT(3),
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  /** The number GDELT uses (1 to 4). */
  public int number() {
    return number;
  }

  /** QuadClass of a two-digit CAMEO root, as GDELT assigns it. */
  public static QuadClass ofRoot(int root) {
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO root out of range: " + root);
    }
    if (root <= 5) {
      return VERBAL_COOPERATION;
    }
    if (root <= 8) {
      return MATERIAL_COOPERATION;
    }
    if (root <= 13) {
      return VERBAL_CONFLICT;
    }
    return MATERIAL_CONFLICT;
  }
}
