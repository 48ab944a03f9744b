package dev.statuscontract.sample.bookstore.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.core.SpringVersion;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The module's class path is the one its pom means: Spring Boot at spring-boot.version, JUnit
 * Jupiter at junit.version (the junit-bom import comes before Boot's), and every Spring and Jackson
 * jar at one version, although the parent pom pins spring-web and jackson-databind on its own.
 */
class ClassPathTest {

  @Test
  void bootAndJupiterAreTheVersionsThePomAsksFor() {
    assertEquals(System.getProperty("expected.spring-boot.version"), SpringBootVersion.getVersion());
    assertEquals(System.getProperty("expected.junit.version"), Test.class.getPackage().getImplementationVersion());
  }

  @Test
  void springJarsAreOneVersion() {
    String core = SpringVersion.getVersion();
    assertEquals(core, RestController.class.getPackage().getImplementationVersion(), "spring-web");
    assertEquals(core, DispatcherServlet.class.getPackage().getImplementationVersion(), "spring-webmvc");
  }

  @Test
  void jacksonJarsAreOneVersion() {
    String databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
    assertEquals(databind, com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString(), "jackson-core");
    assertEquals(databind, com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString(), "jackson-datatype-jsr310");
  }
}
