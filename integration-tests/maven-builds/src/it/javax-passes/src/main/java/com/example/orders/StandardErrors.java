package com.example.orders;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.statuscontract.Returns;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A composed annotation: the errors every endpoint of the service can return. */
@Retention(RUNTIME)
@Target({METHOD, TYPE})
@Returns(value = 401, description = "No or bad credentials", headers = "WWW-Authenticate")
@Returns(value = 503, description = "Under maintenance", headers = "Retry-After")
public @interface StandardErrors {}
