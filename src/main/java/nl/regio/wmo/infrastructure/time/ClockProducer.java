package nl.regio.wmo.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application, in Dutch time; tests of domain code pass a fixed clock instead. */
@ApplicationScoped
public class ClockProducer {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(ZONE);
  }
}
