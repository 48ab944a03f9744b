package com.example.orders;

public class Order {
  public long id;
  public String item;
}
