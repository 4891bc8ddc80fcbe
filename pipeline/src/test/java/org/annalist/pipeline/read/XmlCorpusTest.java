package org.annalist.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XmlCorpusTest {
  private final XmlCorpus corpus = new XmlCorpus("item", null);

  @Test
  void findsRecordsOutsideCommentsAndCdata() throws BadInput {
    String xml =
        "<list>\n<!-- <item>commented</item> -->\n"
            + "<item n=\"1\"><![CDATA[a </item> inside]]></item>\n"
            + "<item n='2'><item>nested</item></item>\n<item n=\"3\"/>\n</list>";

    List<String> seen = readAll(xml);

    assertThat(seen).containsExactly("1@x:3 a </item> inside", "2@x:4 ", "3@x:5 ");
  }

  @Test
  void aMalformedRecordIsRejectedAndTheNextIsRead() throws BadInput {
    String xml = "<list><item n=\"1\">a &bogus; b</item>\n<item n=\"2\">fine</item></list>";

    List<ReadResult> results = new ArrayList<>();
    corpus.read(input(xml), (record, position, origin) -> Optional.empty(), results::add);

    assertThat(results).singleElement().isInstanceOf(ReadResult.Rejected.class);
    assertThat(((ReadResult.Rejected) results.get(0)).rejection().reason())
        .startsWith("invalid XML: ");
  }

  @Test
  void anUnterminatedRecordEndsTheFile() throws BadInput {
    List<ReadResult> results = new ArrayList<>();
    corpus.read(
        input("<list><item>open\n"), (record, position, origin) -> Optional.empty(), results::add);

    assertThat(results).singleElement().isInstanceOf(ReadResult.Rejected.class);
    assertThat(((ReadResult.Rejected) results.get(0)).rejection().reason())
        .isEqualTo("unterminated <item> element");
  }

  @Test
  void aFileWithoutRecordsIsBadInput() {
    assertThatThrownBy(
            () ->
                corpus.read(
                    input("<list><other/></list>"),
                    (record, position, origin) -> Optional.empty(),
                    result -> {}))
        .isInstanceOf(BadInput.class)
        .hasMessage("no <item> records found");
  }

  @Test
  void aDeclaredEncodingIsFollowed() throws BadInput {
    String xml =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><list><item>\u00e9t\u00e9</item></list>";
    List<String> texts = new ArrayList<>();
    corpus.read(
        new RawInput("x", "x.xml", xml.getBytes(StandardCharsets.ISO_8859_1)),
        (record, position, origin) -> {
          texts.add(record.text());
          return Optional.empty();
        },
        result -> {});

    assertThat(texts).containsExactly("\u00e9t\u00e9");
  }

  @Test
  void scanHandsOnRecordsAndMalformedOnesInOrder() throws IOException {
    String xml =
        "<list>\n<item n=\"1\"><sub>a</sub><sub>b</sub></item>\n"
            + "<item n=\"2\">a &bogus; b</item>\n<item n=\"3\"/>\n</list>";
    List<String> seen = new ArrayList<>();

    new XmlCorpus("item")
        .scan(
            "x",
            xml.getBytes(StandardCharsets.UTF_8),
            new XmlCorpus.RecordHandler() {
              @Override
              public void record(XmlElement record, int position, String origin) {
                seen.add(position + "@" + origin + " subs=" + record.children("sub").size());
              }

              @Override
              public void malformed(int position, String origin, String reason) {
                seen.add(position + "@" + origin + " " + reason.substring(0, 12));
              }
            });

    assertThat(seen).containsExactly("1@x:2 subs=2", "2@x:3 invalid XML:", "3@x:4 subs=0");
  }

  @Test
  void scanWithoutRecordsFailsNamingTheFile() {
    assertThatThrownBy(
            () ->
                new XmlCorpus("item")
                    .scan(
                        "x.xml",
                        "<list/>".getBytes(StandardCharsets.UTF_8),
                        new XmlCorpus.RecordHandler() {
                          @Override
                          public void record(XmlElement record, int position, String origin) {}

                          @Override
                          public void malformed(int position, String origin, String reason) {}
                        }))
        .isInstanceOf(IOException.class)
        .hasMessage("x.xml: no <item> records found");
  }

  private List<String> readAll(String xml) throws BadInput {
    List<String> seen = new ArrayList<>();
    corpus.read(
        input(xml),
        (record, position, origin) -> {
          seen.add(record.attribute("n") + "@" + origin + " " + record.text());
          return Optional.empty();
        },
        result -> {});
    return seen;
  }

  private static RawInput input(String xml) {
    return new RawInput("x", "x.xml", xml.getBytes(StandardCharsets.UTF_8));
  }
}
