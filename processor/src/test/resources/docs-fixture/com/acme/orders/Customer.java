package com.acme.orders;

import java.util.Set;

/** Who placed an order. */
public class Customer {
  private String name;
  private Set<String> emails;
  private boolean vip;

  public String getName() {
    return name;
  }

  public Set<String> getEmails() {
    return emails;
  }

  public boolean isVip() {
    return vip;
  }
}
