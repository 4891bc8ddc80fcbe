package org.annalist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.nlp.NlpConfig;
import org.annalist.pipeline.petrarch.PetrarchDictionaries;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options shared by the commands that code events. */
final class CodingOptions {
  @Option(
      names = "--allow-no-target",
      description =
          "Also code events that name a source but no target (\"the rebels surrendered\");"
              + " by default an event needs both.")
  boolean allowNoTarget;

  @Option(
      names = "--allow-no-source",
      description =
          "Also code events that name a target but no source (\"three soldiers were killed by a"
              + " roadside bomb\"); by default an event needs both.")
  boolean allowNoSource;

  @Option(
      names = "--parse-all",
      description =
          "Parse every sentence. By default only the sentences that can hold an event are parsed"
              + " (a word that triggers an event and two actors, or an actor and a pronoun), which"
              + " is several times faster; quotations, amounts and negation in the other sentences"
              + " are then read from their words alone.")
  boolean parseAll;

  @Option(
      names = "--dictionaries",
      paramLabel = "DIR",
      description =
          "Also code with a team's PETRARCH dictionaries in DIR, the files its PETR_config.ini"
              + " names (or --petrarch-config FILE): their actors and agents where ours know no"
              + " name or role.")
  Path dictionaries;

  @Option(
      names = "--petrarch-config",
      paramLabel = "FILE",
      description = "The PETR_config.ini naming the dictionaries (default DIR/PETR_config.ini).")
  Path petrarchConfig;

  @Option(
      names = "--replace-dictionaries",
      description = "With --dictionaries: use their names and roles instead of Annalist's own.")
  boolean replaceDictionaries;

  @Spec(Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec mixee;

  /** An extractor coding events as these options say. */
  Extractor extractor(PipelineResources resources) {
    return resources.extractor(!allowNoSource, !allowNoTarget, parseAll);
  }

  /** Loads the pipeline with the dictionaries these options name, then its extractor. */
  Extractor extractor() {
    return extractor(resources());
  }

  /**
   * Loads the pipeline, with the PETRARCH dictionaries of {@code --dictionaries} when given; a
   * count of their bad lines (each skipped) is printed on standard error.
   *
   * @throws IllegalArgumentException when the directory or its configuration is missing
   */
  PipelineResources resources() {
    if (dictionaries == null) {
      return PipelineResources.load(NlpConfig.defaults());
    }
    if (!Files.isDirectory(dictionaries)) {
      throw new IllegalArgumentException("no such directory: " + dictionaries);
    }
    Path config = petrarchConfig != null ? petrarchConfig : dictionaries.resolve("PETR_config.ini");
    if (!Files.isRegularFile(config)) {
      throw new IllegalArgumentException(
          "no PETR_config.ini naming the dictionaries: " + config + " (see --petrarch-config)");
    }
    PetrarchDictionaries p;
    try {
      p = PetrarchDictionaries.fromConfig(config, dictionaries);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot read " + config + ": " + e.getMessage(), e);
    }
    if (!p.problems().isEmpty() && mixee != null) {
      var first = p.problems().get(0);
      mixee
          .commandLine()
          .getErr()
          .printf(
              "annalist: PETRARCH dictionaries: %d lines skipped (first: %s:%d: %s)%n",
              p.problems().size(), first.file(), first.line(), first.message());
    }
    return PipelineResources.load(NlpConfig.defaults(), p, replaceDictionaries);
  }
}
