package com.acme.pets;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openapitools.api.PetsApi;
import org.openapitools.model.Pet;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The pets, kept in memory. */
@RestController
public class PetsController implements PetsApi {

  private final Map<String, Pet> pets = new ConcurrentHashMap<>();

  @Override
  public ResponseEntity<Void> createPets(Pet pet) {
    pets.put(String.valueOf(pet.getId()), pet);
    return ResponseEntity.created(URI.create("/pets/" + pet.getId())).build();
  }

  @Override
  public ResponseEntity<Void> deletePet(String petId) {
    pets.remove(petId);
    return ResponseEntity.noContent().build();
  }

  @Override
  public ResponseEntity<List<Pet>> listPets(Integer limit) {
    return ResponseEntity.ok(List.copyOf(pets.values()));
  }

  @Override
  public ResponseEntity<Pet> showPetById(String petId) {
    Pet pet = pets.get(petId);
    if (pet == null) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok(pet);
  }
}
