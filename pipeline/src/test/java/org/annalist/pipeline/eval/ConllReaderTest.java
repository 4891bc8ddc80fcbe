package org.annalist.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {
  @TempDir Path dir;

  static Path fixture(String name) {
    try {
      return Path.of(ConllReaderTest.class.getResource("/eval/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String content) throws IOException {
    return Files.writeString(dir.resolve("input.conll"), content, StandardCharsets.UTF_8);
  }

  private static List<ConllSentence> read(String content) throws IOException {
    return ConllReader.read(new StringReader(content), "inline");
  }

  private static EntitySpan span(int start, int end, NerType type) {
    return new EntitySpan(start, end, type);
  }

  @Test
  void readsIob1FileWithFourColumns() throws IOException {
    List<ConllSentence> sentences = ConllReader.read(fixture("conll-iob1.txt"));

    assertThat(sentences).hasSize(12);
    ConllSentence first = sentences.get(0);
    assertThat(first.tokens())
        .containsExactly(
            "Mayor", "Elena", "Varga", "visited", "Port", "Allen", "on", "Tuesday", ".");
    assertThat(first.entities()).containsExactly(span(1, 3, NerType.PER), span(4, 6, NerType.LOC));
    assertThat(first.line()).isEqualTo(3);
    assertThat(first.text(first.entities().get(0))).isEqualTo("Elena Varga");
    assertThat(sentences.stream().mapToInt(s -> s.entities().size()).sum()).isEqualTo(22);
  }

  @Test
  void iob1BeginTagSplitsTouchingEntitiesOfOneType() throws IOException {
    ConllSentence agreement = ConllReader.read(fixture("conll-iob1.txt")).get(5);

    assertThat(agreement.tokens()).startsWith("The", "Varga", "Reed");
    assertThat(agreement.entities())
        .containsExactly(span(1, 2, NerType.PER), span(2, 3, NerType.PER), span(7, 9, NerType.LOC));
  }

  @Test
  void iob2FileWithTwoColumnsGivesTheSameSentencesAsIob1() throws IOException {
    List<ConllSentence> iob1 = ConllReader.read(fixture("conll-iob1.txt"));
    List<ConllSentence> iob2 = ConllReader.read(fixture("conll-iob2.txt"));

    assertThat(iob2).hasSize(iob1.size());
    for (int i = 0; i < iob1.size(); i++) {
      assertThat(iob2.get(i).tokens()).isEqualTo(iob1.get(i).tokens());
      assertThat(iob2.get(i).entities()).isEqualTo(iob1.get(i).entities());
      assertThat(iob2.get(i).document()).isEqualTo(iob1.get(i).document());
    }
    assertThat(iob2.get(0).line()).isEqualTo(2);
  }

  @Test
  void docstartLinesSeparateDocumentsAndAreNoTokens() throws IOException {
    List<ConllSentence> sentences = ConllReader.read(fixture("conll-iob1.txt"));

    assertThat(sentences)
        .extracting(ConllSentence::document)
        .containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2);
    assertThat(sentences).allSatisfy(s -> assertThat(s.tokens()).doesNotContain("-DOCSTART-"));
  }

  @Test
  void docstartEndsASentenceAndEmptyDocumentsAreNotCounted() throws IOException {
    List<ConllSentence> sentences =
        read(
            "-DOCSTART- O\n\n-DOCSTART- O\nAda I-PER\n-DOCSTART- O\nBorin I-LOC\n\n\n"
                + "-DOCSTART- O\n");

    assertThat(sentences)
        .containsExactly(
            new ConllSentence(0, 4, List.of("Ada"), List.of(span(0, 1, NerType.PER))),
            new ConllSentence(1, 6, List.of("Borin"), List.of(span(0, 1, NerType.LOC))));
  }

  @Test
  void emptyFileHasNoSentences() throws IOException {
    assertThat(ConllReader.read(write(""))).isEmpty();
    assertThat(ConllReader.read(write("\n\n-DOCSTART- -X- -X- O\n\n  \n"))).isEmpty();
  }

  @Test
  void lastSentenceNeedsNoBlankLineAfterIt() throws IOException {
    assertThat(read("Mira B-PER\nsang O")).hasSize(1);
  }

  @Test
  void acceptsTabsCrLfByteOrderMarkAndLongTypeNames() throws IOException {
    List<ConllSentence> sentences =
        read(
            "\uFEFFDr\tO\r\nAda\tB-PERSON\r\nVell\tI-PERSON\r\nof\tO\r\nBrightwater\tI-ORGANIZATION"
                + "\r\nin\tO\r\nOrlen\tB-LOCATION\r\n");

    assertThat(sentences).hasSize(1);
    assertThat(sentences.get(0).tokens().get(0)).isEqualTo("Dr");
    assertThat(sentences.get(0).entities())
        .containsExactly(span(1, 3, NerType.PER), span(4, 5, NerType.ORG), span(6, 7, NerType.LOC));
  }

  @Test
  void insideTagAfterAnotherTypeStartsANewEntity() throws IOException {
    List<ConllSentence> sentences = read("Orlen I-LOC\nRovers I-ORG\nwon O\n");

    assertThat(sentences.get(0).entities())
        .containsExactly(span(0, 1, NerType.LOC), span(1, 2, NerType.ORG));
  }

  @Test
  void unknownTagIsReportedWithFileAndLine() throws IOException {
    Path file = write("Ada B-PER\nspoke O\n\non O\nMonday B-DATE\n");

    assertThatThrownBy(() -> ConllReader.read(file))
        .isInstanceOfSatisfying(
            ConllFormatException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo(file + ":5: unknown tag \"B-DATE\"");
              assertThat(e.line()).isEqualTo(5);
              assertThat(e.source()).isEqualTo(file.toString());
            });
  }

  @Test
  void bareTypeOrLowerCaseIsNotAGoldTag() {
    assertThatThrownBy(() -> read("Ada PER\n")).hasMessage("inline:1: unknown tag \"PER\"");
    assertThatThrownBy(() -> read("Ada O\nVell i-per\n"))
        .hasMessage("inline:2: unknown tag \"i-per\"");
  }

  @Test
  void lineWithOneColumnIsReported() {
    assertThatThrownBy(() -> read("Ada B-PER\nspoke\n"))
        .isInstanceOf(ConllFormatException.class)
        .hasMessage("inline:2: expected a token and a tag, found only \"spoke\"");
  }

  @Test
  void columnCountMustNotChange() {
    assertThatThrownBy(() -> read("Ada NNP I-NP B-PER\n\nspoke VBD O\n"))
        .isInstanceOf(ConllFormatException.class)
        .hasMessage("inline:3: expected 4 columns as on line 1, found 3");
  }

  @Test
  void invalidUtf8IsReportedOnItsOwnLineEvenFarIntoTheFile() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      text.append("word O\n");
    }
    byte[] head = text.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = Arrays.copyOf(head, head.length + 4);
    bytes[head.length] = (byte) 0xE9;
    bytes[head.length + 1] = ' ';
    bytes[head.length + 2] = 'O';
    bytes[head.length + 3] = '\n';
    Path file = Files.write(dir.resolve("latin1.conll"), bytes);

    assertThatThrownBy(() -> ConllReader.read(file))
        .isInstanceOf(ConllFormatException.class)
        .hasMessage(file + ":3001: not valid UTF-8");
  }
}
