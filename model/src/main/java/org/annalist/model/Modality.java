package org.annalist.model;

/** Whether the text says an event happened, did not, will, or might. */
public enum Modality {
  ASSERTED,
  NEGATED,
  FUTURE,
  HYPOTHETICAL
}
