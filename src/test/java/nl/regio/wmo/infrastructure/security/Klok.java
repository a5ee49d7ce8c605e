package nl.regio.wmo.infrastructure.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand: no sleeping. */
final class Klok extends Clock {

  private Instant nu = Instant.parse("2026-03-01T09:00:00Z");

  void verder(Duration d) {
    nu = nu.plus(d);
  }

  @Override
  public Instant instant() {
    return nu;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
