package dev.statuscontract.sample.bookstore;

/**
 * Runs the bookstore: {@code Main [host [port]]}, by default on localhost:8080, until the process
 * is interrupted (Ctrl+C), which stops the server cleanly.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length > 2 || (args.length > 0 && args[0].startsWith("-"))) {
      System.err.println("usage: Main [host [port]]   (default: localhost 8080)");
      System.exit(2);
    }
    String host = args.length > 0 ? args[0] : "localhost";
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;

    BookstoreServer server = BookstoreServer.start(host, port, Settings.defaults());
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "bookstore-shutdown"));
    System.out.println("Bookstore listening on " + server.uri());
    System.out.println("  API documentation: " + server.uri().resolve("docs"));
    System.out.println("  OpenAPI document:  " + server.uri().resolve("openapi.json"));
    System.out.println("  Try: curl " + server.uri().resolve("books"));
    System.out.println(
        "       curl -H 'Authorization: Bearer " + Settings.DEMO_TOKEN + "' " + server.uri().resolve("account"));
    System.out.println("Press Ctrl+C to stop.");
    server.awaitStop();
  }
}
