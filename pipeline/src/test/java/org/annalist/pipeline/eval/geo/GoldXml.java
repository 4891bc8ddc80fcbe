package org.annalist.pipeline.eval.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads small gold documents written inline by the tests. */
final class GoldXml {
  private GoldXml() {}

  static GoldCorpus read(GoldFormat format, String xml) throws IOException {
    return GoldReader.read(format, "gold.xml", xml.getBytes(StandardCharsets.UTF_8));
  }
}
