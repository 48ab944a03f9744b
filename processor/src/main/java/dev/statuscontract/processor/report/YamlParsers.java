package dev.statuscontract.processor.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Makes YAML parsers. In a class of its own, so that the YAML module and SnakeYAML are loaded only
 * when a YAML document is read: {@link SpecIndex} refers to nothing of them.
 */
final class YamlParsers {

  /** The largest document read, in code points: SnakeYAML's default (3 MB) is short of large APIs. */
  private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  private static final YAMLFactory FACTORY = factory();

  private YamlParsers() {}

  /** A streaming parser of {@code text}, which reports duplicate keys as errors. */
  static JsonParser parser(String text) throws IOException {
    return FACTORY.createParser(text);
  }

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }
}
