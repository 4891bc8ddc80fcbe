package org.annalist.pipeline.geo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Loads the gazetteer once and prints its counts, the load time and the heap it holds: {@code java
 * -Xmx500m -cp ... org.annalist.pipeline.geo.GazetteerInfo [NAME...]}. Names given are looked up
 * and their candidates printed. A measurement, not a test.
 */
public final class GazetteerInfo {
  private GazetteerInfo() {}

  public static void main(String[] args) {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    Gazetteer g = Gazetteer.load();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    System.gc();
    long heapAfter = rt.totalMemory() - rt.freeMemory();
    long regionsNamed = g.regions().stream().filter(r -> !r.name().isEmpty()).count();
    Map<Region.NameSource, Long> bySource = new EnumMap<>(Region.NameSource.class);
    Map<String, int[]> byCountry = new TreeMap<>();
    for (Region r : g.regions()) {
      bySource.merge(r.nameSource(), 1L, Long::sum);
      byCountry.computeIfAbsent(r.iso2(), k -> new int[2])[r.name().isEmpty() ? 1 : 0]++;
    }
    System.out.printf(
        Locale.ROOT,
        "places %d, countries %d, regions %d (%d named), territories %d, counties %d,"
            + " name keys %d%n",
        g.placeCount(),
        g.countries().size(),
        g.regions().size(),
        regionsNamed,
        g.territories().size(),
        g.countyCount(),
        g.nameCount());
    System.out.println("region names by source: " + bySource);
    System.out.println(
        "countries with no unit named: "
            + byCountry.entrySet().stream()
                .filter(e -> e.getValue()[0] == 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.joining(" ")));
    System.out.println(
        "countries with some units unnamed: "
            + byCountry.entrySet().stream()
                .filter(e -> e.getValue()[0] > 0 && e.getValue()[1] > 0)
                .map(
                    e ->
                        e.getKey()
                            + " "
                            + e.getValue()[1]
                            + "/"
                            + (e.getValue()[0] + e.getValue()[1]))
                .collect(Collectors.joining(", ")));
    System.out.printf(
        Locale.ROOT,
        "loaded in %d ms (%d ms CPU of the loading thread); heap held %d MB (max %d MB)%n",
        millis,
        cpuMillis,
        (heapAfter - heapBefore) >> 20,
        rt.maxMemory() >> 20);
    for (String name : args) {
      System.out.println(name + ":");
      for (GazetteerEntry e : g.lookup(name)) {
        System.out.printf(
            Locale.ROOT,
            "  %-9s %-28s %s/%s %s adm1=%s gdelt=%s (%.3f, %.3f) pop %d id %d%n",
            e.type(),
            e.name(),
            e.featureClass(),
            e.featureCode(),
            e.iso2(),
            e.admin1(),
            e.gdeltAdm1Code(),
            e.lat(),
            e.lon(),
            e.population(),
            e.geonameId());
      }
    }
  }
}
