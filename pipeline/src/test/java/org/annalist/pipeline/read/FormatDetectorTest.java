package org.annalist.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
  @Test
  void extensionsDecideFirst() throws BadInput {
    assertThat(detect("a.jsonl", "x")).isEqualTo(InputFormat.JSONL);
    assertThat(detect("a.NDJSON", "x")).isEqualTo(InputFormat.JSONL);
    assertThat(detect("page.htm", "x")).isEqualTo(InputFormat.HTML);
    assertThat(detect("page.html", "date 2020-01-01 x")).isEqualTo(InputFormat.HTML);
  }

  @Test
  void textFilesAreSeedWhenTheyStartWithADateLine() throws BadInput {
    assertThat(detect("a.txt", " \n date 2024-03-18 NATO")).isEqualTo(InputFormat.SEED);
    assertThat(detect("a.txt", "dated 2024-03-18")).isEqualTo(InputFormat.TEXT);
    assertThat(detect("a.txt", "{\"text\": \"x\"}")).isEqualTo(InputFormat.TEXT);
    assertThat(detect("a.md", "Some words")).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void xmlIsSniffedForTheEvaluationCorpora() throws BadInput, IOException {
    for (String[] fixture :
        new String[][] {
          {"geovirus-sample.xml", "GEOVIRUS"},
          {"reut2-sample.xml", "REUTERS"},
          {"lgl-sample.xml", "LGL"},
          {"gwn-sample.xml", "GWN"}
        }) {
      byte[] bytes = Files.readAllBytes(Results.fixture("eval/" + fixture[0]));
      assertThat(FormatDetector.detect(fixture[0], bytes))
          .as(fixture[0])
          .isEqualTo(InputFormat.valueOf(fixture[1]));
    }
  }

  @Test
  void unknownXmlIsBadInput() {
    assertThatThrownBy(() -> detect("feed.xml", "<!-- c --><rss version=\"2.0\"></rss>"))
        .isInstanceOf(BadInput.class)
        .hasMessage("unrecognised XML: root element <rss>");
  }

  @Test
  void namesWithoutExtensionAreSniffed() throws BadInput {
    assertThat(detect("stdin", "<!DOCTYPE html><html></html>")).isEqualTo(InputFormat.HTML);
    assertThat(detect("stdin", "<div>loose markup</div>")).isEqualTo(InputFormat.HTML);
    assertThat(detect("stdin", "<LEWIS><REUTERS NEWID=\"1\">")).isEqualTo(InputFormat.REUTERS);
    assertThat(detect("stdin", "\n{\"text\": \"x\"}\n")).isEqualTo(InputFormat.JSONL);
    assertThat(detect("README", "date 2020-01-01 x")).isEqualTo(InputFormat.SEED);
    assertThat(detect("README", "Plain words")).isEqualTo(InputFormat.TEXT);
  }

  private static InputFormat detect(String name, String content) throws BadInput {
    return FormatDetector.detect(name, content.getBytes(StandardCharsets.UTF_8));
  }
}
