package org.annalist.pipeline;

import org.annalist.pipeline.nlp.NlpConfig;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the pipeline's resources, loaded once per test JVM and kept in JUnit's root store
 * (closed when the JVM's tests end). Declare a {@link PipelineResources} or {@link Extractor}
 * parameter and {@code @ExtendWith(PipelineExtension.class)}.
 */
public final class PipelineExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(PipelineExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    Class<?> t = p.getParameter().getType();
    return t == PipelineResources.class || t == Extractor.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c) {
    Holder h =
        c.getRoot()
            .getStore(NS)
            .getOrComputeIfAbsent(Holder.class, k -> new Holder(), Holder.class);
    return p.getParameter().getType() == Extractor.class ? h.extractor : h.resources;
  }

  private static final class Holder implements AutoCloseable {
    final PipelineResources resources = PipelineResources.load(NlpConfig.defaults());
    final Extractor extractor = resources.extractor();

    @Override
    public void close() {
      resources.close();
    }
  }
}
