package dev.statuscontract.processor.docs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol, for tests: just enough of the
 * protocol to open a page at a given viewport, evaluate an expression in it and take screenshots.
 *
 * <p>The browser runs as a child process with {@code --headless --no-sandbox} (the tests may run as
 * root, where Chromium's sandbox refuses to start), a temporary profile, and {@code
 * --remote-debugging-port=0}: it picks a free port and writes it to {@code DevToolsActivePort} in
 * the profile, which {@link #start} waits for. One WebSocket ({@link java.net.http.WebSocket}, in
 * the JDK) carries every command; commands to a page go through a flat session ({@code
 * Target.attachToTarget} with {@code flatten}). Every wait is bounded, and {@link #close} ends the
 * browser and its helper processes and deletes the profile.
 */
final class HeadlessChromium implements AutoCloseable {

  /** The names under which a Chromium or Chrome is installed, in the order they are tried on the PATH. */
  static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  private static final JsonFactory JSON = new JsonFactory();
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(20);

  private final Process process;
  private final List<ProcessHandle> helpers = new ArrayList<>();
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** The first of {@link #NAMES} that is an executable file on the PATH. */
  static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : NAMES) {
      for (String dir : path.split(File.pathSeparator)) {
        if (dir.isEmpty()) {
          continue;
        }
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Starts the browser and connects to it; fails if either takes longer than {@code timeout}. */
  static HeadlessChromium start(Path executable, Duration timeout) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("status-contract-chromium-");
    Path log = profile.resolveSibling(profile.getFileName() + ".log");
    Process process =
        new ProcessBuilder(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--mute-audio",
                "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      Instant deadline = Instant.now().plus(timeout);
      Path activePort = profile.resolve("DevToolsActivePort");
      List<String> lines = List.of();
      while (lines.size() < 2) {
        if (!process.isAlive()) {
          throw new IOException(executable + " exited with " + process.exitValue() + ": " + tail(log));
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IOException(executable + " did not open its DevTools port within " + timeout + ": " + tail(log));
        }
        Thread.sleep(50);
        if (Files.exists(activePort)) {
          lines = Files.readAllLines(activePort, StandardCharsets.UTF_8);
        }
      }
      URI endpoint = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
      Listener listener = new Listener();
      WebSocket socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .connectTimeout(timeout)
              .buildAsync(endpoint, listener)
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      HeadlessChromium browser = new HeadlessChromium(process, profile, socket);
      listener.browser = browser;
      return browser;
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      destroy(process, List.of());
      deleteRecursively(profile);
      throw e;
    } catch (ExecutionException | TimeoutException e) {
      destroy(process, List.of());
      deleteRecursively(profile);
      throw new IOException("cannot connect to " + executable + "'s DevTools: " + e, e);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** A new tab, attached in a flat session: commands to it name the session. */
  Page newPage() throws IOException {
    String targetId = (String) call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId");
    String sessionId = (String) call(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true)).get("sessionId");
    return new Page(sessionId);
  }

  /** A tab of the browser. */
  final class Page {

    private final String session;

    private Page(String session) {
      this.session = session;
    }

    /**
     * Sets the viewport: {@code mobile} makes the page lay out as on a phone, honouring its {@code
     * <meta name="viewport">}, with a layout viewport {@code width} CSS pixels wide.
     */
    void viewport(int width, int height, boolean mobile) throws IOException {
      Map<String, Object> metrics = new LinkedHashMap<>();
      metrics.put("width", width);
      metrics.put("height", height);
      metrics.put("deviceScaleFactor", 1);
      metrics.put("mobile", mobile);
      call(session, "Emulation.setDeviceMetricsOverride", metrics);
    }

    /** Opens {@code uri} and waits, at most {@code timeout}, until the document has loaded. */
    void open(URI uri, Duration timeout) throws IOException, InterruptedException {
      Map<String, Object> navigated = call(session, "Page.navigate", Map.of("url", uri.toString()));
      if (navigated.get("errorText") != null) {
        throw new IOException("cannot open " + uri + ": " + navigated.get("errorText"));
      }
      Instant deadline = Instant.now().plus(timeout);
      while (!"complete".equals(evaluate("document.URL === " + quote(uri.toString()) + " && document.readyState"))) {
        if (Instant.now().isAfter(deadline)) {
          throw new IOException(uri + " did not load within " + timeout);
        }
        Thread.sleep(25);
      }
    }

    /** The value of a JavaScript expression in the page, as JSON values: maps, lists, strings, numbers. */
    Object evaluate(String expression) throws IOException {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("expression", expression);
      params.put("returnByValue", true);
      params.put("awaitPromise", true);
      Map<String, Object> evaluated = call(session, "Runtime.evaluate", params);
      if (evaluated.containsKey("exceptionDetails")) {
        throw new IOException("the expression threw: " + evaluated.get("exceptionDetails"));
      }
      return map(evaluated.get("result")).get("value");
    }

    /** A PNG of the part of the page at {@code y} (CSS pixels from its top), {@code width} by {@code height}. */
    byte[] screenshot(double y, double width, double height) throws IOException {
      Map<String, Object> clip = new LinkedHashMap<>();
      clip.put("x", 0);
      clip.put("y", y);
      clip.put("width", width);
      clip.put("height", height);
      clip.put("scale", 1);
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("format", "png");
      params.put("clip", clip);
      params.put("captureBeyondViewport", true);
      return Base64.getDecoder().decode((String) call(session, "Page.captureScreenshot", params).get("data"));
    }
  }

  /** Sends a command and waits, at most {@link #COMMAND_TIMEOUT}, for its result. */
  private Map<String, Object> call(String session, String method, Map<String, Object> params) throws IOException {
    int id = ids.incrementAndGet();
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("id", id);
    message.put("method", method);
    message.put("params", params);
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<Map<String, Object>> reply = new CompletableFuture<>();
    pending.put(id, reply);
    try {
      socket.sendText(write(message), true).get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      Map<String, Object> response = reply.get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (response.containsKey("error")) {
        throw new IOException(method + " failed: " + response.get("error"));
      }
      return map(response.get("result"));
    } catch (TimeoutException e) {
      throw new IOException(method + " got no answer within " + COMMAND_TIMEOUT, e);
    } catch (ExecutionException e) {
      throw new IOException(method + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + method, e);
    } finally {
      pending.remove(id);
    }
  }

  /**
   * Closes the browser: asks it to close, then ends the process and every helper process it started
   * (renderer, GPU, zygote) that is still there, and deletes the temporary profile.
   */
  @Override
  public void close() {
    helpers.addAll(process.descendants().toList());
    try {
      socket.sendText("{\"id\":0,\"method\":\"Browser.close\"}", true).get(2, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // The process is ended below in any case.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    socket.abort();
    destroy(process, helpers);
    deleteRecursively(profile);
  }

  private static void destroy(Process process, List<ProcessHandle> helpers) {
    List<ProcessHandle> all = new ArrayList<>(helpers);
    all.addAll(process.descendants().toList());
    try {
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        process.destroy();
        if (!process.waitFor(3, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    for (ProcessHandle helper : all) {
      if (helper.isAlive()) {
        helper.destroyForcibly();
      }
    }
  }

  private static void deleteRecursively(Path dir) {
    // Chromium's helpers may still be writing to the profile for a moment after they are told to
    // end: a few tries.
    for (int attempt = 0; attempt < 5 && Files.exists(dir); attempt++) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      } catch (IOException | UncheckedIOException e) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static String tail(Path log) {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      return text.length() > 2000 ? "..." + text.substring(text.length() - 2000) : text;
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Receives the browser's messages, whole, and hands each answer to the command waiting for it. */
  private static final class Listener implements WebSocket.Listener {

    private final StringBuilder text = new StringBuilder();
    private volatile HeadlessChromium browser;

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        Map<String, Object> parsed = map(read(message));
        HeadlessChromium to = browser;
        if (parsed.get("id") instanceof Number id && to != null) {
          CompletableFuture<Map<String, Object>> reply = to.pending.get(id.intValue());
          if (reply != null) {
            reply.complete(parsed);
          }
        }
        // Events (messages without an id) are not needed: loading is polled.
      }
      socket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      HeadlessChromium to = browser;
      if (to != null) {
        to.pending.values().forEach(reply -> reply.completeExceptionally(error));
      }
    }
  }

  // ---- JSON, with jackson-core's streaming API: maps, lists, strings, numbers, booleans, null ----

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
  }

  static List<?> list(Object value) {
    return value instanceof List<?> list ? list : List.of();
  }

  static Object read(String json) {
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      return read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() != JsonToken.END_OBJECT) {
          String name = parser.currentName();
          parser.nextToken();
          object.put(name, read(parser));
        }
        return object;
      case START_ARRAY:
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser));
        }
        return array;
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return parser.getNumberValue();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      default:
        return null;
    }
  }

  private static String write(Object value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      write(generator, value);
    }
    return out.toString();
  }

  private static void write(JsonGenerator generator, Object value) throws IOException {
    if (value instanceof Map<?, ?> object) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : object.entrySet()) {
        generator.writeFieldName(entry.getKey().toString());
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> array) {
      generator.writeStartArray();
      for (Object item : array) {
        write(generator, item);
      }
      generator.writeEndArray();
    } else if (value instanceof String string) {
      generator.writeString(string);
    } else if (value instanceof Integer number) {
      generator.writeNumber(number);
    } else if (value instanceof Number number) {
      generator.writeNumber(number.doubleValue());
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else {
      generator.writeNull();
    }
  }

  /** {@code text} as a JavaScript string literal. */
  static String quote(String text) {
    try {
      return write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
