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

  /** An extractor coding events as these options say. */
  Extractor extractor(PipelineResources resources) {
    return resources.extractor(!allowNoTarget);
  }
}
