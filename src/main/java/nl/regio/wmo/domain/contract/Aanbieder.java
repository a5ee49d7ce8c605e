package nl.regio.wmo.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.Iban;

/** A care provider, identified by its AGB code, paid to its IBAN. */
@Entity
@Table(name = "aanbieder")
public class Aanbieder {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aanbieder_seq")
  @SequenceGenerator(name = "aanbieder_seq", sequenceName = "aanbieder_seq", allocationSize = 50)
  private Long id;

  @Column(name = "agb_code", nullable = false, unique = true, length = 8)
  private String agbCode;

  @Column(nullable = false)
  private String naam;

  @Column(nullable = false, length = 34)
  private String iban;

  @Version private long versie;

  protected Aanbieder() {}

  public Aanbieder(AgbCode agbCode, String naam, Iban iban) {
    this.agbCode = agbCode.waarde();
    wijzig(naam, iban);
  }

  public void wijzig(String naam, Iban iban) {
    this.naam = naam;
    this.iban = iban.waarde();
  }

  public Long id() {
    return id;
  }

  public AgbCode agbCode() {
    return new AgbCode(agbCode);
  }

  public String naam() {
    return naam;
  }

  public Iban iban() {
    return new Iban(iban);
  }
}
