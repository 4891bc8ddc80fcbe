package org.annalist.pipeline.petrarch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of one agent file.
 *
 * @param entries the agent lines, in file order
 * @param substitutions the substitution sets ({@code !PERSON! = MAN, MEN, ...}) by marker name
 *     without the {@code !}, in file order
 */
public record AgentDictionary(List<AgentEntry> entries, Map<String, List<String>> substitutions) {

  public AgentDictionary {
    entries = List.copyOf(entries);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    substitutions.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    substitutions = Collections.unmodifiableMap(copy);
  }

  /** No agents. */
  public static AgentDictionary empty() {
    return new AgentDictionary(List.of(), Map.of());
  }
}
