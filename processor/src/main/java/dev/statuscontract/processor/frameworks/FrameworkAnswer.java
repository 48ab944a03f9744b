package dev.statuscontract.processor.frameworks;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A status that the framework answers by itself for an endpoint, before or around its code: a 400
 * for a body that fails bean validation, a 401 or 403 from a security annotation.
 *
 * @param code the status
 * @param because why, for messages and documents: {@code bean validation of the @Valid body}
 * @param element the element that carries the annotation that causes it
 * @param annotation that annotation
 * @param exception the exception the framework throws for it, where the application's exception
 *     handlers may answer it instead ({@code MethodArgumentNotValidException}); empty where the
 *     framework answers it before any handler of the application runs
 */
public record FrameworkAnswer(
    int code, String because, Element element, Optional<AnnotationMirror> annotation, Optional<String> exception) {}
