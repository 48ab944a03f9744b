package com.example.shop.service;

import com.example.shop.dto.CustomerDto;
import com.example.shop.dto.CustomerRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

public class CustomerService {

  private final Map<Long, CustomerDto> customers = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  public List<CustomerDto> findAll(int page, int size) {
    return customers.values().stream().skip((long) page * size).limit(size).toList();
  }

  public Optional<CustomerDto> find(long id) {
    return Optional.ofNullable(customers.get(id));
  }

  public CustomerDto register(CustomerRequest request) {
    if (customers.values().stream().anyMatch(c -> c.email().equalsIgnoreCase(request.email()))) {
      throw new DuplicateEmailException(request.email());
    }
    long id = ids.incrementAndGet();
    CustomerDto customer = new CustomerDto(id, request.name(), request.email());
    customers.put(id, customer);
    return customer;
  }

  public CustomerDto update(long id, CustomerRequest request) throws CustomerNotFoundException {
    if (!customers.containsKey(id)) {
      throw new CustomerNotFoundException(id);
    }
    CustomerDto customer = new CustomerDto(id, request.name(), request.email());
    customers.put(id, customer);
    return customer;
  }

  public CustomerDto changeEmail(long id, String email) {
    CustomerDto old = find(id).orElseThrow(() -> new CustomerNotFoundException(id));
    CustomerDto customer = new CustomerDto(id, old.name(), email);
    customers.put(id, customer);
    return customer;
  }

  public void delete(long id) {
    if (customers.remove(id) == null) {
      throw new CustomerNotFoundException(id);
    }
  }
}
