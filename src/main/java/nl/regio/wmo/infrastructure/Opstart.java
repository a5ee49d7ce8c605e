package nl.regio.wmo.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.regio.wmo.infrastructure.camel.CamelBootstrap;
import nl.regio.wmo.infrastructure.config.ConfigLader;
import nl.regio.wmo.infrastructure.persistence.Migraties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up in a fixed order: migrate the schema, load the region configuration (and the demo data
 * unless {@code WMO_DEMO=false}), then start Camel so no route runs against an old schema.
 */
@ApplicationScoped
public class Opstart {

  private static final Logger LOG = Logger.getLogger(Opstart.class.getName());

  @Inject Migraties migraties;
  @Inject ConfigLader config;
  @Inject CamelBootstrap camel;

  @Inject
  @ConfigProperty(name = "wmo.demo", defaultValue = "true")
  boolean demo;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    migraties.migreer();
    ConfigLader.Verslag verslag = config.laad(demo);
    LOG.info(() -> "Configuratie geladen" + (demo ? " met demodata" : "") + ", toegevoegd: " + verslag.toegevoegd());
    camel.start();
  }
}
