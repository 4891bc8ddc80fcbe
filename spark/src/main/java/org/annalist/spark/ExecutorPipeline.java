package org.annalist.spark;

import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.nlp.NlpConfig;

/**
 * The pipeline of one executor JVM: CoreNLP's models and the dictionaries, loaded by the first task
 * that needs them and shared by every task of the JVM (an {@link Extractor} is safe to share
 * between threads). Released when the JVM exits.
 */
final class ExecutorPipeline {
  private static PipelineResources resources;
  private static Extractor extractor;

  private ExecutorPipeline() {}

  /** The JVM's extractor, loading the pipeline on first use. */
  static synchronized Extractor extractor() {
    if (extractor == null) {
      resources = PipelineResources.load(NlpConfig.defaults());
      extractor = resources.extractor();
      Runtime.getRuntime().addShutdownHook(new Thread(resources::close, "annalist-pipeline-close"));
    }
    return extractor;
  }
}
