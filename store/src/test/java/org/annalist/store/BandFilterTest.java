package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BandFilterTest {
  @Test
  void everyAddedHashIsFoundAndFewOthersAre() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE article_bands (band TINYINT, hash BIGINT, article_id VARCHAR)");
        s.execute(
            "INSERT INTO article_bands SELECT 0, (hash(i) % 9223372036854775807)::BIGINT, 'a' FROM range(50000) t(i)");
      }
      BandFilter f = BandFilter.load(c);
      try (Statement s = c.createStatement();
          var rs = s.executeQuery("SELECT hash FROM article_bands")) {
        while (rs.next()) {
          assertThat(f.mightContain(rs.getLong(1))).isTrue();
        }
      }
      SplittableRandom random = new SplittableRandom(7);
      int falsePositives = 0;
      for (int i = 0; i < 100_000; i++) {
        long h = random.nextLong();
        if (f.mightContain(h)) {
          falsePositives++;
        }
      }
      // Sized for twice the stored hashes: well under 1% of absent hashes pass.
      assertThat(falsePositives).isLessThan(1_000);
      long added = 12345L;
      assertThat(f.mightContain(added)).isFalse();
      f.add(added);
      assertThat(f.mightContain(added)).isTrue();
      assertThat(f.full()).isFalse();
    }
  }

  @Test
  void aFilterFilledBeyondItsSizeSaysItIsFull() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE article_bands (band TINYINT, hash BIGINT, article_id VARCHAR)");
      }
      BandFilter f = BandFilter.load(c);
      SplittableRandom random = new SplittableRandom(3);
      int n = 0;
      while (!f.full()) {
        f.add(random.nextLong());
        n++;
      }
      assertThat(n).isGreaterThan(100_000);
    }
  }
}
