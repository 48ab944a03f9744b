package dev.statuscontract.processor.analysis;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.analysis.Harness.expected;
import static dev.statuscontract.processor.analysis.Harness.source;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reactive and asynchronous endpoints, read as the frameworks run them: Reactor's {@code Mono} and
 * {@code Flux} in Spring WebFlux, Mutiny's {@code Uni} in Quarkus REST, {@code CompletionStage},
 * JAX-RS's {@code AsyncResponse}, Spring's {@code DeferredResult} and {@code Callable}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReactiveTest {

  private static final String[] WEBFLUX = {
    "package com.acme;",
    "import org.springframework.http.*;",
    "import org.springframework.web.bind.annotation.*;",
    "import org.springframework.web.server.ResponseStatusException;",
    "import reactor.core.publisher.*;",
    "@RestController",
    "public class Pets {",
    "  private final PetService service = new PetService();",
    "  @GetMapping(\"/pets/{id}\") public Mono<ResponseEntity<String>> get(@PathVariable String id) {",
    "    return service.find(id)",
    "        .map(ResponseEntity::ok)",
    "        .defaultIfEmpty(ResponseEntity.notFound().build());",
    "  }",
    "  @GetMapping(\"/pets/{id}/owner\") public Mono<ResponseEntity<String>> owner(@PathVariable String id) {",
    "    return service.find(id).map(p -> p.isEmpty() ? ResponseEntity.status(HttpStatus.GONE).<String>build() : ResponseEntity.ok(p));",
    "  }",
    "  @DeleteMapping(\"/pets/{id}\") public Mono<ResponseEntity<Void>> delete(@PathVariable String id) {",
    "    return service.delete(id).map(v -> ResponseEntity.noContent().<Void>build());",
    "  }",
    "  @DeleteMapping(\"/pets\") public Mono<ResponseEntity<Void>> deleteAll() {",
    "    return service.deleteAll().then(Mono.just(ResponseEntity.noContent().build()));",
    "  }",
    "  @GetMapping(\"/pets/{id}/name\") public Mono<String> name(@PathVariable String id) {",
    "    return service.find(id).switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));",
    "  }",
    "  @PostMapping(\"/pets\") public Mono<ResponseEntity<String>> create(@RequestBody String pet) {",
    "    return service.save(pet)",
    "        .map(saved -> ResponseEntity.status(HttpStatus.CREATED).body(saved))",
    "        .onErrorReturn(IllegalStateException.class, ResponseEntity.status(HttpStatus.CONFLICT).build());",
    "  }",
    "  @PutMapping(\"/pets/{id}\") public Mono<ResponseEntity<String>> replace(@PathVariable String id, @RequestBody String pet) {",
    "    return service.save(pet)",
    "        .map(replaced -> ResponseEntity.ok(replaced))",
    "        .onErrorResume(e -> Mono.just(ResponseEntity.badRequest().build()));",
    "  }",
    "  @GetMapping(\"/pets\") public Flux<String> all() { return service.all(); }",
    "  @GetMapping(\"/pets/{id}/raw\") public Mono<String> raw(@PathVariable String id) { return service.find(id); }",
    "}",
  };

  private static final String[] SERVICE = {
    "package com.acme;",
    "import reactor.core.publisher.*;",
    "public interface PetStore {",
    "  Mono<String> find(String id);",
    "}",
  };

  private static final String[] PET_SERVICE = {
    "package com.acme;",
    "import reactor.core.publisher.*;",
    "public class PetService {",
    "  PetStore store;",
    "  public Mono<String> find(String id) { return store.find(id); }",
    "  public Mono<Void> delete(String id) { return store.find(id).then(); }",
    "  public Mono<Void> deleteAll() { return Mono.empty(); }",
    "  public Mono<String> save(String pet) { return Mono.just(pet); }",
    "  public Flux<String> all() { return Flux.empty(); }",
    "}",
  };

  private static final String[] QUARKUS = {
    "package com.acme;",
    "import io.smallrye.mutiny.Uni;",
    "import jakarta.ws.rs.*;",
    "import jakarta.ws.rs.core.Response;",
    "import java.net.URI;",
    "@Path(\"/heroes\")",
    "public class Heroes {",
    "  private final HeroService service = new HeroService();",
    "  @GET @Path(\"{id}\") public Uni<Response> get(@PathParam(\"id\") long id) {",
    "    return service.find(id)",
    "        .onItem().ifNotNull().transform(h -> {",
    "          return Response.ok(h).build();",
    "        })",
    "        .onItem().ifNull().continueWith(() -> Response.status(Response.Status.NOT_FOUND).build());",
    "  }",
    "  @POST public Uni<Response> create(String hero) {",
    "    return service.persist(hero).map(h -> Response.created(URI.create(\"/heroes/1\")).build());",
    "  }",
    "  @DELETE @Path(\"{id}\") public Uni<Void> delete(@PathParam(\"id\") long id) { return service.delete(id); }",
    "  @GET @Path(\"{id}/name\") public Uni<String> name(@PathParam(\"id\") long id) { return service.find(id); }",
    "  @GET @Path(\"{id}/checked\") public Uni<Response> checked(@PathParam(\"id\") long id) {",
    "    return service.find(id)",
    "        .onItem().ifNull().failWith(NotFoundException::new)",
    "        .map(h -> Response.ok(h).build())",
    "        .onFailure(IllegalStateException.class).recoverWithItem(Response.status(409).build());",
    "  }",
    "  @GET @Path(\"failing\") public Uni<Response> failing() {",
    "    return Uni.createFrom().failure(new BadRequestException());",
    "  }",
    "}",
  };

  private static final String[] HERO_SERVICE = {
    "package com.acme;",
    "import io.smallrye.mutiny.Uni;",
    "public class HeroService {",
    "  public Uni<String> find(long id) { return id > 0 ? Uni.createFrom().item(() -> lookUp(id)) : Uni.createFrom().nullItem(); }",
    "  public Uni<String> persist(String hero) { return Uni.createFrom().item(hero); }",
    "  public Uni<Void> delete(long id) { return Uni.createFrom().voidItem(); }",
    "  private static String lookUp(long id) { return \"hero\" + id; }",
    "}",
  };

  private static final String[] ASYNC = {
    "package com.acme;",
    "import jakarta.ws.rs.*;",
    "import jakarta.ws.rs.container.*;",
    "import jakarta.ws.rs.core.Response;",
    "import java.util.concurrent.*;",
    "@Path(\"/jobs\")",
    "public class Jobs {",
    "  @GET @Path(\"{id}\") public void get(@PathParam(\"id\") String id, @Suspended AsyncResponse response) {",
    "    CompletableFuture.supplyAsync(() -> id).thenAccept(found -> {",
    "      if (found.isEmpty()) {",
    "        response.resume(new NotFoundException());",
    "      } else {",
    "        response.resume(Response.accepted(found).build());",
    "      }",
    "    });",
    "  }",
    "  @POST public CompletionStage<Response> start(String job) {",
    "    return CompletableFuture.supplyAsync(() -> job)",
    "        .thenApply(j -> Response.status(201).header(\"Location\", \"/jobs/1\").build())",
    "        .exceptionally(e -> Response.serverError().build());",
    "  }",
    "  @GET public CompletionStage<String> list() { return CompletableFuture.completedFuture(\"jobs\"); }",
    "}",
  };

  private static final String[] SPRING_ASYNC = {
    "package com.acme;",
    "import java.util.concurrent.Callable;",
    "import org.springframework.http.*;",
    "import org.springframework.web.bind.annotation.*;",
    "import org.springframework.web.context.request.async.DeferredResult;",
    "@RestController",
    "public class Reports {",
    "  @GetMapping(\"/reports/{id}\") public DeferredResult<ResponseEntity<String>> get(@PathVariable String id) {",
    "    DeferredResult<ResponseEntity<String>> result = new DeferredResult<>();",
    "    new Thread(() -> result.setResult(ResponseEntity.status(HttpStatus.ACCEPTED).body(id))).start();",
    "    return result;",
    "  }",
    "  @GetMapping(\"/reports\") public Callable<ResponseEntity<String>> list() {",
    "    return () -> ResponseEntity.ok(\"reports\");",
    "  }",
    "}",
  };

  private Harness h;

  @BeforeAll
  void compile() {
    h =
        Harness.run(
            source("com.acme.Pets", WEBFLUX),
            source("com.acme.PetStore", SERVICE),
            source("com.acme.PetService", PET_SERVICE),
            source("com.acme.Heroes", QUARKUS),
            source("com.acme.HeroService", HERO_SERVICE),
            source("com.acme.Jobs", ASYNC),
            source("com.acme.Reports", SPRING_ASYNC));
    assertThat(h.compilation).succeeded();
  }

  @Test
  void aMonoOfResponseEntityAnswersWhatItsOperatorsMake() {
    assertThat(h.produced("com.acme.Pets", "get"))
        .containsExactlyElementsIn(expected(WEBFLUX, "200 body @{.map(ResponseEntity::ok)}", "404 @{defaultIfEmpty(}"));
    assertThat(h.produced("com.acme.Pets", "owner"))
        .containsExactlyElementsIn(
            expected(WEBFLUX,
                "410 @{p.isEmpty()}",
                "200 body @{p.isEmpty()}",
                "UNKNOWN @{return service.find(id).map(p}"));
  }

  @Test
  void aMonoOfVoidMappedToAResponseNeverEmitsAndWebFluxAnswers200() {
    assertThat(h.produced("com.acme.Pets", "delete"))
        .containsExactlyElementsIn(expected(WEBFLUX, "200 @{return service.delete(id)} through an empty completion of the Mono"));
    assertThat(h.produced("com.acme.Pets", "deleteAll")).containsExactlyElementsIn(expected(WEBFLUX, "204 @{then(Mono.just(}"));
  }

  @Test
  void failuresOfAPipelineGoToTheFrameworkAndRecoveriesReplaceThem() {
    assertThat(h.produced("com.acme.Pets", "name"))
        .containsExactlyElementsIn(
            expected(WEBFLUX,
                // PetStore.find has no body to read: a Mono<String> whose String answers 200.
                "200 body @{return service.find(id).switchIfEmpty}",
                "404 @{switchIfEmpty} through exception org.springframework.web.server.ResponseStatusException"));
    assertThat(h.produced("com.acme.Pets", "create"))
        .containsExactlyElementsIn(expected(WEBFLUX, "201 body @{.map(saved ->}", "409 @{onErrorReturn}"));
    assertThat(h.produced("com.acme.Pets", "replace"))
        .containsExactlyElementsIn(expected(WEBFLUX, "200 body @{ResponseEntity.ok(replaced)}", "400 @{onErrorResume(e ->}"));
  }

  @Test
  void aFluxAnswers200AndAMonoOfUnknownCompletionIsUnknown() {
    assertThat(h.produced("com.acme.Pets", "all")).containsExactlyElementsIn(expected(WEBFLUX, "200 body @{Flux<String> all()}"));
    assertThat(h.produced("com.acme.Pets", "raw"))
        .containsExactlyElementsIn(expected(WEBFLUX, "200 body @{raw(@PathVariable String id)}", "UNKNOWN @{raw(@PathVariable String id)}"));
  }

  @Test
  void aUniOfResponseAnswersWhatItsGroupsMake() {
    assertThat(h.produced("com.acme.Heroes", "get"))
        .containsExactlyElementsIn(
            expected(QUARKUS, "200 body @{return Response.ok(h).build();}", "404 @{ifNull().continueWith}"));
    assertThat(h.produced("com.acme.Heroes", "create"))
        .containsExactlyElementsIn(expected(QUARKUS, "201 [Location] @{service.persist(hero).map}"));
  }

  @Test
  void aUniOfVoidAndANullItemAnswer204() {
    assertThat(h.produced("com.acme.Heroes", "delete"))
        .containsExactlyElementsIn(expected(QUARKUS, "204 @{Uni<Void> delete(} through delete()"));
    assertThat(h.produced("com.acme.Heroes", "name"))
        .containsExactlyElementsIn(
            expected(QUARKUS, "200 body @{Uni<String> name(} through find()", "204 @{Uni<String> name(} through find()"));
  }

  @Test
  void failuresOfAUniGoToTheFrameworkAndRecoveriesReplaceThem() {
    assertThat(h.produced("com.acme.Heroes", "checked"))
        .containsExactlyElementsIn(
            expected(QUARKUS,
                "200 body @{.map(h -> Response.ok(h)}",
                "409 @{recoverWithItem}",
                "404 @{failWith(NotFoundException::new)} through exception jakarta.ws.rs.NotFoundException"));
    assertThat(h.produced("com.acme.Heroes", "failing"))
        .containsExactlyElementsIn(expected(QUARKUS, "400 @{createFrom().failure} through exception jakarta.ws.rs.BadRequestException"));
  }

  @Test
  void anAsyncResponseAnswersWhatItIsResumedWithAndNot204() {
    assertThat(h.produced("com.acme.Jobs", "get"))
        .containsExactlyElementsIn(
            expected(ASYNC,
                "202 body @{Response.accepted(found)}",
                "404 @{response.resume(new NotFoundException())} through exception jakarta.ws.rs.NotFoundException"));
  }

  @Test
  void aCompletionStageAnswersWhatItCompletesWith() {
    assertThat(h.produced("com.acme.Jobs", "start"))
        .containsExactlyElementsIn(expected(ASYNC, "201 [Location] @{Response.status(201)}", "500 @{Response.serverError()}"));
    assertThat(h.produced("com.acme.Jobs", "list")).containsExactlyElementsIn(expected(ASYNC, "200 body @{completedFuture}"));
  }

  @Test
  void springsDeferredResultAndCallableAnswerWhatTheyAreCompletedWith() {
    assertThat(h.produced("com.acme.Reports", "get"))
        .containsExactlyElementsIn(expected(SPRING_ASYNC, "202 body @{result.setResult(}"));
    assertThat(h.produced("com.acme.Reports", "list"))
        .containsExactlyElementsIn(expected(SPRING_ASYNC, "200 body @{ResponseEntity.ok(\"reports\")}"));
  }
  @Test
  void aPipelineFromAnInterfaceNoClassImplementsIsTypedByItsReturnType() {
    String[] lines = {
      "package com.acme;",
      "import io.smallrye.mutiny.Uni;",
      "import jakarta.ws.rs.*;",
      "@Path(\"/fights\")",
      "public class Fights {",
      "  interface HeroClient { Uni<String> hello(); Uni<Void> ping(); }",
      "  static class Service {",
      "    HeroClient client;",
      "    Uni<String> hello() { return client.hello().invoke(h -> System.out.println(h)); }",
      "    Uni<Void> ping() { return client.ping().invoke(() -> System.out.println(\"pinged\")); }",
      "  }",
      "  Service service;",
      "  @GET @Path(\"hello\") public Uni<String> hello() { return service.hello(); }",
      "  @POST @Path(\"ping\") public Uni<Void> ping() { return service.ping(); }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Fights", lines));

    // A REST client's interface: no class of the compilation implements it; its Uni<String> emits a String.
    assertThat(h.produced("com.acme.Fights", "hello"))
        .containsExactlyElementsIn(expected(lines, "200 body @{return service.hello()} through hello()"));
    assertThat(h.produced("com.acme.Fights", "ping"))
        .containsExactlyElementsIn(expected(lines, "204 @{return service.ping()} through ping()"));
  }
}
