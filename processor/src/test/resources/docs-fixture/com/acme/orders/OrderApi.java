package com.acme.orders;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;

/** The orders API, as the clients are generated from it. */
public interface OrderApi {

  /**
   * Archives an order: it leaves the list of open orders and moves to the archive.
   *
   * @param id the order to archive
   */
  @PutMapping("/{id}/archive")
  ResponseEntity<Void> archive(@PathVariable("id") String id);
}
