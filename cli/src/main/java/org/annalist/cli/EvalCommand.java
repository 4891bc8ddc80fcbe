package org.annalist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.pipeline.eval.ConllFormatException;
import org.annalist.pipeline.eval.ConllReader;
import org.annalist.pipeline.eval.ConllSentence;
import org.annalist.pipeline.eval.NerEvaluation;
import org.annalist.pipeline.eval.NerScores;
import org.annalist.pipeline.nlp.CoreNlpNerTagger;
import org.annalist.pipeline.nlp.NlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist eval ...}: quality measured against gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures quality against gold-standard data.",
    subcommands = {EvalCommand.Ner.class})
final class EvalCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "an evaluation is required (ner)");
  }

  /** {@code annalist eval ner --conll FILE}. */
  @Command(
      name = "ner",
      mixinStandardHelpOptions = true,
      description = {
        "Entity-level precision, recall and F1 of named-entity recognition per type (PER, ORG,"
            + " LOC, MISC) and overall, on a CoNLL-2003 column file (IOB1 or IOB2).",
        "The last line is f1=0.xxxx."
      })
  static final class Ner implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--conll",
        required = true,
        paramLabel = "FILE",
        description = "CoNLL-2003 file.")
    Path conll;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(conll)) {
        spec.commandLine().getErr().println("annalist: " + conll + ": no such file");
        return ExitCodes.FAILED;
      }
      List<ConllSentence> sentences;
      try {
        sentences = ConllReader.read(conll);
      } catch (ConllFormatException e) {
        spec.commandLine().getErr().println("annalist: " + e.getMessage());
        return ExitCodes.FAILED;
      }
      NerScores scores =
          NerEvaluation.evaluate(
              sentences,
              new CoreNlpNerTagger(NlpConfig.defaults()),
              NerEvaluation.DEFAULT_BATCH_SIZE);
      spec.commandLine().getOut().println(json ? scores.toJson() : scores.format());
      return ExitCodes.OK;
    }
  }
}
