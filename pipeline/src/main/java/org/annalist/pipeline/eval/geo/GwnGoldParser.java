package org.annalist.pipeline.eval.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.pipeline.read.InputFormat;
import org.annalist.pipeline.read.XmlElement;

/**
 * GeoWebNews records of {@code GWN.dev.xml}. The annotations of the XML file are those of the brat
 * {@code .ann} files beside it, with coordinates added and offsets into the XML {@code <text>}; the
 * brat offsets also count the "TITLE: ... LINK: ..." line that heads each {@code .txt} file, and a
 * few of them are a character off where the XML is right. Only the XML is read.
 *
 * <p>Annotations of a type that is no toponym ({@link ToponymType#isToponym}) are left out and
 * counted. In the published data every {@code Coercion}, and some {@code Embedded_Non_Lit}, share
 * their span with a {@code Non_Toponym} annotation (the name is not a place name but is used for or
 * contains one); the toponym of the two is the one kept. An empty {@code <geonamesID>} means none;
 * coordinates without a GeoNames id are common.
 */
final class GwnGoldParser implements RecordParser {
  @Override
  public GoldArticle parse(
      XmlElement record, int position, String origin, Map<ToponymType, Integer> excluded)
      throws BadRecord {
    String file = GoldFields.attribute(record, "file", "");
    String text = GoldFields.text(record, "text", "");
    List<GoldToponym> toponyms = new ArrayList<>();
    XmlElement list = record.child("toponyms");
    int n = 0;
    for (XmlElement toponym : list == null ? List.<XmlElement>of() : list.children("toponym")) {
      n++;
      String where = "toponym " + n + ": ";
      ToponymType type;
      try {
        type = ToponymType.fromLabel(GoldFields.text(toponym, "type", where));
      } catch (IllegalArgumentException e) {
        throw new BadRecord(where + e.getMessage());
      }
      int start = GoldFields.offset(toponym, "start", where);
      int end = GoldFields.offset(toponym, "end", where);
      GoldFields.checkSpan(start, end, where);
      String phrase = GoldFields.text(toponym, "extractedName", where);
      GeoPoint point =
          GoldFields.point(
              GoldFields.decimal(toponym, "latitude", where),
              GoldFields.decimal(toponym, "longitude", where),
              where);
      Long geonameId = GoldFields.geonameId(toponym.childText("geonamesID"), where);
      if (!type.isToponym()) {
        excluded.merge(type, 1, Integer::sum);
        continue;
      }
      toponyms.add(new GoldToponym(start, end, phrase, point, geonameId, type));
    }
    return new GoldArticle(InputFormat.GWN.cliName() + "-" + file, origin, text, toponyms);
  }
}
