package com.example.reports;

import dev.statuscontract.Returns;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/reports")
public class ReportController {

  @PutMapping("/{id}")
  @Returns(204)
  // Refuses PUT on its own, but does not say which methods the resource still supports.
  @Returns(value = 405, description = "Archived reports are read-only")
  public ResponseEntity<Void> replace(@PathVariable String id, @RequestBody String report) {
    return ResponseEntity.noContent().build();
  }
}
