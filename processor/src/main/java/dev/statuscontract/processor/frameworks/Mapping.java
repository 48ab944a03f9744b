package dev.statuscontract.processor.frameworks;

import dev.statuscontract.processor.model.Framework;
import dev.statuscontract.processor.model.HttpMethod;

import java.util.List;

/**
 * What a framework's annotations say about one endpoint: its method, full path, and the media
 * types it produces (empty where they do not say).
 */
public record Mapping(HttpMethod method, String path, Framework framework, List<String> produces) {

  public Mapping {
    produces = List.copyOf(produces);
  }
}
