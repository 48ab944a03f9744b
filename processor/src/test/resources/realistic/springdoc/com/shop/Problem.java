package com.shop;

public record Problem(String type, String title, int status, String detail) {}
