package org.annalist.pipeline.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The grammatical gender a person's name suggests, so that "her" is not read as Nikolai Ryzhkov.
 * From the first-name list CoreNLP's English models ship for coreference (14,000 first names, each
 * MALE or FEMALE) and from honorifics ("Mrs", "Sir"). Unknown when neither says.
 */
final class NameGender {
  enum Gender {
    MALE,
    FEMALE,
    UNKNOWN
  }

  private static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  private static final Set<String> FEMALE_HONORIFICS =
      Set.of("mrs", "ms", "miss", "madam", "madame", "lady", "dame", "baroness", "queen");
  private static final Set<String> MALE_HONORIFICS = Set.of("mr", "sir", "lord", "king");

  private static volatile Map<String, Gender> firstNames;

  private NameGender() {}

  /** The gender of a name such as "Margaret Thatcher" or "Mrs Thatcher". */
  static Gender of(String name) {
    if (name == null || name.isBlank()) {
      return Gender.UNKNOWN;
    }
    String first = name.trim().split("\\s+")[0].replace(".", "").toLowerCase(Locale.ROOT);
    if (FEMALE_HONORIFICS.contains(first)) {
      return Gender.FEMALE;
    }
    if (MALE_HONORIFICS.contains(first)) {
      return Gender.MALE;
    }
    return firstNames().getOrDefault(first, Gender.UNKNOWN);
  }

  /** The gender of a third-person pronoun; unknown for any other word. */
  static Gender ofPronoun(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his", "himself" -> Gender.MALE;
      case "she", "her", "hers", "herself" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  private static Map<String, Gender> firstNames() {
    Map<String, Gender> m = firstNames;
    if (m == null) {
      m = load();
      firstNames = m;
    }
    return m;
  }

  private static Map<String, Gender> load() {
    Map<String, Gender> m = new HashMap<>();
    try (InputStream in = NameGender.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Map.of(); // without CoreNLP's models every name is of unknown gender
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] c = line.split("\t");
        if (c.length == 2 && (c[1].equals("MALE") || c[1].equals("FEMALE"))) {
          m.put(c[0].trim().toLowerCase(Locale.ROOT), Gender.valueOf(c[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(m);
  }
}
