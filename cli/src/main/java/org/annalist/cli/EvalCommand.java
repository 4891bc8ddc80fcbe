package org.annalist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.eval.ConllFormatException;
import org.annalist.pipeline.eval.ConllReader;
import org.annalist.pipeline.eval.ConllSentence;
import org.annalist.pipeline.eval.NerEvaluation;
import org.annalist.pipeline.eval.NerScores;
import org.annalist.pipeline.eval.PloverEvaluation;
import org.annalist.pipeline.eval.PloverRecord;
import org.annalist.pipeline.eval.PloverRecords;
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
    subcommands = {EvalCommand.Ner.class, EvalCommand.Plover.class})
final class EvalCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "an evaluation is required (ner, plover)");
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

  /** {@code annalist eval plover --records FILE}. */
  @Command(
      name = "plover",
      mixinStandardHelpOptions = true,
      description = {
        "Codes the text of PLOVER gold records with Annalist's own dictionaries and compares the"
            + " event type (mapped to the gold's PLOVER 0.5b1 labels) and the source and target"
            + " actors (country and sector). Per record our event is the one with the highest"
            + " confidence; no event counts as wrong.",
        "The last line is event_accuracy=0.xxxx."
      })
  static final class Plover implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--records",
        required = true,
        paramLabel = "FILE",
        description = "Gold records (JSON array).")
    Path records;

    @Option(names = "--json", description = "Print one JSON object instead of the report.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(records)) {
        spec.commandLine().getErr().println("annalist: " + records + ": no such file");
        return ExitCodes.FAILED;
      }
      List<PloverRecord> gold;
      try {
        gold = PloverRecords.read(records);
      } catch (java.io.IOException e) {
        spec.commandLine().getErr().println("annalist: " + e.getMessage());
        return ExitCodes.FAILED;
      }
      PipelineResources resources = PipelineResources.load(NlpConfig.defaults());
      PloverEvaluation.Report report =
          new PloverEvaluation(resources.extractor(), resources.plover()).run(gold);
      spec.commandLine().getOut().println(json ? report.toJson() : report.format());
      return ExitCodes.OK;
    }
  }
}
