package org.annalist.cli;

/** Checks of {@code --limit} and {@code --offset}. */
final class Paging {
  private Paging() {}

  static void check(picocli.CommandLine.Model.CommandSpec spec, int limit, int offset) {
    if (limit < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--limit must be at least 1");
    }
    if (offset < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--offset must not be negative");
    }
  }

  /** Refuses an option value below one, naming the option. */
  static void positive(picocli.CommandLine.Model.CommandSpec spec, String option, int value) {
    if (value < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), option + " must be at least 1");
    }
  }
}
