package dev.statuscontract.processor.docs;

import dev.statuscontract.processor.frameworks.jaxrs.JaxRs;
import dev.statuscontract.processor.frameworks.spring.Spring;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.DocText;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.HttpMethod;
import dev.statuscontract.processor.model.Level;
import dev.statuscontract.processor.model.Origin;
import dev.statuscontract.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Large made-up APIs, built without a compiler, for the tests that check how the documentation
 * grows with the number of endpoints.
 */
final class SyntheticCatalog {

  private static final List<HttpMethod> METHODS =
      List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.ANY);

  private SyntheticCatalog() {}

  /**
   * {@code packages} packages of {@code classesPerPackage} classes of {@code endpointsPerClass}
   * endpoints each, listed class by class from the last to the first (the catalog sorts them).
   */
  static List<Endpoint> endpoints(int packages, int classesPerPackage, int endpointsPerClass) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (int p = packages - 1; p >= 0; p--) {
      for (int c = classesPerPackage - 1; c >= 0; c--) {
        String className = "com.example.p" + p + ".Resource" + c;
        for (int e = 0; e < endpointsPerClass; e++) {
          String path = "/p" + p + "/r" + c + "/e" + e + "/{id}";
          endpoints.add(endpoint(className, METHODS.get(e % METHODS.size()), path, "op" + e));
        }
      }
    }
    return endpoints;
  }

  /** An endpoint with a body, a header and three codes. */
  static Endpoint endpoint(String className, HttpMethod method, String path, String methodName) {
    Origin origin = Origin.of(null);
    List<DeclaredResponse> responses =
        List.of(
            DeclaredResponse.returns(
                200, "Found", List.of("ETag"), Optional.<TypeRef>of(TypeRef.Named.of("com.example", "Dto")), Level.METHOD,
                "", origin, origin, true),
            DeclaredResponse.returns(
                404, "No such thing", List.of(), Optional.empty(), Level.METHOD, "", origin, origin, false),
            DeclaredResponse.returns(
                500, "Broken", List.of(), Optional.empty(), Level.CLASS, className, origin, origin, false));
    return new Endpoint(
        method,
        path,
        JaxRs.JAKARTA.framework(),
        className,
        methodName,
        List.of(TypeRef.Named.of("java.lang", "String")),
        TypeRef.Named.of("jakarta.ws.rs.core", "Response"),
        Optional.empty(),
        List.of(),
        responses,
        DocText.EMPTY,
        DocText.EMPTY,
        List.of(),
        Optional.empty(),
        origin);
  }
}
