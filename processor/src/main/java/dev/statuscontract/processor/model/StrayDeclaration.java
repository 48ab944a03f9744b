package dev.statuscontract.processor.model;

/**
 * A {@code @Returns} or {@code @Creates} on a method that is not an endpoint.
 *
 * @param annotation the annotation as written, {@code @Returns} or {@code @Creates}
 * @param javaMethod the method, as {@code UserResource.helper()}
 * @param origin where the annotation is written
 */
public record StrayDeclaration(String annotation, String javaMethod, Origin origin) {}
