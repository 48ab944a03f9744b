package dev.statuscontract.processor.scan;

import dev.statuscontract.processor.model.Framework;
import dev.statuscontract.processor.model.HttpMethod;

/** What a framework's annotations say about one endpoint: its method and full path. */
public record Mapping(HttpMethod method, String path, Framework framework) {}
