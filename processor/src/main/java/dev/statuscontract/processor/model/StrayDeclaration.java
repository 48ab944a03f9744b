package dev.statuscontract.processor.model;

/**
 * A {@code @Returns} or {@code @Creates} on a method that is not an endpoint.
 *
 * @param annotation the annotation as written, {@code @Returns} or {@code @Creates}
 * @param javaMethod the method, as {@code UserResource.lookup(String)}
 * @param advice what to do, in the words of the framework that nearly maps the method, such as
 *     "make it an instance method"
 * @param origin where the annotation is written
 */
public record StrayDeclaration(String annotation, String javaMethod, String advice, Origin origin) {}
