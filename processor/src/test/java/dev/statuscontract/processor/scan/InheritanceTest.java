package dev.statuscontract.processor.scan;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.statuscontract.processor.Compilations.compileWith;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.model.Endpoint;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Endpoints mapped as the frameworks map them: mappings and contracts written on interfaces and
 * base classes apply to the implementation, which is the one endpoint, under the path the server
 * serves; clients, base interfaces and abstract classes are never resources.
 */
class InheritanceTest {

  private final ContractCapture capture = new ContractCapture();

  /** The lines of {@code endpoint}: {@code GET /users/{key} UserServiceImpl.read(String)}. */
  private static String line(Endpoint endpoint) {
    return endpoint.describe() + " " + endpoint.javaMethod();
  }

  private List<String> lines() {
    return capture.endpoints.stream().map(InheritanceTest::line).sorted().toList();
  }

  // --- A JAX-RS service split the usual way (Apache Syncope's shape) -----------------------------

  private static final JavaFileObject ANY_TO =
      source("org.acme.api.AnyTO", "package org.acme.api;", "public class AnyTO { public String key; }");
  private static final JavaFileObject USER_TO =
      source("org.acme.api.UserTO", "package org.acme.api;", "public class UserTO extends AnyTO {}");
  private static final JavaFileObject GROUP_TO =
      source("org.acme.api.GroupTO", "package org.acme.api;", "public class GroupTO extends AnyTO {}");

  /** A generic base interface without @Path: the methods every resource shares. */
  private static final JavaFileObject ANY_SERVICE =
      source(
          "org.acme.api.AnyService",
          "package org.acme.api;",
          "import dev.statuscontract.Returns;",
          "import jakarta.ws.rs.*;",
          "import jakarta.ws.rs.core.Response;",
          "import java.util.List;",
          "@Produces(\"application/json\")",
          "public interface AnyService<TO extends AnyTO> {",
          "  @GET @Path(\"{key}\") @Returns(value = 200, body = AnyTO.class) @Returns(404)",
          "  TO read(@PathParam(\"key\") String key);",
          "  @GET List<TO> search(@QueryParam(\"q\") String q);",
          "  @DELETE @Path(\"{key}\") @Returns(204) @Returns(404)",
          "  Response delete(@PathParam(\"key\") String key);",
          "}");

  private static final JavaFileObject USER_SERVICE =
      source(
          "org.acme.api.UserService",
          "package org.acme.api;",
          "import dev.statuscontract.*;",
          "import jakarta.ws.rs.*;",
          "import jakarta.ws.rs.core.Response;",
          "@Path(\"users\")",
          "public interface UserService extends AnyService<UserTO> {",
          "  @POST @Creates @Returns(value = 201, headers = \"Location\") @Returns(409)",
          "  Response create(UserTO user);",
          "}");

  private static final JavaFileObject GROUP_SERVICE =
      source(
          "org.acme.api.GroupService",
          "package org.acme.api;",
          "import jakarta.ws.rs.*;",
          "@Path(\"groups\")",
          "public interface GroupService extends AnyService<GroupTO> {}");

  /** A MicroProfile REST client of another service: never an endpoint of this one. */
  private static final JavaFileObject AUDIT_CLIENT =
      source(
          "org.acme.api.AuditClient",
          "package org.acme.api;",
          "import dev.statuscontract.Returns;",
          "import jakarta.ws.rs.*;",
          "@Path(\"/audit\")",
          "@org.eclipse.microprofile.rest.client.inject.RegisterRestClient",
          "public interface AuditClient {",
          "  @GET @Returns(200) String last();",
          "}");

  private static final List<JavaFileObject> API_MODULE =
      List.of(ANY_TO, USER_TO, GROUP_TO, ANY_SERVICE, USER_SERVICE, GROUP_SERVICE, AUDIT_CLIENT);

  /** An abstract implementation class: the shared code of the implementations. */
  private static final JavaFileObject ABSTRACT_SERVICE_IMPL =
      source(
          "org.acme.core.AbstractAnyServiceImpl",
          "package org.acme.core;",
          "import org.acme.api.*;",
          "import jakarta.ws.rs.core.Response;",
          "import java.util.List;",
          "public abstract class AbstractAnyServiceImpl<TO extends AnyTO> implements AnyService<TO> {",
          "  @Override public List<TO> search(String q) { return List.of(); }",
          "  @Override public Response delete(String key) { return Response.noContent().build(); }",
          "}");

  private static final JavaFileObject USER_SERVICE_IMPL =
      source(
          "org.acme.core.UserServiceImpl",
          "package org.acme.core;",
          "import org.acme.api.*;",
          "import jakarta.ws.rs.core.Response;",
          "public class UserServiceImpl extends AbstractAnyServiceImpl<UserTO> implements UserService {",
          "  @Override public UserTO read(String key) { return new UserTO(); }",
          "  @Override public Response create(UserTO user) { return Response.status(201).build(); }",
          "}");

  /** Overrides an inherited method without annotating it: the mapping is inherited with it. */
  private static final JavaFileObject GROUP_SERVICE_IMPL =
      source(
          "org.acme.core.GroupServiceImpl",
          "package org.acme.core;",
          "import org.acme.api.*;",
          "import jakarta.ws.rs.core.Response;",
          "public class GroupServiceImpl extends AbstractAnyServiceImpl<GroupTO> implements GroupService {",
          "  @Override public GroupTO read(String key) { return new GroupTO(); }",
          "  @Override public Response delete(String key) { return Response.ok().build(); }",
          "}");

  private static final List<JavaFileObject> IMPL_MODULE =
      List.of(ABSTRACT_SERVICE_IMPL, USER_SERVICE_IMPL, GROUP_SERVICE_IMPL);

  private static final List<String> SERVED =
      List.of(
          "DELETE /groups/{key} GroupServiceImpl.delete(String)",
          "DELETE /users/{key} UserServiceImpl.delete(String)",
          "GET /groups GroupServiceImpl.search(String)",
          "GET /groups/{key} GroupServiceImpl.read(String)",
          "GET /users UserServiceImpl.search(String)",
          "GET /users/{key} UserServiceImpl.read(String)",
          "POST /users UserServiceImpl.create(UserTO)");

  @Test
  void aServiceSplitIntoInterfacesAndImplementationsInOneModuleHasEachEndpointOnceAtItsServedPath() {
    List<JavaFileObject> sources = new ArrayList<>(API_MODULE);
    sources.addAll(IMPL_MODULE);

    assertThat(compileWith(capture, List.of(), sources.toArray(JavaFileObject[]::new))).succeeded();

    assertThat(lines()).containsExactlyElementsIn(SERVED);
    assertThat(capture.strays).isEmpty();
  }

  @Test
  void theImplementationInheritsTheContractsAndTheMediaTypesOfItsInterfaces() {
    List<JavaFileObject> sources = new ArrayList<>(API_MODULE);
    sources.addAll(IMPL_MODULE);

    assertThat(compileWith(capture, List.of(), sources.toArray(JavaFileObject[]::new))).succeeded();

    Endpoint read = capture.endpoint("GET /users/{key}");
    assertThat(read.responses().stream().map(r -> r.code()).toList()).containsExactly(200, 404).inOrder();
    assertThat(read.returnType().toString()).isEqualTo("org.acme.api.UserTO");
    assertThat(read.produces()).containsExactly("application/json");
    Endpoint create = capture.endpoint("POST /users");
    assertThat(create.isCreating()).isTrue();
    assertThat(create.responses().get(0).headers()).containsExactly("Location");
  }

  @TempDir Path work;

  @Test
  void asTwoModulesTheApiDocumentsItsInterfacesAndTheImplementationsItsClasses() throws IOException {
    List<JavaFileObject> api = new ArrayList<>(API_MODULE);
    Compilation apiModule = compileWith(capture, List.of(), api.toArray(JavaFileObject[]::new));
    assertThat(apiModule).succeeded();

    // The API module alone: its resource interfaces are the resources; no client, no base interface.
    assertThat(lines())
        .containsExactly(
            "DELETE /groups/{key} GroupService.delete(String)",
            "DELETE /users/{key} UserService.delete(String)",
            "GET /groups GroupService.search(String)",
            "GET /groups/{key} GroupService.read(String)",
            "GET /users UserService.search(String)",
            "GET /users/{key} UserService.read(String)",
            "POST /users UserService.create(UserTO)");

    Path classes = Files.createDirectories(work.resolve("api-classes"));
    for (JavaFileObject file : apiModule.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        Path target = classes.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }

    ContractCapture implCapture = new ContractCapture();
    List<File> classpath = new ArrayList<>(List.of(classes.toFile()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    Compilation implModule =
        javac().withProcessors(implCapture).withClasspath(classpath).compile(IMPL_MODULE);
    assertThat(implModule).succeeded();

    assertThat(implCapture.endpoints.stream().map(InheritanceTest::line).sorted().toList())
        .containsExactlyElementsIn(SERVED);
  }

  // --- A Spring service on interfaces generated by openapi-generator (interfaceOnly=true) ---------

  private static final JavaFileObject PET =
      source("org.openapitools.model.Pet", "package org.openapitools.model;", "public record Pet(long id, String name) {}");

  /** What openapi-generator's spring generator writes with interfaceOnly=true, trimmed. */
  private static final JavaFileObject PETS_API =
      source(
          "org.openapitools.api.PetsApi",
          "package org.openapitools.api;",
          "import dev.statuscontract.*;",
          "import org.openapitools.model.Pet;",
          "import org.springframework.http.*;",
          "import org.springframework.web.bind.annotation.*;",
          "import java.util.List;",
          "@RequestMapping(\"${openapi.petstore.base-path:/v2}\")",
          "public interface PetsApi {",
          "  @RequestMapping(method = RequestMethod.GET, value = \"/pets\", produces = { \"application/json\" })",
          "  @Returns(value = 200, body = List.class)",
          "  default ResponseEntity<List<Pet>> listPets(@RequestParam(value = \"limit\", required = false) Integer limit) {",
          "    return new ResponseEntity<>(HttpStatus.NOT_IMPLEMENTED);",
          "  }",
          "  @RequestMapping(method = RequestMethod.POST, value = \"/pets\")",
          "  @Creates @Returns(value = 201, headers = \"Location\") @Returns(409)",
          "  default ResponseEntity<Void> createPets(@RequestBody Pet pet) {",
          "    return new ResponseEntity<>(HttpStatus.NOT_IMPLEMENTED);",
          "  }",
          "  @RequestMapping(method = RequestMethod.GET, value = \"/pets/{petId}\", produces = { \"application/json\" })",
          "  @Returns(value = 200, body = Pet.class) @Returns(404)",
          "  default ResponseEntity<Pet> showPetById(@PathVariable(\"petId\") String petId) {",
          "    return new ResponseEntity<>(HttpStatus.NOT_IMPLEMENTED);",
          "  }",
          "}");

  /** The controller implements only some of the generated methods; Spring serves the others too. */
  private static final JavaFileObject PETS_CONTROLLER =
      source(
          "com.acme.pets.PetsController",
          "package com.acme.pets;",
          "import org.openapitools.api.PetsApi;",
          "import org.openapitools.model.Pet;",
          "import org.springframework.http.ResponseEntity;",
          "import org.springframework.web.bind.annotation.*;",
          "import java.util.List;",
          "@RestController",
          "@RequestMapping(\"/api\")",
          "public class PetsController implements PetsApi {",
          "  @Override public ResponseEntity<List<Pet>> listPets(Integer limit) { return ResponseEntity.ok(List.of()); }",
          "  @Override public ResponseEntity<Pet> showPetById(String petId) { return ResponseEntity.notFound().build(); }",
          "}");

  @Test
  void aControllerImplementingAGeneratedInterfaceHasEachEndpointOnceUnderItsOwnPrefix() {
    assertThat(compileWith(capture, List.of(), PET, PETS_API, PETS_CONTROLLER)).succeeded();

    assertThat(lines())
        .containsExactly(
            "GET /api/pets PetsController.listPets(Integer)",
            "GET /api/pets/{petId} PetsController.showPetById(String)",
            "POST /api/pets PetsController.createPets(Pet)");
    // The default method the controller does not override is served, with its contract.
    assertThat(capture.endpoint("POST /api/pets").isCreating()).isTrue();
    assertThat(capture.endpoint("GET /api/pets").produces()).containsExactly("application/json");
    assertThat(capture.endpoint("GET /api/pets").responses().get(0).body().orElseThrow().toString())
        .isEqualTo("java.util.List<org.openapitools.model.Pet>");
  }

  @Test
  void withoutItsOwnPrefixTheControllerTakesTheInterfacesWithThePlaceholdersDefault() {
    JavaFileObject controller =
        source(
            "com.acme.pets.PetsController",
            "package com.acme.pets;",
            "import org.openapitools.api.PetsApi;",
            "@org.springframework.web.bind.annotation.RestController",
            "public class PetsController implements PetsApi {}");

    assertThat(compileWith(capture, List.of(), PET, PETS_API, controller)).succeeded();

    assertThat(capture.described()).containsExactly("GET /v2/pets", "POST /v2/pets", "GET /v2/pets/{petId}");
  }

  @Test
  void aGeneratedInterfaceThatNothingImplementsIsNoEndpoint() {
    assertThat(compileWith(capture, List.of(), PET, PETS_API)).succeeded();

    assertThat(capture.endpoints).isEmpty();
    assertThat(capture.strays).isEmpty();
  }

  @Test
  void feignClientsAndHttpInterfacesAreNeverEndpoints() {
    JavaFileObject feign =
        source(
            "org.springframework.cloud.openfeign.FeignClient",
            "package org.springframework.cloud.openfeign;",
            "public @interface FeignClient { String value() default \"\"; }");
    JavaFileObject client =
        source(
            "com.acme.StockClient",
            "package com.acme;",
            "import org.springframework.web.bind.annotation.*;",
            "@org.springframework.cloud.openfeign.FeignClient(\"stock\")",
            "public interface StockClient { @GetMapping(\"/stock/{id}\") String stock(@PathVariable String id); }");

    assertThat(compileWith(capture, List.of(), feign, client)).succeeded();

    assertThat(capture.endpoints).isEmpty();
  }

  @Test
  void everyPathAndEveryMethodOfAMappingIsAnEndpointOfItsOwn() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController @RequestMapping({\"/api\", \"/v1\"})",
            "public class UserController {",
            "  @PutMapping({\"/users\", \"/users/{login}\"}) public void save() {}",
            "}");

    assertThat(compileWith(capture, List.of(), controller)).succeeded();

    assertThat(capture.described().stream().sorted().collect(Collectors.toList()))
        .containsExactly("PUT /api/users", "PUT /api/users/{login}", "PUT /v1/users", "PUT /v1/users/{login}");
  }

  @Test
  void anAbstractControllerBaseIsServedByItsConcreteControllers() {
    JavaFileObject base =
        source(
            "com.acme.CrudController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.http.ResponseEntity;",
            "import org.springframework.web.bind.annotation.*;",
            "public abstract class CrudController<T> {",
            "  @DeleteMapping(\"/{id}\") @Returns(204) @Returns(404)",
            "  public ResponseEntity<Void> delete(@PathVariable String id) { return ResponseEntity.noContent().build(); }",
            "}");
    JavaFileObject books =
        source(
            "com.acme.BookController",
            "package com.acme;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController @RequestMapping(\"/books\")",
            "public class BookController extends CrudController<String> {}");
    JavaFileObject authors =
        source(
            "com.acme.AuthorController",
            "package com.acme;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController @RequestMapping(\"/authors\")",
            "public class AuthorController extends CrudController<Integer> {}");

    assertThat(compileWith(capture, List.of(), base, books, authors)).succeeded();

    assertThat(lines())
        .containsExactly(
            "DELETE /authors/{id} AuthorController.delete(String)", "DELETE /books/{id} BookController.delete(String)");
  }

  @Test
  void aContractOnAnInterfaceMethodIsReportedOnceAtTheInterfaceHoweverManyClassesImplementIt() {
    JavaFileObject api =
        source(
            "com.acme.Api",
            "package com.acme;",
            "import dev.statuscontract.*;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "public interface Api {",
            "  @POST @Creates @Returns(201)",
            "  Response create(String body);",
            "}");
    JavaFileObject first =
        source(
            "com.acme.First",
            "package com.acme;",
            "import jakarta.ws.rs.core.Response;",
            "@jakarta.ws.rs.Path(\"/first\")",
            "public class First implements Api { public Response create(String b) { return Response.status(201).build(); } }");
    JavaFileObject second =
        source(
            "com.acme.Second",
            "package com.acme;",
            "import jakarta.ws.rs.core.Response;",
            "@jakarta.ws.rs.Path(\"/second\")",
            "public class Second implements Api { public Response create(String b) { return Response.status(201).build(); } }");

    Compilation compilation =
        compileWith(new dev.statuscontract.processor.StatusContractProcessor(), List.of(), api, first, second);

    assertThat(compilation).hadErrorContaining("[created-without-location]").inFile(api).onLineContaining("@Returns(201)");
    assertThat(compilation).hadErrorCount(1);
  }
}
