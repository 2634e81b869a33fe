package io.reelgate.app;

import io.reelgate.client.Dialect;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --dialect} by its command-line name: {@code novita}, ..., {@code minimax-v2}, {@code openai}. */
final class DialectConverter implements ITypeConverter<Dialect> {
  /** The name a dialect goes by on the command line: its enum name in lower case, hyphens for underscores. */
  static String nameOf(Dialect dialect) {
    return dialect.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public Dialect convert(String value) {
    return Arrays.stream(Dialect.values())
        .filter(d -> nameOf(d).equals(value.strip().toLowerCase(Locale.ROOT).replace('_', '-')))
        .findFirst()
        .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a dialect; use one of "
            + Arrays.stream(Dialect.values()).map(DialectConverter::nameOf).collect(Collectors.joining(", "))));
  }
}
