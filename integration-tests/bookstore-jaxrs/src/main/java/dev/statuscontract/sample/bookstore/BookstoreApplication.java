package dev.statuscontract.sample.bookstore;

import java.time.Duration;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** The bookstore as a Jersey application: its resources, and the state they share. */
public final class BookstoreApplication extends ResourceConfig {

  public BookstoreApplication(Settings settings) {
    Catalog catalog = new Catalog(settings.books());
    Tokens tokens = new Tokens(settings.tokens());
    RateLimiter searches = new RateLimiter(settings.clock(), settings.searchesPerMinute(), Duration.ofMinutes(1));
    Exports exports = new Exports(settings.clock(), settings.exportDuration());
    ApiDocs docs = ApiDocs.fromClassPath();
    register(
        new AbstractBinder() {
          @Override
          protected void configure() {
            bind(catalog).to(Catalog.class);
            bind(tokens).to(Tokens.class);
            bind(searches).to(RateLimiter.class);
            bind(exports).to(Exports.class);
            bind(docs).to(ApiDocs.class);
          }
        });

    register(BookResource.class);
    register(ExportResource.class);
    register(AccountResource.class);
    register(CatalogResource.class);
    register(DocsResource.class);
    register(JacksonFeature.class);
    // The WADL that Jersey would serve needs JAXB at run time; the API documents itself at /docs.
    property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }
}
