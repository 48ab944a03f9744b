package com.example.items;

import dev.statuscontract.Creates;
import dev.statuscontract.Returns;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** Every endpoint declares a contract that HTTP semantics agree with. */
@RestController
@RequestMapping("/api/items")
@Returns(value = 401, headers = "WWW-Authenticate")
public class ItemController {

  @GetMapping
  @Returns(value = 200, body = List.class)
  public List<Item> list() {
    return List.of();
  }

  @GetMapping("/{id}")
  @Returns(value = 200, body = Item.class)
  @Returns(404)
  public ResponseEntity<Item> get(@PathVariable long id) {
    return id == 1 ? ResponseEntity.ok(new Item(1, "first")) : ResponseEntity.notFound().build();
  }

  @PostMapping
  @Creates
  @Returns(value = 201, headers = "Location", body = Item.class)
  @Returns(400)
  @Returns(value = 429, headers = "Retry-After")
  public ResponseEntity<Item> create(@RequestBody Item item) {
    return ResponseEntity.created(URI.create("/api/items/" + item.id())).body(item);
  }

  @PutMapping("/{id}")
  @Returns(204)
  @Returns(404)
  public ResponseEntity<Void> replace(@PathVariable long id, @RequestBody Item item) {
    return ResponseEntity.noContent().build();
  }

  @PatchMapping("/{id}")
  @Returns(value = 200, body = Item.class)
  @Returns(409)
  public Item rename(@PathVariable long id, @RequestBody String name) {
    return new Item(id, name);
  }

  @DeleteMapping("/{id}")
  @Returns(204)
  @Returns(value = 202, headers = "Location")
  public ResponseEntity<Void> delete(@PathVariable long id) {
    if (id > 1000) {
      return ResponseEntity.accepted().location(URI.create("/api/deletions/" + id)).build();
    }
    return ResponseEntity.noContent().build();
  }

  @RequestMapping(path = "/export", method = RequestMethod.POST)
  @Returns(value = 303, headers = "Location")
  public ResponseEntity<Void> export() {
    return ResponseEntity.status(303).location(URI.create("/api/exports/1")).build();
  }

  /** Not an endpoint, and without a contract: nothing to check. */
  public String helper() {
    return "";
  }
}
