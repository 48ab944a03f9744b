package dev.statuscontract.sample.bookstore.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The documentation the processor wrote into the class output, read back from the class path. */
class GeneratedDocsTest {

  private static final String DOCS = "META-INF/status-contract/";
  /** A section heading of index.html: {@code <h3 id="..."><span class="method">GET</span> <code>/books</code></h3>}. */
  private static final Pattern HEADING =
      Pattern.compile("<h3 id=\"[^\"]*\"><span class=\"method\">([^<]+)</span> <code>([^<]+)</code></h3>");

  @Test
  void indexHtmlHasASectionForEveryEndpointOfContractJson() throws IOException {
    JsonNode contract = new ObjectMapper().readTree(read("contract.json"));
    List<String> endpoints = new ArrayList<>();
    contract.path("endpoints").forEach(e -> endpoints.add(e.path("method").asText() + " " + e.path("path").asText()));
    assertEquals(9, endpoints.size(), endpoints.toString());

    String html = read("index.html");
    List<String> sections = new ArrayList<>();
    Matcher heading = HEADING.matcher(html);
    while (heading.find()) {
      sections.add(unescape(heading.group(1)) + " " + unescape(heading.group(2)));
    }
    // Each endpoint once, and nothing else.
    assertEquals(new TreeSet<>(endpoints), new TreeSet<>(sections));
    assertEquals(endpoints.size(), sections.size(), sections.toString());
  }

  @Test
  void contractJsonCarriesTheSharedErrorsWithTheirOrigin() throws IOException {
    JsonNode contract = new ObjectMapper().readTree(read("contract.json"));
    for (JsonNode endpoint : contract.path("endpoints")) {
      String where = endpoint.path("method").asText() + " " + endpoint.path("path").asText();
      boolean protectedEndpoint = where.startsWith("POST") || where.startsWith("PUT") || where.startsWith("DELETE") || where.contains("/exports");
      int found = 0;
      for (JsonNode response : endpoint.path("responses")) {
        int code = response.path("code").asInt();
        if (code == 503) {
          assertEquals("class", response.path("declaredOn").asText(), where);
          found++;
        } else if (code == 401) {
          assertEquals("composed", response.path("declaredOn").asText(), where);
          assertEquals("@BearerAuth", response.path("declaredBy").asText(), where);
          found++;
        }
      }
      assertEquals(protectedEndpoint ? 2 : 1, found, where);
    }
  }

  private static String read(String name) throws IOException {
    try (InputStream in = GeneratedDocsTest.class.getClassLoader().getResourceAsStream(DOCS + name)) {
      assertNotNull(in, DOCS + name + " is not on the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }
}
