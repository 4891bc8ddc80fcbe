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
  void anUnreadableTreeIsRejectedWithAReason(Extractor extractor) {
    assertThatThrownBy(() -> extractor.annotateParsed(article(), List.of("(ROOT")))
        .isInstanceOf(RejectedArticleException.class)
        .hasMessageContaining("Penn Treebank");
    assertThatThrownBy(() -> extractor.annotateParsed(article(), List.of("not a tree")))
        .isInstanceOf(RejectedArticleException.class);
  }
}
