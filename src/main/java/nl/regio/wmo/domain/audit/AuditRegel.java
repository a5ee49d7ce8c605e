package nl.regio.wmo.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One change to audited data: who changed which entity when, with the old and the new value (as
 * JSON, the way the API shows them). Written in the same transaction as the change; never updated.
 */
@Entity
@Table(name = "audit_regel")
public class AuditRegel {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String entiteit;

  @Column(name = "entiteit_id", nullable = false)
  private String entiteitId;

  @Column(nullable = false)
  private String actie;

  @Column(nullable = false)
  private String gebruiker;

  @Column(nullable = false)
  private OffsetDateTime tijdstip;

  @Column(name = "oude_waarde")
  private String oudeWaarde;

  @Column(name = "nieuwe_waarde")
  private String nieuweWaarde;

  protected AuditRegel() {}

  public AuditRegel(
      String entiteit,
      String entiteitId,
      String actie,
      String gebruiker,
      OffsetDateTime tijdstip,
      String oudeWaarde,
      String nieuweWaarde) {
    this.entiteit = entiteit;
    this.entiteitId = entiteitId;
    this.actie = actie;
    this.gebruiker = gebruiker;
    this.tijdstip = tijdstip;
    this.oudeWaarde = oudeWaarde;
    this.nieuweWaarde = nieuweWaarde;
  }

  public Long id() {
    return id;
  }

  public String entiteit() {
    return entiteit;
  }

  public String entiteitId() {
    return entiteitId;
  }

  public String actie() {
    return actie;
  }

  public String gebruiker() {
    return gebruiker;
  }

  public OffsetDateTime tijdstip() {
    return tijdstip;
  }

  public String oudeWaarde() {
    return oudeWaarde;
  }

  public String nieuweWaarde() {
    return nieuweWaarde;
  }
}
