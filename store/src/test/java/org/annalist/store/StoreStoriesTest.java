package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreStoriesTest {
  @TempDir Path dir;

  static String text(String topic, int n, String changed) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == n / 2 && changed != null ? changed : topic + "word" + (i % 37) + "x" + i);
      b.append(i % 12 == 11 ? ". " : " ");
    }
    return b.toString().strip();
  }

  static List<Extraction> articles() {
    List<Extraction> out = new ArrayList<>();
    out.add(StoreTest.x("x1", text("harbour", 80, null)));
    out.add(StoreTest.x("x2", text("harbour", 80, "storm")));
    out.add(StoreTest.x("x3", text("harbour", 80, "flood")));
    out.add(StoreTest.x("y1", text("election", 90, null)));
    out.add(StoreTest.x("y2", text("election", 90, "recount")));
    out.add(StoreTest.x("z1", text("orchard", 70, null)));
    return out;
  }

  private Map<String, String> stories(String name, List<Extraction> order, int batch) {
    Map<String, String> out = new TreeMap<>();
    try (Store s = Store.open(dir.resolve(name), Store.Mode.READ_WRITE)) {
      for (int from = 0; from < order.size(); from += batch) {
        s.write(order.subList(from, Math.min(order.size(), from + batch)), List.of());
      }
      assertThat(s.stats(1).counts()).containsEntry("stories", 3L);
    }
    try (Store r = Store.open(dir.resolve(name), Store.Mode.READ_ONLY)) {
      for (List<Object> row : r.sql("SELECT article_id, story_id FROM stories", 100).rows()) {
        out.put((String) row.get(0), (String) row.get(1));
      }
    }
    return out;
  }

  @Test
  void nearDuplicatesFormTheSameStoriesInAnyOrder() {
    List<Extraction> forward = articles();
    List<Extraction> backward = new ArrayList<>(forward);
    Collections.reverse(backward);
    List<Extraction> shuffled = new ArrayList<>(forward);
    Collections.shuffle(shuffled, new java.util.Random(3));
    Map<String, String> a = stories("a", forward, 1);
    assertThat(a).hasSize(6);
    assertThat(stories("b", backward, 1)).isEqualTo(a);
    assertThat(stories("c", shuffled, 6)).isEqualTo(a);
    assertThat(stories("d", shuffled, 2)).isEqualTo(a);
    String x1 = ContentHash.of(text("harbour", 80, null));
    String x2 = ContentHash.of(text("harbour", 80, "storm"));
    String x3 = ContentHash.of(text("harbour", 80, "flood"));
    String z1 = ContentHash.of(text("orchard", 70, null));
    String smallest = Collections.min(List.of(x1, x2, x3));
    assertThat(a.get(x1)).isEqualTo(smallest);
    assertThat(a.get(x2)).isEqualTo(smallest);
    assertThat(a.get(x3)).isEqualTo(smallest);
    assertThat(a.get(z1)).isEqualTo(z1);
  }

  @Test
  void similarityEstimatesTheShareOfSharedShingles() {
    long[] a = MinHash.signature(text("harbour", 80, null));
    assertThat(MinHash.similarity(a, MinHash.signature(text("harbour", 80, null)))).isEqualTo(1.0);
    assertThat(MinHash.similarity(a, MinHash.signature(text("harbour", 80, "storm"))))
        .isGreaterThan(0.8);
    assertThat(MinHash.similarity(a, MinHash.signature(text("orchard", 80, null)))).isLessThan(0.2);
    assertThat(MinHash.signature("")).hasSize(MinHash.HASHES);
  }
}
