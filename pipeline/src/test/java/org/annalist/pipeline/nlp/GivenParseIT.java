package org.annalist.pipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Article;
import org.annalist.model.Dependency;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Sentence;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.annalist.pipeline.RejectedArticleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sentences read from a given Penn Treebank parse instead of being parsed again. */
@ExtendWith(PipelineExtension.class)
class GivenParseIT {
  private static Article article() {
    return new Article(
        "tree", null, null, null, LocalDate.of(2024, 3, 18), Article.DateOrigin.USER, "", "t", "t");
  }

  @Test
  void tokensTagsAndDependenciesComeFromTheTree(Extractor extractor) throws Exception {
    // A parse no tagger would give: "criticised" as a noun's modifier is still the tree's verb,
    // and "Kenyan" is tagged as the tree says.
    String tree =
        "(ROOT (S (NP (NNP Russia)) (VP (VBD criticised) (NP (JJ Kenyan) (NNS officials))"
            + " (PP (IN in) (NP (NNP Nairobi)))) (. .)))";
    AnnotatedDoc doc = extractor.annotateParsed(article(), List.of(tree));
    assertThat(doc.article().text()).isEqualTo("Russia criticised Kenyan officials in Nairobi .");
    Sentence s = doc.sentences().get(0);
    assertThat(s.tokens())
        .extracting(t -> t.word() + "/" + t.pos() + "/" + t.lemma())
        .containsExactly(
            "Russia/NNP/Russia",
            "criticised/VBD/criticise",
            "Kenyan/JJ/Kenyan",
            "officials/NNS/official",
            "in/IN/in",
            "Nairobi/NNP/Nairobi",
            "././.");
    assertThat(s.dependencies())
        .contains(
            new Dependency(1, 0, "nsubj"),
            new Dependency(1, 3, "obj"),
            new Dependency(-1, 1, "root"));
    // The PP attaches to the verb as the tree says: an oblique of "criticised".
    assertThat(s.dependencies()).contains(new Dependency(1, 5, "obl:in"));
    assertThat(s.tokens().get(0).ner()).isEqualTo("LOCATION");

    Extraction x = extractor.code(doc);
    assertThat(x.events())
        .extracting(Event::sourceCode, Event::targetCode, e -> e.code().code())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("RUS", "KENGOV", "111"));
  }

  @Test
  void bracketTokensBecomeTheirBrackets(Extractor extractor) throws Exception {
    String tree =
        "(ROOT (S (NP (NNP Ukraine) (-LRB- -LRB-) (NNP Kyiv) (-RRB- -RRB-)) (VP (VBD thanked)"
            + " (NP (NNP Poland))) (. .)))";
    AnnotatedDoc doc = extractor.annotateParsed(article(), List.of(tree));
    assertThat(doc.article().text()).isEqualTo("Ukraine ( Kyiv ) thanked Poland .");
    assertThat(doc.sentences().get(0).tokens()).hasSize(7);
  }

  @Test
  void conlluDependenciesAreEnhancedAsCoreNlpEnhancesItsOwn(Extractor extractor) throws Exception {
    String conllu =
        String.join(
            "\n",
            "# text = Russia criticised Kenyan officials in Nairobi.",
            "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
            "2\tcriticised\tcriticise\tVERB\tVBD\t_\t0\troot\t_\t_",
            "3\tKenyan\tKenyan\tADJ\tJJ\t_\t4\tamod\t_\t_",
            "4\tofficials\tofficial\tNOUN\tNNS\t_\t2\tobj\t_\t_",
            "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_",
            "6\tNairobi\tNairobi\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No",
            "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
            "");
    AnnotatedDoc doc = extractor.annotateConllu(article(), conllu);
    assertThat(doc.article().text()).isEqualTo("Russia criticised Kenyan officials in Nairobi .");
    Sentence s = doc.sentences().get(0);
    assertThat(s.tokens()).extracting(t -> t.pos()).startsWith("NNP", "VBD", "JJ", "NNS");
    // The oblique takes its preposition, as in CoreNLP's enhanced++ graphs.
    assertThat(s.dependencies())
        .contains(
            new Dependency(-1, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(1, 5, "obl:in"));
    assertThat(extractor.code(doc).events())
        .extracting(Event::sourceCode, Event::targetCode, e -> e.code().code())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("RUS", "KENGOV", "111"));
  }

  @Test
  void aBrokenConlluLineIsRejectedWithAReason(Extractor extractor) {
    assertThatThrownBy(() -> extractor.annotateConllu(article(), "1\tRussia\tRussia"))
        .isInstanceOf(RejectedArticleException.class)
        .hasMessageContaining("not a CoNLL-U word line");
    assertThatThrownBy(
            () ->
                extractor.annotateConllu(
                    article(), "1\tRussia\tRussia\tPROPN\tNNP\t_\t9\tnsubj\t_\t_"))
        .isInstanceOf(RejectedArticleException.class)
        .hasMessageContaining("head 9");
  }

  @Test
  void anUnreadableTreeIsRejectedWithAReason(Extractor extractor) {
    assertThatThrownBy(() -> extractor.annotateParsed(article(), List.of("(ROOT")))
        .isInstanceOf(RejectedArticleException.class)
        .hasMessageContaining("Penn Treebank");
    assertThatThrownBy(() -> extractor.annotateParsed(article(), List.of("not a tree")))
        .isInstanceOf(RejectedArticleException.class);
  }
}
