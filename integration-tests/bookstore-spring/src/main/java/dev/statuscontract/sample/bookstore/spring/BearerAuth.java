package dev.statuscontract.sample.bookstore.spring;

import dev.statuscontract.Returns;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint needs {@code Authorization: Bearer <token>}: without a valid token it answers 401
 * with a {@code Bearer} challenge (RFC 6750 §3). A composed status-contract annotation: wherever it
 * is used, the endpoint declares the 401.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Returns(value = 401, description = "No valid bearer token in Authorization", headers = "WWW-Authenticate")
public @interface BearerAuth {}
