package dev.statuscontract.sample.bookstore;

import dev.statuscontract.Returns;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that needs {@code Authorization: Bearer <token>}: a composed contract
 * annotation, so every endpoint that carries it declares the 401 it answers without a valid token.
 * The endpoint checks the token itself, with {@link Tokens}.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Returns(
    value = 401,
    description = "The request carries no valid bearer token",
    headers = "WWW-Authenticate",
    body = Problem.class)
public @interface TokenRequired {}
