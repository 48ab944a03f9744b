package dev.statuscontract.processor.diagnostics;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @SuppressWarnings("statuscontract:<rule-id>")} silences one rule on the element it is on
 * and everything inside it; {@code @SuppressWarnings("statuscontract")} silences every rule.
 */
public final class Suppressions {

  static final String PREFIX = "statuscontract";

  private Suppressions() {}

  /** Whether {@code element} or an element enclosing it suppresses {@code ruleId}. */
  public static boolean suppressed(Element element, String ruleId) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      for (AnnotationMirror annotation : e.getAnnotationMirrors()) {
        TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
        if (type.getQualifiedName().contentEquals("java.lang.SuppressWarnings")
            && suppresses(annotation, ruleId)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean suppresses(AnnotationMirror suppressWarnings, String ruleId) {
    for (AnnotationValue value : suppressWarnings.getElementValues().values()) {
      Object v = value.getValue();
      List<?> names = v instanceof List<?> list ? list : List.of(value);
      for (Object name : names) {
        String s = String.valueOf(((AnnotationValue) name).getValue()).trim();
        if (s.equals(PREFIX) || s.equals(PREFIX + ":" + ruleId)) {
          return true;
        }
      }
    }
    return false;
  }
}
