package dev.statuscontract.processor.docs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.HttpMethod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The documentation of a large API costs time in proportion to its size, checked by counting work
 * rather than by a clock: the files grow with the packages, not the classes; the renderers ask for
 * the whole catalog a fixed number of times, whatever its size; and handing out unique anchors and
 * operation ids costs one look-up per name, even when every name is the same.
 */
class LinearityTest {

  private static final Pattern ANCHOR = Pattern.compile("<a id=\"([^\"]+)\"></a>");
  private static final Pattern INDEX_LINK = Pattern.compile("\\]\\(([^)#]+\\.md)#([^)]+)\\)");

  @Test
  void twentyThousandEndpointsInFiftyPackagesMakeFiftyFourFiles() {
    Catalog catalog = Catalog.of(SyntheticCatalog.endpoints(50, 40, 10));
    assertThat(catalog.endpoints()).hasSize(20_000);
    assertThat(catalog.classes()).hasSize(2_000);

    Map<String, String> files = DocsFiles.render(catalog, EnumSet.allOf(DocsFormat.class));

    // index.md, index.html, contract.json, openapi.json and a page per package.
    assertThat(files).hasSize(54);
    for (int p = 0; p < 50; p++) {
      assertThat(files).containsKey("com.example.p" + p + ".md");
    }
    // Every link of index.md lands on an anchor of the page it names: 20,000 endpoints, 2,000 classes.
    Map<String, Set<String>> anchors = new HashMap<>();
    files.forEach(
        (name, text) -> {
          Set<String> ids = new HashSet<>();
          for (Matcher m = ANCHOR.matcher(text); m.find(); ) {
            ids.add(m.group(1));
          }
          anchors.put(name, ids);
        });
    int links = 0;
    for (Matcher link = INDEX_LINK.matcher(files.get("index.md")); link.find(); links++) {
      assertWithMessage("link %s#%s", link.group(1), link.group(2))
          .that(anchors.getOrDefault(link.group(1), Set.of()))
          .contains(link.group(2));
    }
    assertThat(links).isEqualTo(22_000);
    assertThat(anchors.get("com.example.p7.md")).hasSize(40 + 400);
  }

  @Test
  void renderingReadsTheWholeCatalogAsOftenForFortyThousandEndpointsAsForTwenty() {
    Catalog small = Catalog.of(SyntheticCatalog.endpoints(50, 40, 10));
    Catalog large = Catalog.of(SyntheticCatalog.endpoints(50, 80, 10));
    long smallBefore = small.passes();
    long largeBefore = large.passes();

    Map<String, String> smallFiles = DocsFiles.render(small, EnumSet.allOf(DocsFormat.class));
    Map<String, String> largeFiles = DocsFiles.render(large, EnumSet.allOf(DocsFormat.class));

    long smallPasses = small.passes() - smallBefore;
    long largePasses = large.passes() - largeBefore;
    // Each pass is linear in the catalog, so a fixed number of them is too; a renderer that went
    // over every class once per class (as the class pages once did) would make thousands.
    assertThat(smallPasses).isAtMost(10);
    assertThat(largePasses).isEqualTo(smallPasses);
    // Twice the classes, the same packages: the same number of files.
    assertThat(largeFiles.keySet()).isEqualTo(smallFiles.keySet());
    // One anchor tried per endpoint and per class: none is ever tried twice.
    assertThat(small.anchorProbes()).isEqualTo(20_000 + 2_000);
    assertThat(large.anchorProbes()).isEqualTo(40_000 + 4_000);
  }

  @Test
  void twentyThousandEndpointsOfTheSameNameGetUniqueAnchorsAndOperationIdsInLinearWork() {
    // One class, one path, one method: Spring tells such endpoints apart by params or headers.
    List<Endpoint> endpoints = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      endpoints.add(SyntheticCatalog.endpoint("com.example.Search", HttpMethod.GET, "/search", "find"));
    }
    Catalog catalog = Catalog.of(endpoints);

    Set<String> anchors = new HashSet<>();
    for (Endpoint endpoint : catalog.endpoints()) {
      anchors.add(catalog.anchor(endpoint));
    }
    assertThat(anchors).hasSize(20_000);
    assertThat(anchors).containsAtLeast("search-get-search", "search-get-search-2", "search-get-search-20000");
    // Trying -2, -3, ... from the start each time would be 200 million tries.
    assertThat(catalog.anchorProbes()).isAtMost(2L * 20_001);

    UniqueNames operationIds = new UniqueNames("_");
    String openapi = OpenApiDocs.render(catalog, operationIds);
    // The first endpoint of GET /search is the one OpenAPI keeps; the others share its path and method.
    assertThat(openapi).contains("\"operationId\": \"Search.find\"");
    assertThat(operationIds.probes()).isEqualTo(1);

    List<Endpoint> paths = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      paths.add(SyntheticCatalog.endpoint("com.example.Search", HttpMethod.ANY, "/search/" + i, "find"));
    }
    UniqueNames manyIds = new UniqueNames("_");
    openapi = OpenApiDocs.render(Catalog.of(paths), manyIds);
    // Five operations (GET, POST, PUT, PATCH, DELETE) for each endpoint of any method.
    assertThat(openapi).contains("\"operationId\": \"Search.find_100000\"");
    assertThat(manyIds.probes()).isAtMost(2L * 100_000);
  }

  @Test
  void uniqueNamesAreTheLowestFreeSuffixAsBefore() {
    UniqueNames names = new UniqueNames("-");
    assertThat(names.claim("a")).isEqualTo("a");
    assertThat(names.claim("a-3")).isEqualTo("a-3");
    assertThat(names.claim("a")).isEqualTo("a-2");
    assertThat(names.claim("a")).isEqualTo("a-4");
    assertThat(names.claim("a-2")).isEqualTo("a-2-2");
    assertThat(names.claim("a")).isEqualTo("a-5");
    assertThat(names.claim("b")).isEqualTo("b");
  }

  @Test
  void aLargeCatalogGivesTheSameBytesInAnyOrder() {
    List<Endpoint> endpoints = SyntheticCatalog.endpoints(10, 20, 10);
    Map<String, String> first = DocsFiles.render(Catalog.of(endpoints), EnumSet.allOf(DocsFormat.class));
    List<Endpoint> shuffled = new ArrayList<>(endpoints);
    Collections.shuffle(shuffled, new Random(42));

    assertThat(DocsFiles.render(Catalog.of(shuffled), EnumSet.allOf(DocsFormat.class))).isEqualTo(first);
  }
}
