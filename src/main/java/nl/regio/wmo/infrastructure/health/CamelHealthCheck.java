package nl.regio.wmo.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regio.wmo.infrastructure.camel.CamelBootstrap;
import org.apache.camel.ServiceStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the Camel context that carries the ingestion routes has started. */
@Readiness
@ApplicationScoped
public class CamelHealthCheck implements HealthCheck {

  @Inject CamelBootstrap camel;

  @Override
  public HealthCheckResponse call() {
    ServiceStatus status = camel.status();
    return HealthCheckResponse.named("camel")
        .status(status == ServiceStatus.Started)
        .withData("status", status.name())
        .withData("routes", camel.aantalRoutes())
        .build();
  }
}
