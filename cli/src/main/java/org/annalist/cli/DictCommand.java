package org.annalist.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Extraction;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.RejectedArticleException;
import org.annalist.pipeline.event.EventDictionary;
import org.annalist.pipeline.event.EventPattern;
import org.annalist.pipeline.explain.Explainer;
import org.annalist.pipeline.nlp.NlpConfig;
import org.annalist.pipeline.read.ArticleSources;
import org.annalist.pipeline.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist dict ...}: tools for people who edit the dictionaries. */
@Command(
    name = "dict",
    mixinStandardHelpOptions = true,
    description = "Tools for the event dictionaries.",
    subcommands = {DictCommand.Stats.class, DictCommand.Test.class})
final class DictCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "a dictionary command is required (stats, test)");
  }

  /** {@code annalist dict stats [FILE...]}: entries per root, and which fired on a corpus. */
  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      description = {
        "Counts the event patterns per CAMEO root (entries, lemmas, codes covered). Given"
            + " articles, codes them and reports the share of entries that fired.",
        "The last line is entries=N, or fired_share=0.xxxx when articles were given."
      })
  static final class Stats implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles to code (optional).")
    List<String> inputs = List.of();

    @Mixin InputOptions input = new InputOptions();

    @Option(
        names = "--threads",
        paramLabel = "N",
        description = "Articles coded in parallel (default 1).")
    int threads = 1;

    @Override
    public Integer call() throws InterruptedException {
      input.validate(spec);
      if (threads < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--threads must be at least 1");
      }
      var out = spec.commandLine().getOut();
      PipelineResources resources =
          inputs.isEmpty() ? null : PipelineResources.load(NlpConfig.defaults());
      EventDictionary dict =
          resources != null
              ? resources.events()
              : EventDictionary.load(org.annalist.model.CameoCodebook.load());
      Set<String> fired = java.util.concurrent.ConcurrentHashMap.newKeySet();
      int[] articles = new int[1];
      if (resources != null) {
        Extractor extractor = resources.extractor();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        // At most two articles per thread wait in memory.
        var slots = new java.util.concurrent.Semaphore(2 * threads);
        try {
          new ArticleSources(input.readOptions())
              .read(
                  inputs,
                  r -> {
                    if (r instanceof ReadResult.Ok ok && articles[0] < input.limit) {
                      articles[0]++;
                      slots.acquireUninterruptibly();
                      pool.execute(
                          () -> {
                            try {
                              for (Event ev : extractor.extract(ok.article()).events()) {
                                for (EventMention m : ev.mentions()) {
                                  // The rule is the entry's place, maybe with a note after it.
                                  fired.add(m.rule().split(" ", 2)[0]);
                                }
                              }
                            } catch (RejectedArticleException e) {
                              // Not coded: counts as an article with no events.
                            } finally {
                              slots.release();
                            }
                          });
                    }
                  });
        } finally {
          pool.shutdown();
          pool.awaitTermination(365, java.util.concurrent.TimeUnit.DAYS);
        }
      }
      Map<String, int[]> perRoot = new TreeMap<>();
      Map<String, Set<String>> lemmas = new TreeMap<>();
      Map<String, Set<String>> codes = new TreeMap<>();
      for (EventPattern p : dict.all()) {
        String root = p.code().substring(0, 2);
        int[] c = perRoot.computeIfAbsent(root, k -> new int[2]);
        c[0]++;
        if (fired.contains(p.line())) {
          c[1]++;
        }
        lemmas.computeIfAbsent(root, k -> new HashSet<>()).add(p.lemma());
        codes.computeIfAbsent(root, k -> new HashSet<>()).add(p.code());
      }
      out.printf("%-5s %8s %8s %8s %8s%n", "root", "entries", "lemmas", "codes", "fired");
      int total = 0;
      int totalFired = 0;
      for (var e : perRoot.entrySet()) {
        out.printf(
            "%-5s %8d %8d %8d %8s%n",
            e.getKey(),
            e.getValue()[0],
            lemmas.get(e.getKey()).size(),
            codes.get(e.getKey()).size(),
            resources == null ? "-" : Integer.toString(e.getValue()[1]));
        total += e.getValue()[0];
        totalFired += e.getValue()[1];
      }
      if (resources == null) {
        out.println("entries=" + total);
      } else {
        out.printf(
            Locale.ROOT, "articles=%d entries=%d fired=%d%n", articles[0], total, totalFired);
        out.printf(
            Locale.ROOT, "fired_share=%.4f%n", total == 0 ? 0.0 : (double) totalFired / total);
      }
      return ExitCodes.OK;
    }
  }

  /** {@code annalist dict test "SENTENCE"}: codes one sentence and explains it. */
  @Command(
      name = "test",
      mixinStandardHelpOptions = true,
      description = "Codes one sentence (or short text) and explains every event and actor.")
  static final class Test implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
        arity = "0..1",
        paramLabel = "SENTENCE",
        description = "The text to code (or give --file).")
    String sentence;

    @Option(
        names = "--file",
        paramLabel = "FILE",
        description =
            "Code each non-blank line of FILE as a text of its own ('#' starts a comment).")
    java.nio.file.Path file;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "Article date (default today).")
    LocalDate date;

    @Mixin CodingOptions coding = new CodingOptions();

    @Option(
        names = "--parse",
        description =
            "Also print each sentence's tokens (word/lemma/tag) and dependencies, to see why a"
                + " pattern did or did not match.")
    boolean parse;

    @Option(
        names = "--why",
        description =
            "Also list, per sentence, the words that have patterns but coded no event, with the"
                + " frames their patterns need.")
    boolean why;

    @Option(
        names = "--penn",
        description =
            "Each text is a sentence's Penn Treebank parse: code its words with that parse,"
                + " converted to dependencies, instead of parsing them again.")
    boolean penn;

    @Override
    public Integer call() {
      List<String> texts = new ArrayList<>();
      if (file != null) {
        if (sentence != null) {
          throw new picocli.CommandLine.ParameterException(
              spec.commandLine(), "give a SENTENCE or --file, not both");
        }
        try {
          for (String line : java.nio.file.Files.readAllLines(file)) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
              texts.add(line.strip());
            }
          }
        } catch (java.io.IOException | java.io.UncheckedIOException ex) {
          spec.commandLine().getErr().println("annalist: cannot read " + file + ": " + ex);
          return ExitCodes.FAILED;
        }
      } else if (sentence == null || sentence.isBlank()) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "the sentence is empty");
      } else {
        texts.add(sentence);
      }
      LocalDate d = date == null ? LocalDate.now() : date;
      PipelineResources resources = coding.resources();
      Extractor extractor = coding.extractor(resources);
      var out = spec.commandLine().getOut();
      int failed = 0;
      for (int i = 0; i < texts.size(); i++) {
        String id = texts.size() == 1 ? "test" : "test-" + (i + 1);
        if (texts.size() > 1) {
          out.println("== " + texts.get(i));
        }
        Article a =
            new Article(id, null, null, null, d, Article.DateOrigin.USER, texts.get(i), "text", id);
        try {
          print(
              out,
              penn
                  ? extractor.code(extractor.annotateParsed(a, List.of(texts.get(i))))
                  : extractor.extract(a),
              resources.events());
        } catch (RejectedArticleException ex) {
          spec.commandLine().getErr().println("annalist: " + ex.getMessage());
          failed++;
        }
      }
      out.flush();
      return failed == texts.size() ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private void print(java.io.PrintWriter out, Extraction e, EventDictionary dict) {
      List<String> actors = new ArrayList<>();
      e.actors().forEach(x -> actors.add(x.id() + " " + x.code() + " \"" + x.name() + "\""));
      out.println("actors: " + (actors.isEmpty() ? "none" : String.join("; ", actors)));
      if (parse) {
        for (var sentence : e.doc().sentences()) {
          StringBuilder b = new StringBuilder("s" + sentence.index() + ":");
          for (var t : sentence.tokens()) {
            b.append(' ')
                .append(t.index())
                .append(':')
                .append(t.word())
                .append('/')
                .append(t.lemma())
                .append('/')
                .append(t.pos());
          }
          out.println(b);
          for (var dep : sentence.dependencies()) {
            out.println(
                "  "
                    + dep.relation()
                    + "("
                    + (dep.head() < 0
                        ? "ROOT"
                        : sentence.token(dep.head()).word() + "-" + dep.head())
                    + ", "
                    + sentence.token(dep.dependent()).word()
                    + "-"
                    + dep.dependent()
                    + ")");
          }
        }
      }
      if (why) {
        printWhy(out, e, dict);
      }
      out.print(new Explainer().explain(e));
    }

    /** The words with patterns of their part of speech that triggered no event, per sentence. */
    private static void printWhy(java.io.PrintWriter out, Extraction e, EventDictionary dict) {
      Set<String> fired = new HashSet<>();
      for (Event ev : e.events()) {
        for (EventMention m : ev.mentions()) {
          fired.add(m.sentence() + ":" + m.action().start());
        }
      }
      for (var s : e.doc().sentences()) {
        for (var t : s.tokens()) {
          if (fired.contains(s.index() + ":" + t.span().start())) {
            continue;
          }
          List<String> frames = new ArrayList<>();
          for (EventPattern p : dict.forLemma(t.lemma().toLowerCase(Locale.ROOT))) {
            if (p.noun() == t.isNoun() && (p.noun() || t.isVerb())) {
              frames.add(p.code() + " " + p.frame());
            }
          }
          if (!frames.isEmpty()) {
            out.println(
                "  no event from s"
                    + s.index()
                    + " '"
                    + t.word()
                    + "': "
                    + frames.size()
                    + " patterns, e.g. "
                    + String.join(" | ", frames.subList(0, Math.min(4, frames.size()))));
          }
        }
      }
    }
  }
}
