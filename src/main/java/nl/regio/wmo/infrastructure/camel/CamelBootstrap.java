package nl.regio.wmo.infrastructure.camel;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.ServiceStatus;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Owns the application's Camel context (there is no camel-cdi in Camel 4): started after the
 * database is ready, with every CDI bean that is a {@link RoutesBuilder}, and stopped when the
 * application stops.
 */
@ApplicationScoped
public class CamelBootstrap {

  private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());

  @Inject @Any Instance<RoutesBuilder> routes;

  private CamelContext context;
  private Thread shutdownHook;

  public synchronized void start() {
    if (context != null) {
      return;
    }
    try {
      DefaultCamelContext camel = new DefaultCamelContext();
      camel.getCamelContextExtension().setName("wmo-settlement");
      camel.setApplicationContextClassLoader(CamelBootstrap.class.getClassLoader());
      for (RoutesBuilder builder : routes) {
        camel.addRoutes(builder);
      }
      camel.start();
      context = camel;
      // Payara Micro stops on SIGTERM without undeploying the app: stop Camel gracefully ourselves.
      shutdownHook = new Thread(this::stop, "camel-stop");
      Runtime.getRuntime().addShutdownHook(shutdownHook);
      LOG.info(() -> "Camel gestart met " + camel.getRoutes().size() + " routes");
    } catch (Exception e) {
      throw new IllegalStateException("Camel kon niet starten", e);
    }
  }

  public synchronized ServiceStatus status() {
    return context == null ? ServiceStatus.Stopped : context.getStatus();
  }

  public synchronized int aantalRoutes() {
    return context == null ? 0 : context.getRoutes().size();
  }

  @PreDestroy
  synchronized void stop() {
    if (context != null) {
      context.stop();
      context = null;
      System.err.println("Camel gestopt"); // JUL may already be shut down when this runs from the JVM's hook
    }
    if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException alAfsluitend) {
        // the JVM is already shutting down; the hook runs or has run
      }
    }
  }
}
