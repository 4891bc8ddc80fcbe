package org.annalist.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.annalist.store.EventFilter;
import picocli.CommandLine.Option;

/** The event filters of {@code events} and {@code export}. */
final class EventFilterOptions {
  private static final Set<String> MODALITIES =
      Set.of("asserted", "negated", "future", "hypothetical");

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      converter = InputOptions.DateConverter.class,
      description = "Events on or after this day.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      converter = InputOptions.DateConverter.class,
      description = "Events on or before this day.")
  LocalDate to;

  @Option(
      names = "--actor",
      paramLabel = "ACTOR",
      description =
          "A CAMEO actor code or its beginning in capitals (GEO matches GEOGOV), or words of an"
              + " actor's name.")
  String actor;

  @Option(
      names = "--country",
      paramLabel = "CODE",
      description = "ISO alpha-3 code of either actor or the event's place, or its FIPS code.")
  String country;

  @Option(
      names = "--code",
      paramLabel = "CAMEO",
      description = "A CAMEO event code or its beginning (04 matches 042 and 043).")
  String code;

  @Option(
      names = "--modality",
      paramLabel = "M",
      description = "asserted, negated, future, hypothetical or all.")
  String modality;

  /** Checks values that parse but make no sense. */
  void validate(picocli.CommandLine.Model.CommandSpec spec) {
    if (modality != null
        && !modality.equals("all")
        && !MODALITIES.contains(modality.toLowerCase(Locale.ROOT))) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "unknown modality '"
              + modality
              + "' (use asserted, negated, future, hypothetical or all)");
    }
    if (code != null && !code.matches("\\d{1,4}")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--code takes CAMEO digits, e.g. 04 or 0421: not '" + code + "'");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--from " + from + " is after --to " + to);
    }
  }

  /** The filter, with {@code defaultModality} (or null) when none is given. */
  EventFilter filter(String defaultModality) {
    String m = modality == null ? defaultModality : modality.toLowerCase(Locale.ROOT);
    return new EventFilter(from, to, actor, country, code, "all".equals(m) ? null : m, null);
  }
}
