package com.acme;

import dev.statuscontract.Returns;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The errors every endpoint can answer with. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Returns(value = 401, description = "No valid token", headers = "WWW-Authenticate")
@Returns(value = 500, description = "Something broke on our side")
public @interface StandardErrors {}
