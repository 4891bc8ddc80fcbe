package org.annalist.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.annalist.pipeline.read.InputFormat;
import org.annalist.pipeline.read.ReadOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Options shared by the commands that read articles. */
final class InputOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "Input format: auto (default), seed, text, jsonl, html, or an evaluation corpus:"
              + " geovirus, reuters, lgl, gwn.")
  InputFormat format = InputFormat.AUTO;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "Date of articles whose input states none (plain text). Else it is unknown.")
  LocalDate date;

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Largest input file accepted, e.g. 5MB (default), 500KB, 20000000.")
  long maxBytes = ReadOptions.DEFAULT_MAX_BYTES;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Process at most N articles (rejected inputs are reported, not counted).")
  int limit = Integer.MAX_VALUE;

  /** Rejects option values that parse but make no sense, as usage errors. */
  void validate(picocli.CommandLine.Model.CommandSpec spec) {
    if (limit < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--limit must be at least 1");
    }
  }

  ReadOptions readOptions() {
    return new ReadOptions(format, date, maxBytes);
  }

  static final class FormatConverter implements ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String value) {
      try {
        return InputFormat.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "unknown format '"
                + value
                + "' (use auto, seed, text, jsonl, html, geovirus, reuters, lgl or gwn)");
      }
    }
  }

  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "invalid date '" + value + "' (use YYYY-MM-DD, e.g. 2024-05-01)");
      }
    }
  }

  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.trim().toUpperCase(Locale.ROOT);
      long factor = 1;
      if (v.endsWith("KB")) {
        factor = 1024;
        v = v.substring(0, v.length() - 2);
      } else if (v.endsWith("MB")) {
        factor = 1024 * 1024;
        v = v.substring(0, v.length() - 2);
      } else if (v.endsWith("GB")) {
        factor = 1024L * 1024 * 1024;
        v = v.substring(0, v.length() - 2);
      } else if (v.endsWith("B")) {
        v = v.substring(0, v.length() - 1);
      }
      try {
        long n = Long.parseLong(v.trim()) * factor;
        if (n <= 0) {
          throw new NumberFormatException();
        }
        return n;
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "invalid size '" + value + "' (use e.g. 5MB, 500KB or a number of bytes)");
      }
    }
  }
}
