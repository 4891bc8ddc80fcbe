package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.annalist.store.ResultTable;
import org.junit.jupiter.api.Test;

class TableFormatTest {
  private static final ResultTable TABLE =
      new ResultTable(
          List.of("code", "name", "n"),
          List.of(List.of("042", "Make a visit, \"official\"", 3L), Arrays.asList("043", null, 1L)),
          false);

  @Test
  void everyFormatReachesABufferedOutputWithoutTheCallerFlushing() {
    for (TableFormat f : TableFormat.values()) {
      StringWriter sink = new StringWriter();
      f.print(TABLE, new PrintWriter(new BufferedWriter(sink), true));
      assertThat(sink.toString()).as(f.name()).contains("042").contains("043");
    }
  }

  @Test
  void csvQuotesWhatNeedsQuotingAndLeavesNullEmpty() {
    StringWriter sink = new StringWriter();
    TableFormat.CSV.print(TABLE, new PrintWriter(sink));
    assertThat(sink.toString().lines())
        .containsExactly("code,name,n", "042,\"Make a visit, \"\"official\"\"\",3", "043,,1");
  }
}
