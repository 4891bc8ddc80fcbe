package org.annalist.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.pipeline.actor.ActorDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist actors ...}: the actor dictionaries. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = "Looks up the actor dictionaries.",
    subcommands = {ActorsCommand.Lookup.class})
final class ActorsCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "an actors command is required (lookup)");
  }

  /** {@code annalist actors lookup NAME --date D}. */
  @Command(
      name = "lookup",
      mixinStandardHelpOptions = true,
      description = {
        "Shows how a name resolves on a date: code, kind, what it stands for, and the dictionary"
            + " line. Exit 1 when the name is unknown."
      })
  static final class Lookup implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "NAME", description = "A name as written in news.")
    String name;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date (default today).")
    LocalDate date;

    @Override
    public Integer call() {
      List<String> lines =
          ActorDictionary.load().describe(name, date == null ? LocalDate.now() : date);
      if (lines.isEmpty()) {
        spec.commandLine().getErr().println("annalist: no actor named '" + name + "'");
        return ExitCodes.FAILED;
      }
      lines.forEach(spec.commandLine().getOut()::println);
      return ExitCodes.OK;
    }
  }
}
