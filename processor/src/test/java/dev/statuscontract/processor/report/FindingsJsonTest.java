package dev.statuscontract.processor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** findings.json: its exact form, and the same text whatever order the findings come in. */
class FindingsJsonTest {

  @Test
  void writesEachFindingInOrderOfFileAndLine() {
    String json = FindingsJson.render(List.of(SampleFindings.RETRY_AFTER, SampleFindings.NO_FILE, SampleFindings.CREATED));

    String expected =
        """
        {
          "version": 1,
          "findings": [
            {
              "fingerprint": "%s",
              "rule": "missing-contract",
              "level": "warning",
              "endpoints": [
                "GET /health"
              ],
              "class": "com.acme.Health",
              "message": "GET /health has no contract"
            },
            {
              "fingerprint": "%s",
              "rule": "retry-after-recommended",
              "level": "warning",
              "endpoints": [
                "GET /search"
              ],
              "status": 429,
              "class": "com.acme.search.SearchResource",
              "method": "search",
              "file": "com/acme/search/SearchResource.java",
              "line": 21,
              "message": "GET /search declares 429 Too Many Requests without a Retry-After header; add headers = \\"Retry-After\\" (RFC 6585 §4)"
            },
            {
              "fingerprint": "%s",
              "rule": "created-without-location",
              "level": "error",
              "endpoints": [
                "POST /users"
              ],
              "status": 201,
              "class": "com.acme.users.UserResource",
              "method": "create",
              "file": "com/acme/users/UserResource.java",
              "line": 17,
              "message": "POST /users declares 201 Created without a Location header; add headers = \\"Location\\" (RFC 9110 §15.3.2)"
            }
          ]
        }
        """
            .formatted(
                Fingerprint.of(SampleFindings.NO_FILE),
                Fingerprint.of(SampleFindings.RETRY_AFTER),
                Fingerprint.of(SampleFindings.CREATED));
    assertEquals(expected, json);
  }

  @Test
  void isByteIdenticalWhateverTheOrderOfTheFindings() {
    String first = FindingsJson.render(SampleFindings.ALL);

    for (long seed = 1; seed <= 20; seed++) {
      assertEquals(first, FindingsJson.render(SampleFindings.shuffled(seed)), "seed " + seed);
    }
  }

  @Test
  void holdsNoPathOfTheMachine() {
    String json = FindingsJson.render(SampleFindings.ALL);

    assertFalse(json.contains("file:"), json);
    assertFalse(json.contains("/home/dev/shop"), json);
  }

  @Test
  void writesAnEmptyListForNoFindings() {
    assertEquals("{\n  \"version\": 1,\n  \"findings\": [ ]\n}\n", FindingsJson.render(List.of()));
  }
}
