package nl.regio.wmo.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with the Flyway migrations in {@code db/migration} before anything uses it. */
@ApplicationScoped
public class Migraties {

  private static final Logger LOG = Logger.getLogger(Migraties.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  public void migreer() {
    MigrateResult result =
        Flyway.configure(Migraties.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .cleanDisabled(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            result.migrationsExecuted == 0
                ? "Database-schema is actueel (versie " + result.initialSchemaVersion + ")"
                : "Database-schema op versie " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migraties uitgevoerd)");
  }
}
