package dev.statuscontract.processor;

import static java.util.stream.Collectors.joining;

import dev.statuscontract.processor.model.Source;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code -Astatuscontract.sources=returns,swagger,swagger2,microprofile,spring}: where contracts are read from. */
final class SourcesOption {

  static final String OPTION = "statuscontract.sources";

  private SourcesOption() {}

  /** The sources an option value names, all when it is not given; a problem for each unknown name. */
  static Set<Source> parse(String value, List<String> problems) {
    if (value == null || value.isBlank()) {
      return EnumSet.copyOf(Source.annotations());
    }
    Set<Source> sources = EnumSet.noneOf(Source.class);
    for (String item : value.split(",")) {
      String name = item.trim().toLowerCase(Locale.ROOT);
      if (name.equals("all")) {
        sources.addAll(Source.annotations());
      } else if (!name.isEmpty()) {
        Source.annotations().stream()
            .filter(source -> source.optionName().equals(name))
            .findFirst()
            .ifPresentOrElse(
                sources::add,
                () ->
                    problems.add(
                        String.format(
                            "unknown source '%s' in -A%s; write any of %s",
                            item.trim(),
                            OPTION,
                            Source.annotations().stream().map(Source::optionName).collect(joining(", ")))));
      }
    }
    return sources;
  }
}
