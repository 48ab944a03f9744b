package dev.statuscontract.processor.rules;

/**
 * A rule whose findings on a declaration say that it lacks a header its status needs: {@code
 * created-without-location} and the others of its kind. Its fix adds the header to the declaration.
 */
public interface RequiresHeader {

  /** The header, spelled as RFC 9110 spells it, such as {@code Location}. */
  String header();
}
