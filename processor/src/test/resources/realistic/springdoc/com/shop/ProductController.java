package com.shop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A product catalogue documented the springdoc way. */
@RestController
@RequestMapping("/api/products")
@Tag(name = "products")
@ApiResponse(responseCode = "500", description = "Unexpected error",
    content = @Content(schema = @Schema(implementation = Problem.class)))
public class ProductController {

  private final Map<String, Product> products = new ConcurrentHashMap<>();

  @GetMapping
  @Operation(summary = "List products")
  @ApiResponses({
      @ApiResponse(responseCode = "200", description = "A page of products",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = Product.class)))),
      @ApiResponse(responseCode = "400", description = "Bad paging parameters",
          content = @Content(schema = @Schema(implementation = Problem.class)))})
  public List<Product> list(@RequestParam(defaultValue = "0") int page) {
    return List.copyOf(products.values());
  }

  @GetMapping("/{sku}")
  @Operation(summary = "Find a product")
  @ApiResponse(responseCode = "200", description = "The product",
      content = @Content(schema = @Schema(implementation = Product.class)))
  @ApiResponse(responseCode = "404", description = "No such product",
      content = @Content(schema = @Schema(implementation = Problem.class)))
  public ResponseEntity<Product> find(@Parameter(description = "The SKU") @PathVariable String sku) {
    return ResponseEntity.of(Optional.ofNullable(products.get(sku)));
  }

  @PostMapping
  @Operation(summary = "Add a product", responses = {
      @ApiResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location"),
          content = @Content(schema = @Schema(implementation = Product.class))),
      @ApiResponse(responseCode = "409", description = "The SKU is taken")})
  public ResponseEntity<Product> add(@RequestBody Product product) {
    if (products.putIfAbsent(product.sku(), product) != null) {
      return ResponseEntity.status(HttpStatus.CONFLICT).build();
    }
    return ResponseEntity.created(URI.create("/api/products/" + product.sku())).body(product);
  }

  @PutMapping("/{sku}")
  @Operation(summary = "Replace a product")
  @ApiResponse(responseCode = "200", description = "Replaced")
  @ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location"))
  public ResponseEntity<Product> replace(@PathVariable String sku, @RequestBody Product product) {
    boolean created = products.put(sku, product) == null;
    return created
        ? ResponseEntity.created(URI.create("/api/products/" + sku)).body(product)
        : ResponseEntity.ok(product);
  }

  @DeleteMapping("/{sku}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a product")
  @ApiResponse(responseCode = "204", description = "Removed")
  @ApiResponse(responseCode = "404", description = "No such product")
  public void remove(@PathVariable String sku) {
    if (products.remove(sku) == null) {
      throw new ProductNotFoundException(sku);
    }
  }

  /** A creating POST documented with 200, as often happens: the finding is deserved. */
  @PostMapping("/{sku}/reviews")
  @Operation(summary = "Review a product")
  @ApiResponse(responseCode = "200", description = "The review was recorded")
  public ResponseEntity<Void> review(@PathVariable String sku, @RequestBody String text) {
    return ResponseEntity.ok().build();
  }
}
