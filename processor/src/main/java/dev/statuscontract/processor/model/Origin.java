package dev.statuscontract.processor.model;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Where a fact of the model was written, kept only so that a diagnostic can point at the line to
 * change. Nothing but the diagnostics reads it.
 *
 * @param element the element that carries the annotation, or the element itself
 * @param annotation the annotation mirror as found on {@code element}; for a repeated annotation
 *     this is the container that the compiler synthesized; empty to point at the element
 * @param repeatIndex the position of the annotation inside {@code annotation}'s container, or -1
 *     when {@code annotation} is the annotation itself
 * @param fallback where to point instead when {@code element} has no source in this compilation
 *     (a composed annotation read from a jar, say); empty when there is nowhere better
 * @param spot a place inside the body of {@code element}, a method, where the body analysis found
 *     what the message is about (a {@code return}, a {@code throw}, a call); empty for a
 *     declaration
 */
public record Origin(
    Element element,
    Optional<AnnotationMirror> annotation,
    int repeatIndex,
    Optional<Origin> fallback,
    Optional<BodySpot> spot) {

  /** No place: what a model kept only for the documents carries, so that it holds nothing of javac's. */
  public static final Origin NOWHERE = new Origin(null, Optional.empty(), -1, Optional.empty());

  /** A place that is an element or an annotation on it. */
  public Origin(Element element, Optional<AnnotationMirror> annotation, int repeatIndex, Optional<Origin> fallback) {
    this(element, annotation, repeatIndex, fallback, Optional.empty());
  }

  /** A place in the body of {@code method}: {@code spot}, which the reporter knows how to print at. */
  public static Origin inBody(Element method, BodySpot spot) {
    return new Origin(method, Optional.empty(), -1, Optional.empty(), Optional.of(spot));
  }

  /** The element itself. */
  public static Origin of(Element element) {
    return new Origin(element, Optional.empty(), -1, Optional.empty());
  }

  /** An annotation written directly on {@code element}. */
  public static Origin of(Element element, AnnotationMirror annotation) {
    return new Origin(element, Optional.of(annotation), -1, Optional.empty());
  }

  /** The {@code index}th annotation inside a repeated-annotation {@code container}. */
  public static Origin repeated(Element element, AnnotationMirror container, int index) {
    return new Origin(element, Optional.of(container), index, Optional.empty());
  }

  /** This origin, pointing at {@code fallback} when it has no source of its own. */
  public Origin orElse(Origin fallback) {
    return new Origin(element, annotation, repeatIndex, Optional.of(fallback));
  }
}
