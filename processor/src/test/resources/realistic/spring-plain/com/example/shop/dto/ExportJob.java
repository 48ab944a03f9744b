package com.example.shop.dto;

public record ExportJob(String id, String state, int httpCode, String downloadUrl) {

  public boolean done() {
    return "DONE".equals(state);
  }
}
