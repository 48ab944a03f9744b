package dev.statuscontract.processor.docs;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.Compilations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The index.html of the docs fixture, laid out by a real browser: at a phone's 360 CSS pixels, and
 * at 390, 601 (the narrowest width with tables) and 1280, nothing is wider than the screen and
 * every status code of every endpoint can be seen.
 *
 * <p><b>How it measures.</b> The page has no scripts, and gets none: the test drives a headless
 * Chromium from outside, over the Chrome DevTools Protocol ({@link HeadlessChromium}: the browser
 * started with {@code --remote-debugging-port=0} and a temporary profile, one JDK {@link
 * java.net.http.WebSocket} to it). For each width it sets the viewport with {@code
 * Emulation.setDeviceMetricsOverride} (as a phone, honouring the page's {@code <meta
 * name="viewport">}, below 601), opens the page from a file, and evaluates one expression in it
 * with {@code Runtime.evaluate}, which returns:
 *
 * <ul>
 *   <li>{@code document.documentElement.scrollWidth} against the viewport's width: more means the
 *       reader scrolls sideways;
 *   <li>every element whose box reaches past either edge of the viewport, which catches overflow
 *       that a clipping ancestor would hide from {@code scrollWidth};
 *   <li>for each endpoint section (an {@code h3} and its table), the status-code badges in the
 *       table, each scrolled into view and then measured: a non-empty box inside the viewport,
 *       visible, and not covered, {@code document.elementFromPoint} at its centre being the badge.
 * </ul>
 *
 * The endpoints and their codes are compared with the fixture's contract.json, so a code missing
 * from the page fails as well as a clipped one. A screenshot would show the same, but could only be
 * compared with a reviewed image, which differs with every font; these numbers do not.
 *
 * <p>Where none of {@link HeadlessChromium#NAMES} is on the PATH, the tests are skipped with a
 * message, so that a machine without a browser still builds; CI installs Debian's {@code chromium}
 * ({@code .ci/run}). The browser starts once for all widths, and every wait is bounded: 30 s to
 * start, 15 s to load, 20 s per command. On two cores the class takes 2.5 to 6 s, compiling the
 * fixture included.
 *
 * <p>With {@code -Dstatuscontract.screenshots=DIR} the test also writes the page at each width to
 * {@code DIR}, as PNGs of at most 1000 pixels' height each, for a person to look at.
 */
class HtmlPageInBrowserTest {

  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration LOAD = Duration.ofSeconds(15);

  /**
   * What the test reads from the laid-out page; evaluated in the page through DevTools, not part of
   * it. It scrolls each badge into view to ask which element is at its centre, and scrolls back.
   */
  private static final String MEASURE =
      """
      (() => {
        const root = document.documentElement;
        const width = root.clientWidth;
        const describe = el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '')
            + ' "' + el.textContent.replace(/\\s+/g, ' ').trim().slice(0, 60) + '"';
        const result = { innerWidth: window.innerWidth, width, scrollWidth: root.scrollWidth, overflowing: [], endpoints: [] };
        for (const el of document.body.querySelectorAll('*')) {
          const box = el.getBoundingClientRect();
          if (box.width > 0 && box.height > 0 && (box.left < -0.5 || box.right > width + 0.5)) {
            result.overflowing.push(describe(el) + ' spans x = ' + box.left.toFixed(1) + ' to ' + box.right.toFixed(1));
          }
        }
        for (const heading of document.querySelectorAll('main h3')) {
          const endpoint = { name: heading.textContent.replace(/\\s+/g, ' ').trim(), codes: [] };
          let table = heading.nextElementSibling;
          // The table of status codes, past the table of parameters.
          while (table && (!['TABLE', 'H2', 'H3', 'SECTION'].includes(table.tagName) || table.classList.contains('params'))) {
            table = table.nextElementSibling;
          }
          if (table && table.tagName === 'TABLE') {
            for (const badge of table.querySelectorAll('td.code .status')) {
              badge.scrollIntoView({ block: 'center', inline: 'nearest' });
              const box = badge.getBoundingClientRect();
              const style = getComputedStyle(badge);
              const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
              const problems = [];
              if (!(box.width > 0 && box.height > 0)) problems.push('has no size');
              if (box.left < -0.5 || box.right > width + 0.5) problems.push('spans x = ' + box.left.toFixed(1) + ' to ' + box.right.toFixed(1));
              if (style.visibility !== 'visible' || Number(style.opacity) === 0) problems.push('is hidden');
              if (hit === null || !badge.contains(hit)) problems.push('is covered by ' + (hit ? describe(hit) : 'nothing'));
              endpoint.codes.push({ code: badge.textContent.trim(), problems });
            }
          }
          result.endpoints.push(endpoint);
        }
        window.scrollTo(0, 0);
        result.height = root.scrollHeight;
        return result;
      })()
      """;

  @TempDir static Path dir;

  private static HeadlessChromium browser;
  private static Path page;
  /** Each endpoint of contract.json, as {@code METHOD /path}, with its codes as contract.json writes them. */
  private static Map<String, List<String>> expected;

  @BeforeAll
  static void renderAndStartTheBrowser() throws IOException, InterruptedException {
    Optional<Path> chromium = HeadlessChromium.find();
    assumeTrue(
        chromium.isPresent(),
        "no browser to lay out index.html in: none of " + HeadlessChromium.NAMES + " is on the PATH"
            + " (on Debian or Ubuntu: apt-get install chromium)");

    Compilation compilation = Compilations.compile(DocsFixture.sources().toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    page = dir.resolve("index.html");
    Files.writeString(page, DocsFixture.generatedOrFail(compilation, "index.html"), StandardCharsets.UTF_8);
    expected = new TreeMap<>();
    Object contract = HeadlessChromium.read(DocsFixture.generatedOrFail(compilation, "contract.json"));
    for (Object e : HeadlessChromium.list(HeadlessChromium.map(contract).get("endpoints"))) {
      Map<String, Object> endpoint = HeadlessChromium.map(e);
      List<String> codes = new ArrayList<>();
      for (Object response : HeadlessChromium.list(endpoint.get("responses"))) {
        codes.add(String.valueOf(HeadlessChromium.map(response).get("status")));
      }
      expected.put(endpoint.get("method") + " " + endpoint.get("path"), codes);
    }
    assertWithMessage("endpoints of the fixture's contract.json").that(expected).isNotEmpty();

    browser = HeadlessChromium.start(chromium.get(), START);
  }

  @AfterAll
  static void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest(name = "{0} px wide, as a phone: {1}")
  @CsvSource({"360, true", "390, true", "601, false", "1280, false"})
  void nothingIsWiderThanTheScreenAndEveryStatusCodeIsVisible(int width, boolean phone) throws Exception {
    HeadlessChromium.Page tab = browser.newPage();
    tab.viewport(width, 800, phone);
    tab.open(page.toUri(), LOAD);
    Map<String, Object> measured = HeadlessChromium.map(tab.evaluate(MEASURE));

    assertWithMessage("the layout viewport's width").that(number(measured, "width")).isEqualTo((double) width);
    assertWithMessage("document.documentElement.scrollWidth at %s px", width)
        .that(number(measured, "scrollWidth"))
        .isAtMost((double) width);
    assertWithMessage("elements reaching past the edges of a %s px viewport", width)
        .that(HeadlessChromium.list(measured.get("overflowing")))
        .isEmpty();

    Map<String, List<String>> shown = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Object e : HeadlessChromium.list(measured.get("endpoints"))) {
      Map<String, Object> endpoint = HeadlessChromium.map(e);
      List<String> codes = new ArrayList<>();
      for (Object c : HeadlessChromium.list(endpoint.get("codes"))) {
        Map<String, Object> code = HeadlessChromium.map(c);
        codes.add(code.get("code").toString());
        for (Object problem : HeadlessChromium.list(code.get("problems"))) {
          problems.add(endpoint.get("name") + ": " + code.get("code") + " " + problem);
        }
      }
      shown.put(endpoint.get("name").toString(), codes);
    }
    assertWithMessage("status codes that cannot be seen at %s px", width).that(problems).isEmpty();
    assertWithMessage("the status codes in each endpoint's table, against contract.json")
        .that(upperCase(shown))
        .isEqualTo(upperCase(expected));

    String screenshots = System.getProperty("statuscontract.screenshots", "");
    if (!screenshots.isBlank()) {
      Path out = Files.createDirectories(Path.of(screenshots));
      double height = number(measured, "height");
      for (int slice = 0; slice * 1000 < height; slice++) {
        double top = slice * 1000.0;
        Files.write(
            out.resolve(String.format(Locale.ROOT, "index-%dpx-%d.png", width, slice + 1)),
            tab.screenshot(top, width, Math.min(1000, height - top)));
      }
    }
  }

  private static double number(Map<String, Object> measured, String name) {
    return ((Number) measured.get(name)).doubleValue();
  }

  /** Codes such as {@code 4XX} as contract.json writes them may be {@code 4xx}: compared in upper case. */
  private static Map<String, List<String>> upperCase(Map<String, List<String>> codes) {
    Map<String, List<String>> upper = new TreeMap<>();
    codes.forEach((endpoint, list) -> upper.put(endpoint, list.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList()));
    return upper;
  }
}
