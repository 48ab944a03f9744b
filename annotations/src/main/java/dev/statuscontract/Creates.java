package dev.statuscontract;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a POST or PUT endpoint that creates a resource.
 *
 * <p>A creating endpoint must declare {@code @Returns(value = 201, headers = "Location")}: the
 * status tells the client that something new exists, and the {@code Location} header tells it
 * where (RFC 9110 §9.3.3, §15.3.2). A PUT may leave out {@code Location}, since what it creates is
 * the resource at its own URI.
 */
@Target(METHOD)
@Retention(RUNTIME)
@Documented
public @interface Creates {}
