package nl.regio.wmo.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one datasource. URL, user and password come from MicroProfile Config
 * ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} override the embedded H2 defaults), so the
 * same war runs on H2 and PostgreSQL without a rebuild; {@link JdbcUrlDataSource} picks the driver
 * from the URL.
 *
 * <p>The pool checks a connection before it hands it out ({@code Connection.isValid}) and, when one is broken,
 * drops them all: after the database was down the first request gets a fresh connection instead of a dead one, so
 * the app recovers within seconds of the database's return. A caller waits at most five seconds for a free
 * connection; beyond that the request fails with a pool error that the API answers as 503 with {@code Retry-After}
 * (see {@code Storing}), never an endless wait.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "nl.regio.wmo.infrastructure.persistence.JdbcUrlDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 20,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=5000",
      "fish.payara.connection-creation-retry-attempts=0"
    })
public class Database {
  public static final String JNDI_NAME = "java:app/jdbc/wmo";
}
