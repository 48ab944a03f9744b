package dev.statuscontract.processor.analysis;

import dev.statuscontract.processor.lang.ByName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * What must hold of an exception handler's exception for a path of its body to run: the tests on
 * the exception's type written around it ({@code if (e instanceof NotFoundException)}, a {@code
 * switch} case, {@code e.getClass() == X.class}), all of which hold. A handler that branches on
 * the exception's type answers, for each exception, only the branches that exception reaches.
 *
 * @param tests the tests, each of which must hold
 */
record Guard(List<Test> tests) {

  /** No test: every path. */
  static final Guard NONE = new Guard(List.of());

  /**
   * One test of the exception.
   *
   * @param type the class tested
   * @param exactClass whether it tests the exception's exact class ({@code getClass() == X.class})
   *     rather than {@code instanceof}
   * @param holds whether the path needs the test to hold, or to fail
   */
  record Test(TypeElement type, boolean exactClass, boolean holds) {
    Test negated() {
      return new Test(type, exactClass, !holds);
    }
  }

  Guard {
    tests = List.copyOf(tests);
  }

  Guard and(List<Test> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Test> all = new ArrayList<>(tests);
    all.addAll(more);
    return new Guard(all);
  }

  /**
   * Whether a path under this guard may run for an exception of class {@code thrown}: exactly of
   * that class when {@code exact} ({@code throw new X()}), else of that class or a subclass.
   */
  boolean admits(TypeElement thrown, boolean exact) {
    for (Test test : tests) {
      Answer answer = test.exactClass() ? sameClass(thrown, exact, test.type()) : instanceOf(thrown, exact, test.type());
      if (answer == Answer.NEVER && test.holds() || answer == Answer.ALWAYS && !test.holds()) {
        return false;
      }
    }
    return true;
  }

  private enum Answer {
    ALWAYS,
    MAYBE,
    NEVER
  }

  private static Answer instanceOf(TypeElement thrown, boolean exact, TypeElement tested) {
    String name = ByName.name(tested);
    if (ByName.isA(thrown, java.util.Set.of(name))) {
      return Answer.ALWAYS;
    }
    if (exact || thrown.getModifiers().contains(Modifier.FINAL)) {
      return Answer.NEVER;
    }
    // A subclass of the thrown class may pass the test: one that extends the tested class, or
    // implements the tested interface.
    if (tested.getKind() == ElementKind.INTERFACE || ByName.isA(tested, java.util.Set.of(ByName.name(thrown)))) {
      return Answer.MAYBE;
    }
    return Answer.NEVER;
  }

  private static Answer sameClass(TypeElement thrown, boolean exact, TypeElement tested) {
    boolean same = ByName.name(thrown).equals(ByName.name(tested));
    if (exact) {
      return same ? Answer.ALWAYS : Answer.NEVER;
    }
    if (same || ByName.isA(tested, java.util.Set.of(ByName.name(thrown)))) {
      return Answer.MAYBE;
    }
    return Answer.NEVER;
  }
}
