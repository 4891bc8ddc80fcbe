package org.annalist.pipeline.eval.geo;

import java.util.Map;
import org.annalist.pipeline.read.XmlElement;

/** Turns one {@code <article>} record of a gold format into a gold article. */
interface RecordParser {
  /**
   * @param record the parsed record
   * @param position its number in the file, from 1
   * @param origin {@code file:line} where it starts
   * @param excluded where to count annotations that are left out of the gold, by type
   * @throws BadRecord when a required field is missing or a value cannot be read
   */
  GoldArticle parse(
      XmlElement record, int position, String origin, Map<ToponymType, Integer> excluded)
      throws BadRecord;
}
