package dev.statuscontract.processor.frameworks;

import java.util.List;
import javax.lang.model.element.TypeElement;

/** The exception handlers of one framework family found among the classes of a compilation. */
public interface ExceptionHandlers {

  /**
   * The handlers that may turn {@code exception}, thrown by a method of {@code controller}, into a
   * response, each with its precedence and distance; the analysis takes the best of all families
   * that apply, as the framework would.
   */
  List<Handler> candidates(TypeElement exception, TypeElement controller);
}
