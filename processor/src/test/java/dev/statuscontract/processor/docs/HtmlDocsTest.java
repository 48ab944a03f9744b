package dev.statuscontract.processor.docs;

import static com.google.common.truth.Truth.assertThat;

import dev.statuscontract.processor.model.HttpMethod;
import dev.statuscontract.processor.model.TypeRef;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What index.html is made of, beyond the golden file: its links, its table cells, its types. */
class HtmlDocsTest {

  private static final Catalog CATALOG =
      Catalog.of(List.of(SyntheticCatalog.endpoint("com.example.Things", HttpMethod.GET, "/things/{id}", "get")));

  @Test
  void linksToTheMachineReadableFilesThatAreWrittenNextToIt() {
    String all = HtmlDocs.render(CATALOG);
    assertThat(all).contains("<a href=\"openapi.json\">openapi.json</a>");
    assertThat(all).contains("<a href=\"contract.json\">contract.json</a>");
    assertThat(HtmlDocs.render(CATALOG, EnumSet.allOf(DocsFormat.class))).isEqualTo(all);

    String openApiOnly = HtmlDocs.render(CATALOG, EnumSet.of(DocsFormat.HTML, DocsFormat.OPENAPI));
    assertThat(openApiOnly).contains("href=\"openapi.json\"");
    assertThat(openApiOnly).doesNotContain("contract.json");

    String htmlOnly = HtmlDocs.render(CATALOG, EnumSet.of(DocsFormat.HTML, DocsFormat.MARKDOWN));
    assertThat(htmlOnly).doesNotContain("openapi.json");
    assertThat(htmlOnly).doesNotContain("contract.json");
    assertThat(htmlOnly).doesNotContain("For tools");
  }

  /** Below 600 px each cell stands on its own, captioned by its data-label: every cell has one. */
  @Test
  void everyCellOfAResponseRowHasALabelForTheNarrowLayout() {
    String html = HtmlDocs.render(CATALOG);
    Matcher cells = Pattern.compile("<td( [^>]*)?>").matcher(html);
    int count = 0;
    while (cells.find()) {
      count++;
      assertThat(cells.group()).containsMatch("data-label=\"(Status|When|Headers|Body)\"");
    }
    assertThat(count).isEqualTo(3 * 4);
    // The stylesheet turns rows into blocks and shows the labels on narrow screens.
    assertThat(html).contains("@media (max-width: 600px)");
    assertThat(html).contains("content: attr(data-label)");
  }

  /** An empty cell is empty, so that the narrow layout can leave it out (td:empty). */
  @Test
  void emptyCellsHaveNoContentAtAll() {
    String html = HtmlDocs.render(CATALOG);
    assertThat(html).contains("<td class=\"headers\" data-label=\"Headers\"></td>");
    assertThat(html).contains("<td class=\"body\" data-label=\"Body\"></td>");
    assertThat(html).contains("<td class=\"headers\" data-label=\"Headers\"><code>ETag</code></td>");
  }

  @Test
  void typesMayWrapAfterAnAngleBracketOrADot() {
    TypeRef string = TypeRef.Named.of("java.lang", "String");
    TypeRef object = TypeRef.Named.of("java.lang", "Object");
    TypeRef map = new TypeRef.Named("java.util", List.of("Map"), List.of(string, object), TypeRef.Access.PUBLIC, false);
    TypeRef list = new TypeRef.Named("java.util", List.of("List"), List.of(map), TypeRef.Access.PUBLIC, false);
    assertThat(HtmlDocs.typeParts(list)).containsExactly("List<", "Map<", "String, Object>>").inOrder();
    assertThat(HtmlDocs.typeParts(TypeRef.Named.of("com.acme", "Outer", "Inner"))).containsExactly("Outer.", "Inner").inOrder();
    assertThat(HtmlDocs.typeParts(string)).containsExactly("String");

    String html = HtmlDocs.render(CATALOG);
    assertThat(html).contains("<code title=\"com.example.Dto\">Dto</code>");
  }
}
