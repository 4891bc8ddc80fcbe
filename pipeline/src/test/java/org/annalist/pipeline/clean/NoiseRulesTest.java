package org.annalist.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules file format and the built-in rules. */
class NoiseRulesTest {
  @Test
  void builtInRulesLoad() {
    List<NoiseRule> rules = NoiseRules.builtIn();
    assertThat(rules).hasSizeGreaterThan(30);
    assertThat(rules)
        .extracting(NoiseRule::reason)
        .containsAll(
            Set.of(
                "advertisement",
                "share",
                "subscribe",
                "follow",
                "read-more",
                "caption",
                "credit",
                "wire-trailer",
                "cookie",
                "copyright"));
  }

  @Test
  void parsesRulesCommentsAndFragments() {
    String file =
        "# a comment\n"
            + "\n"
            + "@net\tfacebook|x\n"
            + "share\tshare on {@net}\n"
            + "advertisement\t  advert  \r\n";
    List<NoiseRule> rules = NoiseRules.parse(file, "test.txt");
    assertThat(rules)
        .containsExactly(
            new NoiseRule("share", "share on (?:facebook|x)"),
            new NoiseRule("advertisement", "advert"));
  }

  @Test
  void matchingIgnoresCase() {
    NoiseRule rule = new NoiseRule("advertisement", "advert");
    assertThat(rule.pattern().matcher("ADVERT").matches()).isTrue();
    assertThat(new NoiseRule("x", "\u00E9t\u00E9").pattern().matcher("\u00C9T\u00C9").matches())
        .isTrue();
  }

  @Test
  void errorsNameTheFileAndLine() {
    assertThatThrownBy(() -> NoiseRules.parse("# rules\nshare only\n", "r.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r.txt:2")
        .hasMessageContaining("reason<TAB>regex");
    assertThatThrownBy(() -> NoiseRules.parse("Share\tshare\n", "r.txt"))
        .hasMessageContaining("r.txt:1")
        .hasMessageContaining("\"Share\"");
    assertThatThrownBy(() -> NoiseRules.parse("share\tshare (on\n", "r.txt"))
        .hasMessageContaining("r.txt:1")
        .hasMessageContaining("invalid regex");
    assertThatThrownBy(() -> NoiseRules.parse("share\tshare on {@net}\n", "r.txt"))
        .hasMessageContaining("r.txt:1")
        .hasMessageContaining("unknown fragment {@net}");
    assertThatThrownBy(() -> NoiseRules.parse("@net\ta\n@net\tb\n", "r.txt"))
        .hasMessageContaining("r.txt:2")
        .hasMessageContaining("defined twice");
    assertThatThrownBy(() -> NoiseRules.parse("share\t\n", "r.txt"))
        .hasMessageContaining("r.txt:1")
        .hasMessageContaining("empty regex");
  }

  @Test
  void ruleValidation() {
    assertThatThrownBy(() -> new NoiseRule("Bad Reason", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Bad Reason");
    assertThatThrownBy(() -> new NoiseRule("share", "(")).hasMessageContaining("share");
    assertThatThrownBy(() -> new NoiseRule(null, "x")).isInstanceOf(NullPointerException.class);
  }
}
