package dev.statuscontract.processor.docs;

import static com.google.common.truth.Truth.assertThat;

import dev.statuscontract.processor.model.HttpMethod;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Markdown pages are one per package, a section per class, with anchors that index.md links to. */
class PackagePagesTest {

  @Test
  void thePackageOfAClassIsItsLeadingLowerCaseNames() {
    assertThat(Catalog.packageOf("com.acme.orders.OrderController")).isEqualTo("com.acme.orders");
    assertThat(Catalog.packageOf("com.acme.Outer.Inner")).isEqualTo("com.acme");
    assertThat(Catalog.packageOf("Ping")).isEmpty();
    assertThat(Catalog.packageOf("ping")).isEmpty();
    assertThat(Catalog.packageOf("com.acme.lowercase")).isEqualTo("com.acme");
  }

  @Test
  void pageNamesCannotClashWithIndexOrEachOther() {
    assertThat(MarkdownDocs.pageName("com.acme.orders")).isEqualTo("com.acme.orders.md");
    assertThat(MarkdownDocs.pageName("")).isEqualTo("default-package.md");
    assertThat(MarkdownDocs.pageName("index")).isEqualTo("index-package.md");
  }

  @Test
  void classesOfOnePackageShareAPageWithASectionEach() {
    Catalog catalog =
        Catalog.of(
            List.of(
                SyntheticCatalog.endpoint("com.acme.shop.Orders", HttpMethod.GET, "/orders", "list"),
                SyntheticCatalog.endpoint("com.acme.shop.Carts", HttpMethod.GET, "/carts", "list"),
                SyntheticCatalog.endpoint("com.acme.shop.Carts.Items", HttpMethod.POST, "/carts/{id}/items", "add"),
                SyntheticCatalog.endpoint("com.acme.shop.Carts", HttpMethod.DELETE, "/carts/{id}", "clear"),
                SyntheticCatalog.endpoint("Ping", HttpMethod.GET, "/ping", "ping"),
                SyntheticCatalog.endpoint("index.Home", HttpMethod.GET, "/", "home")));

    Map<String, String> files = DocsFiles.render(catalog, EnumSet.of(DocsFormat.MARKDOWN));

    assertThat(files.keySet())
        .containsExactly("com.acme.shop.md", "default-package.md", "index-package.md", "index.md")
        .inOrder();
    String shop = files.get("com.acme.shop.md");
    assertThat(shop).startsWith("# com.acme.shop\n\n3 classes, 4 endpoints · [All endpoints](index.md)\n\n");
    assertThat(shop)
        .contains(
            "- [Carts](#carts) · 2 endpoints\n"
                + "- [Carts.Items](#carts-items) · 1 endpoint\n"
                + "- [Orders](#orders) · 1 endpoint\n");
    // Classes by name, each with its endpoints in catalog order under it.
    assertThat(shop)
        .containsMatch(
            "(?s)<a id=\"carts\"></a>\n## Carts\n\n`com.acme.shop.Carts` · Jakarta REST\n"
                + ".*<a id=\"carts-get-carts\"></a>\n### GET /carts\n"
                + ".*<a id=\"carts-delete-carts-id\"></a>\n### DELETE /carts/\\{id}\n"
                + ".*<a id=\"carts-items\"></a>\n## Carts.Items\n"
                + ".*<a id=\"items-post-carts-id-items\"></a>\n"
                + ".*<a id=\"orders\"></a>\n## Orders\n"
                + ".*<a id=\"orders-get-orders\"></a>\n");
    assertThat(files.get("default-package.md")).startsWith("# Default package\n\n1 class, 1 endpoint");

    String index = files.get("index.md");
    assertThat(index).contains("[Items.add(String)](com.acme.shop.md#items-post-carts-id-items)");
    assertThat(index).contains("[Ping.ping(String)](default-package.md#ping-get-ping)");
    assertThat(index).contains("[Home.home(String)](index-package.md#home-get)");
    assertThat(index)
        .endsWith(
            "## Classes by package\n\n"
                + "- [Default package](default-package.md)\n"
                + "  - [Ping](default-package.md#ping)\n"
                + "- [com.acme.shop](com.acme.shop.md)\n"
                + "  - [Carts](com.acme.shop.md#carts)\n"
                + "  - [Carts.Items](com.acme.shop.md#carts-items)\n"
                + "  - [Orders](com.acme.shop.md#orders)\n"
                + "- [index](index-package.md)\n"
                + "  - [Home](index-package.md#home)\n");
  }

  @Test
  void aClassAnchorNeverTakesAnEndpointsAnchor() {
    // The nested class Api.Get slugs to api-get, as does the endpoint GET / of Api.
    Catalog catalog =
        Catalog.of(
            List.of(
                SyntheticCatalog.endpoint("com.acme.Api", HttpMethod.GET, "/", "root"),
                SyntheticCatalog.endpoint("com.acme.Api.Get", HttpMethod.GET, "/get", "get")));

    ApiAnchors anchors = new ApiAnchors(catalog);
    assertThat(anchors.endpoint("/")).isEqualTo("api-get");
    assertThat(anchors.ofClass("com.acme.Api.Get")).isEqualTo("api-get-2");
  }

  /** The anchors of a catalog's endpoints by path, and of its classes by name. */
  private record ApiAnchors(Catalog catalog) {
    String endpoint(String path) {
      return catalog.endpoints().stream()
          .filter(e -> e.path().equals(path))
          .map(catalog::anchor)
          .findFirst()
          .orElseThrow();
    }

    String ofClass(String qualifiedName) {
      return catalog.classes().stream()
          .filter(c -> c.qualifiedName().equals(qualifiedName))
          .map(Catalog.ApiClass::anchor)
          .findFirst()
          .orElseThrow();
    }
  }
}
