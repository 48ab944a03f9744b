package dev.statuscontract.processor.diagnostics;

import dev.statuscontract.processor.model.BodySpot;
import dev.statuscontract.processor.model.Origin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * Prints messages where the user should look: on the annotation that causes them.
 *
 * <p>javac places a {@link Messager} message on a lone annotation's mirror at that annotation, but a
 * repeated annotation is read through the container that javac synthesizes, and a message on one of
 * its mirrors would land on the element's name instead. With javac's {@code Trees} the reporter
 * finds the annotation's own tree ({@link ExactPositions}).
 *
 * <p>Where there is no {@code Trees} (the Eclipse compiler; a wrapped {@link ProcessingEnvironment},
 * as some build tools hand over; a runtime without the {@code jdk.compiler} module) the reporter
 * falls back to the {@link Messager} alone: a message goes on the annotation's mirror (for a
 * repeated annotation, the mirror inside its container, which the Eclipse compiler places exactly
 * and javac on the element), and a finding read from a composed annotation goes where that
 * annotation is used. The first finding placed so is preceded by one note that says so, once per
 * compilation.
 */
public final class Reporter {

  private final Messager messager;
  private final Optional<ExactPositions> exact;
  /** Why there are no exact positions, for the note; empty when there are. */
  private final String unavailable;
  private boolean noted;
  /** Finds where a place inside a method body is printed; set when the body analysis runs. */
  private Function<BodySpot, Optional<Location>> spots = spot -> Optional.empty();
  /** Places found before they are needed, by {@link #remember}. */
  private final Map<Origin, Location> remembered = new HashMap<>();

  private Reporter(Messager messager, Optional<ExactPositions> exact, String unavailable) {
    this.messager = messager;
    this.exact = exact;
    this.unavailable = unavailable;
  }

  public static Reporter create(ProcessingEnvironment env) {
    return create(env, env);
  }

  /**
   * A reporter that prints through {@code env}'s messager, at the places that {@code javac}'s trees
   * find: javac's own environment, which a build tool's wrapper ({@code env}) may hold.
   */
  public static Reporter create(ProcessingEnvironment env, ProcessingEnvironment javac) {
    try {
      return new Reporter(env.getMessager(), Optional.of(ExactPositions.of(javac)), "");
    } catch (IllegalArgumentException notJavac) {
      return new Reporter(
          env.getMessager(),
          Optional.empty(),
          env.getClass().getName() + " offers no com.sun.source.util.Trees");
    } catch (LinkageError noTreeApi) {
      return new Reporter(
          env.getMessager(), Optional.empty(), "com.sun.source.util.Trees is not available: " + noTreeApi);
    }
  }

  /** A place in the source that a message can be printed at. */
  public interface Location {
    /** Identifies the place, so that the same finding is never printed twice. */
    Object key();

    void print(Diagnostic.Kind kind, String message);

    /** The source file, where known, so that findings can be printed in source order. */
    default String file() {
      return "";
    }

    /** The position in {@link #file()}, or -1 where it is not known. */
    default long position() {
      return -1;
    }

    /** The 1-based line in {@link #file()} where the message is printed, or -1 where it is not known. */
    default long line() {
      return -1;
    }

    /**
     * The 1-based column of that place, counted in UTF-16 code units with a tab as one, or -1
     * where it is not known.
     */
    default long column() {
      return -1;
    }

    /** The package that {@link #file()} declares, {@code ""} for the default package or where not known. */
    default String packageName() {
      return "";
    }

    /**
     * The offsets in {@link #text()} where the tree the message is about starts (its first
     * annotation or modifier, for a declaration) and ends; empty where they are not known.
     */
    default Optional<long[]> span() {
      return Optional.empty();
    }

    /** The text of {@link #file()} as javac read it; empty where it cannot be had. */
    default Optional<CharSequence> text() {
      return Optional.empty();
    }
  }

  /**
   * How to print at a place inside a method body, an {@link Origin#spot()}: the body analysis
   * knows its trees. Without it, such a message goes on the method.
   */
  public void locateSpotsWith(Function<BodySpot, Optional<Location>> spots) {
    this.spots = spots;
  }

  /**
   * Finds {@code origin}'s place now, for a message printed after javac has analysed and lowered
   * the class, when its trees can no longer be found from its elements. Only during the rounds,
   * before javac lowers any class.
   */
  public void remember(Origin origin) {
    remembered.computeIfAbsent(origin, o -> find(o, true));
  }

  /** Where a message about {@code origin} is printed. */
  public Location locate(Origin origin) {
    Location known = remembered.get(origin);
    return known != null ? known : find(origin, false);
  }

  /**
   * Where a message about {@code origin} goes.
   *
   * @param inRound whether it is asked during the rounds, before javac lowers any class
   */
  private Location find(Origin origin, boolean inRound) {
    if (origin.spot().isPresent()) {
      Optional<Location> spot = spots.apply(origin.spot().get());
      if (spot.isPresent()) {
        return spot.get();
      }
    }
    if (exact.isPresent()) {
      Optional<Location> location = inRound ? exact.get().locateInRound(origin) : exact.get().locate(origin);
      if (location.isPresent()) {
        return location.get();
      }
      if (origin.fallback().isPresent()) {
        return find(origin.fallback().get(), inRound);
      }
      return elementLocation(origin);
    }
    noteOnce();
    // Without trees there is no telling whether origin's element has source in this compilation
    // (a composed annotation may come from a jar, and a message on it would have no place at all);
    // its fallback, the use of that annotation, is where the user can look.
    Origin target = origin;
    while (target.fallback().isPresent()) {
      target = target.fallback().get();
    }
    return elementLocation(target);
  }

  /** A message without a place, such as a problem with the options. */
  public void print(Diagnostic.Kind kind, String message) {
    messager.printMessage(kind, message);
  }

  /** A message on an element, for failures that have no better place. */
  public void print(Diagnostic.Kind kind, String message, Element element) {
    messager.printMessage(kind, message, element);
  }

  private void noteOnce() {
    if (!noted) {
      noted = true;
      messager.printMessage(
          Diagnostic.Kind.NOTE,
          "[status-contract] exact positions are unavailable under this compiler ("
              + unavailable
              + "); findings point at the annotation or the annotated element");
    }
  }

  private Location elementLocation(Origin origin) {
    Optional<AnnotationMirror> annotation =
        origin.repeatIndex() < 0
            ? origin.annotation()
            : origin.annotation().flatMap(container -> contained(container, origin.repeatIndex()));
    return new Location() {
      @Override
      public Object key() {
        return List.of(origin.element(), origin.annotation(), origin.repeatIndex());
      }

      @Override
      public void print(Diagnostic.Kind kind, String message) {
        if (annotation.isPresent()) {
          messager.printMessage(kind, message, origin.element(), annotation.get());
        } else {
          messager.printMessage(kind, message, origin.element());
        }
      }
    };
  }

  /** The {@code index}th annotation in a container's {@code value()}. */
  private static Optional<AnnotationMirror> contained(AnnotationMirror container, int index) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        container.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")
          && entry.getValue().getValue() instanceof List<?> values
          && index < values.size()
          && values.get(index) instanceof AnnotationValue value
          && value.getValue() instanceof AnnotationMirror annotation) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }
}
