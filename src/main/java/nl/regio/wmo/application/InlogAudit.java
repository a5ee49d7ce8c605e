package nl.regio.wmo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import nl.regio.wmo.domain.audit.AuditRegel;

/**
 * Failed logins in the audit trail (entiteit {@code Inlog}, the user name as sent, by {@code anoniem}; the client
 * address in the new value, never the password). Each in a transaction of its own: the request has none yet when it
 * is authenticated, and a refused login rolls nothing else back.
 */
@ApplicationScoped
public class InlogAudit {

  public static final String ENTITEIT = "Inlog";
  public static final String MISLUKT = "MISLUKT";
  public static final String GEBLOKKEERD = "GEBLOKKEERD";
  static final String ANONIEM = "anoniem";
  /** The size of {@code audit_regel.entiteit_id} (V1). */
  static final int MAX_ENTITEIT_ID = 60;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A wrong password or an unknown user name. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void mislukt(String gebruiker, String adres) {
    schrijf(MISLUKT, gebruiker, Json.createObjectBuilder().add("adres", adres));
  }

  /** A block starts: the user name or the address may not try again for {@code wachtSeconden}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void geblokkeerd(String gebruiker, String adres, long wachtSeconden) {
    schrijf(GEBLOKKEERD, gebruiker, Json.createObjectBuilder().add("adres", adres).add("wachtSeconden", wachtSeconden));
  }

  private void schrijf(String actie, String gebruiker, JsonObjectBuilder waarde) {
    em.persist(new AuditRegel(ENTITEIT, entiteitId(gebruiker), actie, ANONIEM, OffsetDateTime.now(clock), null, waarde.build().toString()));
  }

  /** The user name as sent, cut to the column; "(leeg)" for none. */
  static String entiteitId(String gebruiker) {
    if (gebruiker == null || gebruiker.isEmpty()) {
      return "(leeg)";
    }
    return gebruiker.length() > MAX_ENTITEIT_ID ? gebruiker.substring(0, MAX_ENTITEIT_ID) : gebruiker;
  }
}
