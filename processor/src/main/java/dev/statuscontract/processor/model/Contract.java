package dev.statuscontract.processor.model;

import java.util.List;

/**
 * The contracts found in one class: its endpoints, and the declarations on methods that are not
 * endpoints.
 */
public record Contract(List<Endpoint> endpoints, List<StrayDeclaration> strays) {

  public Contract {
    endpoints = List.copyOf(endpoints);
    strays = List.copyOf(strays);
  }
}
