package dev.statuscontract.sample.bookstore;

import dev.statuscontract.Returns;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The errors every endpoint of the bookstore can answer with. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Returns(value = 401, description = "No valid token", headers = "WWW-Authenticate")
@Returns(value = 500, description = "Something went wrong on our side")
public @interface StandardErrors {}
