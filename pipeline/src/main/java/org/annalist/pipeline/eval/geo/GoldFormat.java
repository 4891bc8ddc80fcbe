package org.annalist.pipeline.eval.geo;

import java.util.Locale;
import org.annalist.pipeline.read.InputFormat;

/** The gold formats of the geoparsing evaluation. */
public enum GoldFormat {
  /**
   * LGL (Lieberman et al. 2010), also the format of TR-News: {@code <article docid>} with {@code
   * <text>} and {@code <toponyms>} of {@code <toponym>} ({@code <start>}, {@code <end>}, {@code
   * <phrase>}, optionally {@code <gaztag geonameid>} with {@code <lat>} and {@code <lon>}).
   */
  LGL(InputFormat.LGL),
  /**
   * GeoVirus (Gritta et al. 2018): {@code <article>} with {@code <source>}, {@code <text>} and
   * {@code <locations>} of {@code <location>} ({@code <name>}, {@code <start>}, {@code <end>},
   * {@code <lat>}, {@code <lon>}, {@code <page>}). Its offsets count from 1.
   */
  GEOVIRUS(InputFormat.GEOVIRUS),
  /**
   * GeoWebNews (Gritta et al. 2020), the XML file: {@code <article file>} with {@code <title>},
   * {@code <link>}, {@code <text>} and {@code <toponyms>} of {@code <toponym>} ({@code
   * <extractedName>}, {@code <type>}, {@code <start>}, {@code <end>}, optionally {@code
   * <geonamesID>}, {@code <latitude>}, {@code <longitude>}). See {@link ToponymType}.
   */
  GEOWEBNEWS(InputFormat.GWN);

  private final InputFormat articles;

  GoldFormat(InputFormat articles) {
    this.articles = articles;
  }

  /** The name used on the command line: {@code lgl}, {@code geovirus}, {@code geowebnews}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The article format of the same files, which gives article ids the same prefix. */
  public InputFormat articleFormat() {
    return articles;
  }

  /**
   * The format with this command-line name, compared without regard to case.
   *
   * @throws IllegalArgumentException naming the accepted names
   */
  public static GoldFormat fromCliName(String name) {
    for (GoldFormat format : values()) {
      if (format.cliName().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown gold format \"" + name + "\"; expected lgl, geovirus or geowebnews");
  }
}
