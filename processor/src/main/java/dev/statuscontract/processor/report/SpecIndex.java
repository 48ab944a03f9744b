package dev.statuscontract.processor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.statuscontract.processor.report.JsonTree.Node;
import dev.statuscontract.processor.report.JsonTree.Obj;
import dev.statuscontract.processor.report.JsonTree.Scalar;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Where the operations and responses of a contract-first project's OpenAPI document are written,
 * so that a finding can point at the line of the document to change: the operation, its response
 * for a status code, or its {@code responses} where the code is missing.
 *
 * <p>It reads OpenAPI 3.x and Swagger 2.0 documents, in YAML or JSON, with Jackson's streaming
 * parser and nothing else: no model of the document, no jackson-databind, and no YAML classes at
 * all for a JSON document. It follows a path item's {@code $ref} that points into the same document
 * ({@code #/components/pathItems/...}), and then the lines are those of the item it points at.
 * Not followed, and listed in {@link #skipped()}: a {@code $ref} into another file or to a URL,
 * whose operations are then not indexed. Not expanded either: YAML aliases ({@code *name}), which
 * the streaming parser reads as their anchor's name, so an operation or response written only
 * through one is not indexed. A response's own {@code $ref} needs no following: its key has the
 * line.
 */
public final class SpecIndex {

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final int MAX_REF_HOPS = 16;
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * One operation of the document.
   *
   * @param method the HTTP method, upper-case
   * @param path the path as the document writes it, such as {@code /pet/{petId}}
   * @param operationId its {@code operationId}, where it has one
   * @param line the line of its method key ({@code get:})
   * @param responsesLine the line of its {@code responses} key, or 0 where it has none
   * @param responses the line of each response key, by the key as written ({@code 404}, {@code
   *     4XX}, {@code default})
   */
  public record Operation(
      String method, String path, Optional<String> operationId, int line, int responsesLine, Map<String, Integer> responses) {

    /** Copies the responses, keeping their order. */
    public Operation {
      responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
    }

    /**
     * The line of the response for {@code code}: its own key ({@code '404':}), else the key of its
     * range ({@code 4XX}, any case); empty where the operation has neither.
     */
    public OptionalInt responseLine(int code) {
      Integer exact = responses.get(Integer.toString(code));
      if (exact != null) {
        return OptionalInt.of(exact);
      }
      for (Map.Entry<String, Integer> response : responses.entrySet()) {
        if (response.getKey().equalsIgnoreCase((code / 100) + "XX")) {
          return OptionalInt.of(response.getValue());
        }
      }
      return OptionalInt.empty();
    }

    /**
     * The line to point at for {@code code}: its response, else {@code responses} (where the
     * response is to be added), else the operation.
     */
    public int lineFor(int code) {
      OptionalInt response = responseLine(code);
      if (response.isPresent()) {
        return response.getAsInt();
      }
      return responsesLine > 0 ? responsesLine : line;
    }
  }

  private final String displayName;
  private final List<Operation> operations;
  private final List<String> basePaths;
  private final List<String> skipped;

  private SpecIndex(String displayName, List<Operation> operations, List<String> basePaths, List<String> skipped) {
    this.displayName = displayName;
    this.operations = List.copyOf(operations);
    this.basePaths = List.copyOf(basePaths);
    this.skipped = List.copyOf(skipped);
  }

  /**
   * Reads the document at {@code file}: JSON where its name ends in {@code .json}, or where its
   * first character is <code>{</code>, YAML otherwise. A file that is missing, unreadable, not
   * UTF-8, malformed, or not an OpenAPI or Swagger document gives one problem that names it, and
   * no index; nothing is thrown.
   */
  public static Result<SpecIndex> read(Path file) {
    String name = file.toString();
    String text;
    try {
      if (Files.isDirectory(file)) {
        return Result.failed(name + " is a directory, not an OpenAPI document");
      }
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (NoSuchFileException e) {
      return Result.failed(name + " does not exist");
    } catch (AccessDeniedException e) {
      return Result.failed(name + " cannot be read: permission denied");
    } catch (CharacterCodingException e) {
      return Result.failed(name + " is not UTF-8 text");
    } catch (IOException e) {
      return Result.failed(name + " cannot be read: " + e.getMessage());
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Path fileName = file.getFileName();
    String displayName = fileName == null ? name : fileName.toString();
    boolean json = displayName.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
    return parse(text, name, displayName, json);
  }

  /** Reads {@code text}, a document that messages call {@code name}. */
  static Result<SpecIndex> parse(String text, String name, String displayName, boolean json) {
    Node root;
    try (JsonParser parser = json ? JSON.createParser(text) : YamlParsers.parser(text)) {
      root = JsonTree.read(parser);
    } catch (JsonTree.Malformed e) {
      return Result.failed(name + " is not valid " + (json ? "JSON" : "YAML") + ": " + e.describe());
    } catch (IOException e) {
      return Result.failed(name + " cannot be read: " + e.getMessage());
    }
    if (!(root instanceof Obj document) || (document.get("openapi") == null && document.get("swagger") == null)) {
      return Result.failed(name + " is no OpenAPI document: it has no \"openapi\" (nor Swagger 2.0's \"swagger\") at its top level");
    }
    Reader reader = new Reader(document);
    reader.readPaths();
    return Result.of(new SpecIndex(displayName, reader.operations, basePaths(document), reader.skipped), List.of());
  }

  /** The document's file name, for messages. */
  public String displayName() {
    return displayName;
  }

  /** Every operation, in the document's order. */
  public List<Operation> operations() {
    return operations;
  }

  /** What was not followed, one sentence each: {@code $ref}s into other documents. */
  public List<String> skipped() {
    return skipped;
  }

  /** The document's name and how many operations it has, for messages and tests. */
  @Override
  public String toString() {
    return "SpecIndex[" + displayName + ", " + operations.size() + " operations]";
  }

  /** The operation of {@code operationId}: the first, where the document has several. */
  public Optional<Operation> operation(String operationId) {
    return operations.stream().filter(op -> op.operationId().equals(Optional.of(operationId))).findFirst();
  }

  /**
   * The operation of {@code method} (any case) on {@code pathTemplate}. Templates match whatever
   * their variables are named, and a regular expression in a variable ({@code {id: \d+}}) or a
   * trailing {@code /} does not matter. Where the path has none, it is looked for without the
   * path of each server URL ({@code /v2} of {@code https://petstore.swagger.io/v2}, or Swagger
   * 2.0's {@code basePath}), for code whose paths include it.
   */
  public Optional<Operation> operation(String method, String pathTemplate) {
    String wanted = normalise(pathTemplate);
    String upper = method.toUpperCase(Locale.ROOT);
    Optional<Operation> exact = find(upper, wanted);
    if (exact.isPresent()) {
      return exact;
    }
    for (String base : basePaths) {
      if (wanted.startsWith(base + "/")) {
        Optional<Operation> found = find(upper, wanted.substring(base.length()));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Operation> find(String method, String normalisedPath) {
    return operations.stream()
        .filter(op -> op.method().equals(method) && normalise(op.path()).equals(normalisedPath))
        .findFirst();
  }

  /**
   * {@code path} with each variable written {@code {}}, one {@code /} between segments, a leading
   * {@code /} and no trailing one.
   */
  static String normalise(String path) {
    StringBuilder out = new StringBuilder("/");
    int depth = 0;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '{') {
        if (depth++ == 0) {
          out.append('{');
        }
      } else if (c == '}' && depth > 0) {
        if (--depth == 0) {
          out.append('}');
        }
      } else if (depth == 0 && !(c == '/' && out.charAt(out.length() - 1) == '/')) {
        out.append(c);
      }
    }
    if (out.length() > 1 && out.charAt(out.length() - 1) == '/') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** The paths of the server URLs (OpenAPI 3) or the {@code basePath} (Swagger 2.0), normalised. */
  private static List<String> basePaths(Obj document) {
    List<String> paths = new ArrayList<>();
    if (document.get("basePath") instanceof Scalar base && base.value() instanceof String text) {
      paths.add(normalise(text));
    }
    if (document.get("servers") instanceof JsonTree.Arr servers) {
      for (Node server : servers.items()) {
        if (server instanceof Obj object && object.get("url") instanceof Scalar url && url.value() instanceof String text) {
          int scheme = text.indexOf("://");
          String path = scheme < 0 ? text : text.substring(Math.max(scheme + 3, text.indexOf('/', scheme + 3)));
          if (path.startsWith("/")) {
            paths.add(normalise(path));
          }
        }
      }
    }
    paths.removeIf(path -> path.equals("/"));
    return paths.stream().distinct().toList();
  }

  /** Reads the operations of {@code paths}. */
  private static final class Reader {
    private final Obj document;
    private final List<Operation> operations = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    Reader(Obj document) {
      this.document = document;
    }

    void readPaths() {
      if (!(document.get("paths") instanceof Obj paths)) {
        return;
      }
      for (Map.Entry<String, Node> path : paths.members().entrySet()) {
        if (path.getKey().startsWith("/")) {
          pathItem(path.getKey(), path.getValue(), new HashSet<>());
        }
      }
    }

    private void pathItem(String path, Node node, Set<String> seen) {
      if (!(node instanceof Obj item)) {
        return;
      }
      for (String method : METHODS) {
        if (item.get(method) instanceof Obj operation) {
          operations.add(operation(method, path, item.get(method).line(), operation));
        }
      }
      if (item.get("$ref") instanceof Scalar ref && ref.value() instanceof String target) {
        if (!target.startsWith("#/")) {
          skipped.add("paths." + path + " (line " + ref.line() + ") refers to " + target + " in another document; its operations are not indexed");
        } else if (seen.add(target) && seen.size() <= MAX_REF_HOPS) {
          Node resolved = pointer(target);
          if (resolved == null) {
            skipped.add("paths." + path + " (line " + ref.line() + ") refers to " + target + ", which the document does not have");
          } else {
            pathItem(path, resolved, seen);
          }
        }
      }
    }

    private static Operation operation(String method, String path, int line, Obj operation) {
      Optional<String> id =
          operation.get("operationId") instanceof Scalar scalar && scalar.value() instanceof String text ? Optional.of(text) : Optional.empty();
      Map<String, Integer> responses = new LinkedHashMap<>();
      int responsesLine = 0;
      if (operation.get("responses") instanceof Obj declared) {
        responsesLine = declared.line();
        for (Map.Entry<String, Node> response : declared.members().entrySet()) {
          responses.put(response.getKey(), response.getValue().line());
        }
      }
      return new Operation(method.toUpperCase(Locale.ROOT), path, id, line, responsesLine, responses);
    }

    /** The node at the JSON pointer {@code #/a/b~1c}, or {@code null}. */
    private Node pointer(String target) {
      Node node = document;
      for (String token : target.substring(2).split("/", -1)) {
        String key = token.replace("~1", "/").replace("~0", "~");
        if (!(node instanceof Obj object) || object.get(key) == null) {
          return null;
        }
        node = object.get(key);
      }
      return node;
    }
  }
}
