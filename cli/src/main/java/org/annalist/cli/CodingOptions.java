package org.annalist.cli;

import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineResources;
import picocli.CommandLine.Option;

/** Options shared by the commands that code events. */
final class CodingOptions {
  @Option(
      names = "--allow-no-target",
      description =
          "Also code events that name a source but no target (\"the rebels surrendered\");"
              + " by default an event needs both.")
  boolean allowNoTarget;

  @Option(
      names = "--parse-all",
      description =
          "Parse every sentence. By default only the sentences that can hold an event are parsed"
              + " (a word that triggers an event and two actors, or an actor and a pronoun), which"
              + " is several times faster; quotations, amounts and negation in the other sentences"
              + " are then read from their words alone.")
  boolean parseAll;

  /** An extractor coding events as these options say. */
  Extractor extractor(PipelineResources resources) {
    return resources.extractor(!allowNoTarget, parseAll);
  }
}
