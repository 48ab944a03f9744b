package com.acme.legacy.model;

/** What a search returns: not status-contract's annotation. */
public record Returns(int count) {}
