package org.annalist.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.store.Export;
import org.annalist.store.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code annalist export --format F --out DIR}: stored events as files. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes stored events to a file in DIR: gdelt-events (GDELT 2.0 Events, 61 tab-separated"
          + " columns, events.export.CSV), gdelt-mentions (GDELT 2.0 Mentions, 16 columns,"
          + " events.mentions.CSV), gkg (GDELT Global Knowledge Graph 2.1, 27 columns, one"
          + " record per article, gkg.csv), jsonl (events.jsonl), csv (events.csv, with a"
          + " header) or parquet (events.parquet: the columns of csv, typed).",
      "GDELT formats hold asserted events only unless --modality says otherwise."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "gdelt-events, gdelt-mentions, gkg, jsonl, csv or parquet.")
  Export.Format format;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Mixin DataOptions data = new DataOptions();

  @Mixin EventFilterOptions filters = new EventFilterOptions();

  @Override
  public Integer call() {
    filters.validate(spec);
    Export.Result r;
    try (StoreQueries store = data.query()) {
      r = store.export(format, filters.filter(format.gdelt() ? "asserted" : null), out);
    }
    spec.commandLine().getErr().printf("annalist: wrote %d rows to %s%n", r.rows(), r.file());
    return ExitCodes.OK;
  }

  static final class FormatConverter implements ITypeConverter<Export.Format> {
    @Override
    public Export.Format convert(String value) {
      try {
        return Export.Format.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "unknown format '"
                + value
                + "' (use gdelt-events, gdelt-mentions, gkg, jsonl, csv or parquet)");
      }
    }
  }
}
