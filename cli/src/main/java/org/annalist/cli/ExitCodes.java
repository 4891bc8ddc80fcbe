package org.annalist.cli;

/** The exit codes of every command, as the README documents them. */
final class ExitCodes {
  /** Every input was processed. */
  static final int OK = 0;

  /** The run failed: nothing or not everything could be done. */
  static final int FAILED = 1;

  /** The command line was wrong. */
  static final int USAGE = 2;

  /** The run finished, but some inputs were rejected (each reported with its reason). */
  static final int SOME_REJECTED = 3;

  private ExitCodes() {}
}
