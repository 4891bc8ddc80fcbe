package org.annalist.pipeline.eval.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.pipeline.read.InputFormat;
import org.annalist.pipeline.read.XmlElement;

/**
 * LGL and TR-News records. A toponym without {@code <gaztag>} (LGL has street names and the like
 * that the annotators found in no gazetteer) is kept without coordinates or GeoNames id: it counts
 * for recognition, not for resolution. Offsets are used as given.
 */
final class LglGoldParser implements RecordParser {
  @Override
  public GoldArticle parse(
      XmlElement record, int position, String origin, Map<ToponymType, Integer> excluded)
      throws BadRecord {
    String docid = GoldFields.attribute(record, "docid", "");
    String text = GoldFields.text(record, "text", "");
    List<GoldToponym> toponyms = new ArrayList<>();
    XmlElement list = record.child("toponyms");
    int n = 0;
    for (XmlElement toponym : list == null ? List.<XmlElement>of() : list.children("toponym")) {
      n++;
      String where = "toponym " + n + ": ";
      int start = GoldFields.offset(toponym, "start", where);
      int end = GoldFields.offset(toponym, "end", where);
      GoldFields.checkSpan(start, end, where);
      String phrase = GoldFields.text(toponym, "phrase", where);
      XmlElement gaztag = toponym.child("gaztag");
      GeoPoint point =
          GoldFields.point(
              GoldFields.decimal(gaztag, "lat", where),
              GoldFields.decimal(gaztag, "lon", where),
              where);
      Long geonameId =
          GoldFields.geonameId(gaztag == null ? null : gaztag.attribute("geonameid"), where);
      toponyms.add(new GoldToponym(start, end, phrase, point, geonameId, null));
    }
    return new GoldArticle(InputFormat.LGL.cliName() + "-" + docid, origin, text, toponyms);
  }
}
