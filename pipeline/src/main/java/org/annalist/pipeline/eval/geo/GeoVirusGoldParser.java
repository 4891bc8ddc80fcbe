package org.annalist.pipeline.eval.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.pipeline.read.InputFormat;
import org.annalist.pipeline.read.XmlElement;

/**
 * GeoVirus records.
 *
 * <ul>
 *   <li><b>Offsets count from 1.</b> In the published file the name of a location starts at index
 *       {@code start - 1} of the text and ends before {@code end - 1}: the offsets count from 1 and
 *       the end is exclusive. Both are shifted down by one here, so that they are 0-based and
 *       half-open like every other offset of the project.
 *   <li><b>Nested locations.</b> The file has a {@code <location>} whose first children are three
 *       more {@code <location>}s, followed by its own fields. Every {@code <location>} with fields
 *       of its own is a location, wherever it is nested under {@code <locations>}, in the order of
 *       the file; one with only nested locations is a wrapper.
 *   <li><b>Comments.</b> Commented-out articles and locations are not data; they are skipped by the
 *       XML parser, never counted.
 * </ul>
 *
 * The id is {@code geovirus-N}, N the position of the record in the file from 1, as the article
 * reader numbers it. GeoVirus gives coordinates and a Wikipedia page, but no GeoNames id.
 */
final class GeoVirusGoldParser implements RecordParser {
  @Override
  public GoldArticle parse(
      XmlElement record, int position, String origin, Map<ToponymType, Integer> excluded)
      throws BadRecord {
    String text = GoldFields.text(record, "text", "");
    List<GoldToponym> toponyms = new ArrayList<>();
    for (XmlElement list : record.children("locations")) {
      for (XmlElement location : list.children("location")) {
        collect(location, toponyms);
      }
    }
    return new GoldArticle(InputFormat.GEOVIRUS.cliName() + "-" + position, origin, text, toponyms);
  }

  private static void collect(XmlElement location, List<GoldToponym> toponyms) throws BadRecord {
    if (hasOwnFields(location)) {
      String where = "location " + (toponyms.size() + 1) + ": ";
      int start = GoldFields.offset(location, "start", where);
      int end = GoldFields.offset(location, "end", where);
      if (start < 1) {
        throw new BadRecord(where + "<start> is 0, but GeoVirus offsets count from 1");
      }
      GoldFields.checkSpan(start, end, where);
      String phrase = GoldFields.text(location, "name", where);
      GeoPoint point =
          GoldFields.point(
              GoldFields.decimal(location, "lat", where),
              GoldFields.decimal(location, "lon", where),
              where);
      toponyms.add(new GoldToponym(start - 1, end - 1, phrase, point, null, null));
    }
    for (XmlElement nested : location.children("location")) {
      collect(nested, toponyms);
    }
  }

  private static boolean hasOwnFields(XmlElement location) {
    return location.child("name") != null
        || location.child("start") != null
        || location.child("end") != null;
  }
}
