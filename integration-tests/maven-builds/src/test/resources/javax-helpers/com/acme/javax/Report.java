package com.acme.javax;

public class Report {
  public String title;
}
