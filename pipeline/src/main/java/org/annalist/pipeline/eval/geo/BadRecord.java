package org.annalist.pipeline.eval.geo;

/** What is wrong with one gold record, in one line; {@link GoldReader} adds where it is. */
final class BadRecord extends Exception {
  BadRecord(String reason) {
    super(reason, null, false, false);
  }
}
