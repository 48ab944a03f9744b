package dev.statuscontract.processor.model;

import java.util.regex.Pattern;

/** HTTP field names, which RFC 9110 §5.1 makes tokens (§5.6.2). */
public final class FieldNames {

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

  private FieldNames() {}

  /** Whether {@code name} is a valid field name: letters, digits and {@code !#$%&'*+-.^_`|~}. */
  public static boolean isValid(String name) {
    return TOKEN.matcher(name).matches();
  }
}
