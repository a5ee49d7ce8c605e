package nl.regio.wmo.domain.beschikking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import nl.regio.wmo.domain.contract.Gemeente;
import nl.regio.wmo.domain.shared.Bsn;

/**
 * A resident who receives support: identified by BSN (personal data: never logged, masked for roles
 * that do not need it), living in a municipality of the region, which pays for the support.
 */
@Entity
@Table(name = "client")
public class Client {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
  @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 9)
  private String bsn;

  @Column(nullable = false)
  private String achternaam;

  private String voorvoegsel;
  private String voorletters;

  @Column(nullable = false)
  private LocalDate geboortedatum;

  /** COD046: 0 onbekend, 1 man, 2 vrouw. */
  @Column(nullable = false, length = 1)
  private String geslacht;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cbs_code")
  private Gemeente gemeente;

  private String postcode;
  private Integer huisnummer;

  @Version private long versie;

  protected Client() {}

  public Client(Bsn bsn) {
    this.bsn = bsn.waarde();
  }

  public void wijzig(
      String achternaam, String voorvoegsel, String voorletters, LocalDate geboortedatum, String geslacht,
      Gemeente gemeente, String postcode, Integer huisnummer) {
    this.achternaam = achternaam;
    this.voorvoegsel = voorvoegsel;
    this.voorletters = voorletters;
    this.geboortedatum = geboortedatum;
    this.geslacht = geslacht;
    this.gemeente = gemeente;
    this.postcode = postcode;
    this.huisnummer = huisnummer;
  }

  public Long id() {
    return id;
  }

  public Bsn bsn() {
    return new Bsn(bsn);
  }

  public String achternaam() {
    return achternaam;
  }

  public String voorvoegsel() {
    return voorvoegsel;
  }

  public String voorletters() {
    return voorletters;
  }

  public LocalDate geboortedatum() {
    return geboortedatum;
  }

  public String geslacht() {
    return geslacht;
  }

  public Gemeente gemeente() {
    return gemeente;
  }

  public String postcode() {
    return postcode;
  }

  public Integer huisnummer() {
    return huisnummer;
  }

  /** "J. de Vries" — for lists and messages; never the BSN. */
  public String weergavenaam() {
    return ((voorletters == null ? "" : voorletters + " ") + (voorvoegsel == null ? "" : voorvoegsel + " ") + achternaam).trim();
  }
}
