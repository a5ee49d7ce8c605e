package nl.regio.wmo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import nl.regio.wmo.domain.audit.AuditRegel;

/**
 * Writes the audit trail in the caller's transaction: who (the authenticated user, or "systeem"
 * for start-up loading), when, and the old and new value as the API shows them.
 */
@ApplicationScoped
public class AuditLog {

  public static final String SYSTEEM = "systeem";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject SecurityContext securityContext;

  private final Jsonb jsonb = JsonbBuilder.create();

  public void aangemaakt(String entiteit, Object id, Object nieuw) {
    schrijf(entiteit, id, "AANGEMAAKT", null, nieuw);
  }

  public void gewijzigd(String entiteit, Object id, Object oud, Object nieuw) {
    schrijf(entiteit, id, "GEWIJZIGD", oud, nieuw);
  }

  private void schrijf(String entiteit, Object id, String actie, Object oud, Object nieuw) {
    em.persist(
        new AuditRegel(
            entiteit,
            String.valueOf(id),
            actie,
            gebruiker(),
            OffsetDateTime.now(clock),
            oud == null ? null : jsonb.toJson(oud),
            nieuw == null ? null : jsonb.toJson(nieuw)));
  }

  /** The user whose request this is, or "systeem" outside a request. */
  public String gebruiker() {
    try {
      Principal p = securityContext.getCallerPrincipal();
      return p == null ? SYSTEEM : p.getName();
    } catch (RuntimeException geenVerzoek) {
      return SYSTEEM;
    }
  }

  /** The audit rows, newest first, filtered on entity type, entity id and time. */
  public Pagina<AuditGegevens> zoek(
      String entiteit, String entiteitId, LocalDateTime van, LocalDateTime tot, int pagina, int grootte) {
    return zoek(entiteit, entiteitId, van, tot, pagina, grootte, null);
  }

  /** As above; {@code bekendTotaal}: the number of rows of this filter, counted before (a next page), or null. */
  public Pagina<AuditGegevens> zoek(
      String entiteit, String entiteitId, LocalDateTime van, LocalDateTime tot, int pagina, int grootte, Long bekendTotaal) {
    return new Zoekvraag("AuditRegel x")
        .filter("x.entiteit = :entiteit", "entiteit", entiteit)
        .filter("x.entiteitId = :entiteitId", "entiteitId", entiteitId)
        .filter("x.tijdstip >= :van", "van", van == null ? null : van.atZone(clock.getZone()).toOffsetDateTime())
        .filter("x.tijdstip < :tot", "tot", tot == null ? null : tot.atZone(clock.getZone()).toOffsetDateTime())
        .sleutel("x.id")
        .pagina(em, AuditRegel.class, "x.tijdstip desc, x.id desc", pagina, grootte, AuditGegevens::van, bekendTotaal);
  }

  /** An audit row as the API shows it; old and new value are the JSON of the entity. */
  public record AuditGegevens(
      long id,
      String entiteit,
      String entiteitId,
      String actie,
      String gebruiker,
      OffsetDateTime tijdstip,
      String oudeWaarde,
      String nieuweWaarde) {
    static AuditGegevens van(AuditRegel r) {
      return new AuditGegevens(
          r.id(), r.entiteit(), r.entiteitId(), r.actie(), r.gebruiker(), r.tijdstip(), r.oudeWaarde(), r.nieuweWaarde());
    }
  }
}
