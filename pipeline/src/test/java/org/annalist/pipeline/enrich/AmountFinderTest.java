package org.annalist.pipeline.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annalist.model.Dependency;
import org.annalist.model.Enrichment.Amount;
import org.annalist.model.Enrichment.CountType;
import org.junit.jupiter.api.Test;

class AmountFinderTest {
  private final AmountFinder finder = AmountFinder.load();

  private List<Amount> find(String tagged, Dependency... deps) {
    return finder.find(Sentences.doc(Sentences.of(0, 0, tagged, deps)));
  }

  @Test
  void aQualifiedCountOfTheDead() {
    List<Amount> found =
        find(
            "At/IN least/JJS 12/CD people/NNS/person were/VBD/be killed/VBN/kill ./.",
            new Dependency(3, 2, "nummod"),
            new Dependency(5, 3, "nsubj:pass"),
            new Dependency(5, 4, "aux:pass"));
    assertThat(found).hasSize(1);
    Amount a = found.get(0);
    assertThat(a.id()).isEqualTo("c1");
    assertThat(a.value()).isEqualTo(12);
    assertThat(a.approximate()).isTrue();
    assertThat(a.qualifier()).isEqualTo("At least");
    assertThat(a.type()).isEqualTo(CountType.KILL);
    assertThat(a.object()).isEqualTo("people");
    assertThat(a.text()).isEqualTo("At least 12 people");
  }

  @Test
  void moneyWithMultiplierAndCurrencyWord() {
    List<Amount> found =
        find(
            "a/DT loan/NN of/IN $/$ 2/CD billion/CD and/CC 300/CD million/CD euros/NNS/euro",
            new Dependency(4, 3, "dep"),
            new Dependency(9, 7, "nummod"));
    assertThat(found)
        .extracting(a -> a.type() + " " + a.value() + " " + a.object() + " " + a.text())
        .containsExactly("MONEY 2.0E9 dollar $ 2 billion", "MONEY 3.0E8 euro 300 million euros");
  }

  @Test
  void roughCrowdsAndWhatTheyDid() {
    List<Amount> found =
        find(
            "Tens/NNS/ten of/IN thousands/NNS/thousand of/IN protesters/NNS/protester"
                + " marched/VBD/march",
            new Dependency(4, 2, "det:qmod"),
            new Dependency(5, 4, "nsubj"));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).value()).isEqualTo(20_000);
    assertThat(found.get(0).approximate()).isTrue();
    assertThat(found.get(0).type()).isEqualTo(CountType.PROTEST);
    assertThat(found.get(0).object()).isEqualTo("protester");
    assertThat(found.get(0).text()).isEqualTo("Tens of thousands of protesters");
  }

  @Test
  void theVerbOutranksTheNoun() {
    List<Amount> found =
        find(
            "police/NNS arrested/VBD/arrest 45/CD demonstrators/NNS/demonstrator",
            new Dependency(3, 2, "nummod"),
            new Dependency(1, 3, "obj"),
            new Dependency(1, 0, "nsubj"));
    assertThat(found).extracting(Amount::type).containsExactly(CountType.ARREST);
  }

  @Test
  void bareNumbersCountPeopleOnlyWithACountVerb() {
    assertThat(find("killing/VBG/kill twelve/CD", new Dependency(0, 1, "obj")))
        .extracting(a -> a.type() + " " + a.value() + " " + a.object())
        .containsExactly("KILL 12.0 people");
    assertThat(find("rose/VBD/rise 5/CD", new Dependency(0, 1, "obj"))).isEmpty();
    assertThat(find("6,500/CD hogs/NNS/hog", new Dependency(1, 0, "nummod")))
        .extracting(a -> a.type() + " " + a.value() + " " + a.object())
        .containsExactly("OTHER 6500.0 hog");
    assertThat(find("4.5/CD percent/NN", new Dependency(1, 0, "nummod")))
        .extracting(a -> a.type() + " " + a.value())
        .containsExactly("PERCENT 4.5");
  }

  @Test
  void badLinesNameFileAndLine() {
    assertThatThrownBy(() -> parse("# c\nnumber\tten\tmany\n"))
        .hasMessageContaining("amounts.tsv:2")
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> parse("verb\tkill\tDEATH\n"))
        .hasMessageContaining("amounts.tsv:1")
        .hasMessageContaining("count type");
    assertThatThrownBy(() -> parse("colour\tred\tRED\n")).hasMessageContaining("unknown kind");
    assertThatThrownBy(() -> parse("qualifier\tat least\tsome\n"))
        .hasMessageContaining("min, max or about");
  }

  private static AmountFinder parse(String data) throws Exception {
    return AmountFinder.parse(
        new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), "amounts.tsv");
  }
}
