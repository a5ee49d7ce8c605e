package nl.regio.wmo.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one datasource. URL, user and password come from MicroProfile Config
 * ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} override the embedded H2 defaults), so the
 * same war runs on H2 and PostgreSQL without a rebuild; {@link JdbcUrlDataSource} picks the driver
 * from the URL.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "nl.regio.wmo.infrastructure.persistence.JdbcUrlDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 20)
public class Database {
  public static final String JNDI_NAME = "java:app/jdbc/wmo";
}
