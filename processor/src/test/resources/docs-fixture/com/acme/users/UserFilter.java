package com.acme.users;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;

/** Which users a listing shows: the query parameters and headers that {@code @BeanParam} reads. */
public class UserFilter {

  /** Only users with this role, such as {@code admin}. */
  @QueryParam("role")
  String role;

  private final String language;

  /** @param language the language of the users' display names */
  public UserFilter(@HeaderParam("Accept-Language") String language) {
    this.language = language;
  }

  /** Whether to list only active users. */
  @QueryParam("active")
  @DefaultValue("true")
  public void setActive(boolean active) {}

  String language() {
    return language;
  }
}
