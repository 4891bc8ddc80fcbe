package org.annalist.pipeline.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The invented dictionary files under {@code org/annalist/pipeline/petrarch/}. */
final class PetrarchFixtures {
  private PetrarchFixtures() {}

  static Path fixture(String name) {
    URL url = PetrarchFixtures.class.getResource("/org/annalist/pipeline/petrarch/" + name);
    if (url == null) {
      throw new IllegalStateException("missing fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The 1-based number of the only line of {@code file} that contains {@code text}. */
  static int lineOf(Path file, String text) {
    try {
      List<String> lines = Files.readAllLines(file);
      int found = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(text)) {
          if (found >= 0) {
            throw new IllegalArgumentException(text + " is on more than one line of " + file);
          }
          found = i + 1;
        }
      }
      if (found < 0) {
        throw new IllegalArgumentException(text + " is not in " + file);
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
