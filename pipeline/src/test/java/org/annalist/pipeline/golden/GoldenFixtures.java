package org.annalist.pipeline.golden;

import org.annalist.model.Extraction;
import org.annalist.pipeline.Extractor;

/** The golden fixture articles, for tests in other packages. */
public final class GoldenFixtures {
  private GoldenFixtures() {}

  /** Extracts fixture {@code name} from the golden fixture folder. */
  public static Extraction extract(Extractor extractor, String name) {
    return Fixtures.extract(extractor, name);
  }
}
