package com.example.profiles;

import dev.statuscontract.Returns;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/profiles")
public class ProfileController {

  @PutMapping("/{id}")
  // A 204 response never has content: the client can never receive this Profile.
  @Returns(value = 204, description = "The profile was updated", body = Profile.class)
  @Returns(404)
  public ResponseEntity<Profile> update(@PathVariable String id, @RequestBody Profile profile) {
    return ResponseEntity.noContent().build();
  }

  public record Profile(String displayName) {}
}
