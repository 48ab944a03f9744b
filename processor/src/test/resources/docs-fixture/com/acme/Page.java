package com.acme;

import java.util.List;

/** One page of results. */
public record Page<T>(List<T> items, String next) {}
