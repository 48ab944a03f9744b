package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.Endpoint;

/** The declarations that messages suggest, so that following one advice never trips another rule. */
final class Suggestions {

  private Suggestions() {}

  /** The usual success declaration of an endpoint: 204 for DELETE, 201 with Location for @Creates. */
  static String typicalSuccess(Endpoint endpoint) {
    return switch (endpoint.httpMethod().name()) {
      case "DELETE" -> "@Returns(204)";
      case "POST", "PUT" ->
          endpoint.isCreating() ? "@Returns(value = 201, headers = \"Location\")" : "@Returns(200)";
      default -> "@Returns(200)";
    };
  }
}
