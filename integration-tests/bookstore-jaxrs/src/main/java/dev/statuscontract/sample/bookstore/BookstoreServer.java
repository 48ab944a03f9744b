package dev.statuscontract.sample.bookstore;

import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;

/** The bookstore on the JDK's HTTP server, through Jersey's container for it. */
public final class BookstoreServer implements AutoCloseable {

  /** How long {@link #close()} lets requests in progress finish. */
  private static final int GRACE_SECONDS = 1;

  private final HttpServer server;
  private final URI uri;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private BookstoreServer(HttpServer server, URI uri) {
    this.server = server;
    this.uri = uri;
  }

  /**
   * Starts a bookstore listening on {@code host} and {@code port}; port 0 picks a free port, which
   * {@link #uri()} then names.
   */
  public static BookstoreServer start(String host, int port, Settings settings) {
    String literal = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    URI requested = UriBuilder.fromUri("http://localhost/").host(literal).port(port).build();
    HttpServer server = JdkHttpServerFactory.createHttpServer(requested, new BookstoreApplication(settings), true);
    return new BookstoreServer(server, UriBuilder.fromUri(requested).port(server.getAddress().getPort()).build());
  }

  /** Where the bookstore answers, such as {@code http://localhost:8080/}. */
  public URI uri() {
    return uri;
  }

  /** Blocks until {@link #close()} has stopped the server. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /**
   * Stops accepting connections, lets requests in progress finish for up to a second, and ends
   * the request threads. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      server.stop(GRACE_SECONDS);
      // Jersey gives the server a thread pool of its own and leaves it running after stop().
      if (server.getExecutor() instanceof ExecutorService executor) {
        executor.shutdown();
        if (!executor.awaitTermination(GRACE_SECONDS, TimeUnit.SECONDS)) {
          executor.shutdownNow();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      stopped.countDown();
    }
  }
}
