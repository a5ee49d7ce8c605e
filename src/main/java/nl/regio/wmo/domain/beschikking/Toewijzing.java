package nl.regio.wmo.domain.beschikking;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.regio.wmo.domain.contract.Aanbieder;
import nl.regio.wmo.domain.contract.CodeConverters;
import nl.regio.wmo.domain.contract.Eenheid;
import nl.regio.wmo.domain.contract.Product;
import nl.regio.wmo.domain.shared.Periode;

/**
 * The assignment of a ZIN beschikking to its provider, as sent in a WMO301: a ToewijzingNummer
 * (numeric, at most 9 digits, never reused), the product, the period and the omvang (volume + unit
 * + frequency). Its end date may change (with a RedenWijziging, WMO002); every state it had is kept
 * as a {@link ToewijzingVersie}. Toewijzingen with einddatum = ingangsdatum and reden 13 count as
 * removed (OP087: not a current toewijzing).
 */
@Entity
@Table(name = "toewijzing")
public class Toewijzing {

  public static final String REDEN_VERLENGING = "04";
  public static final String REDEN_VERKORTING = "05";
  public static final String REDEN_VERWIJDERD = "13";

  @Id private Long nummer;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "beschikking_id")
  private Beschikking beschikking;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "client_id")
  private Client client;

  @ManyToOne(optional = false)
  @JoinColumn(name = "aanbieder_id")
  private Aanbieder aanbieder;

  @ManyToOne(optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  @Column(nullable = false)
  private LocalDate ingangsdatum;

  private LocalDate einddatum;

  @Column(nullable = false)
  private long volume;

  @Column(nullable = false, length = 2)
  @Convert(converter = CodeConverters.EenheidConverter.class)
  private Eenheid eenheid;

  /** WMO757: 2 per week, 4 per maand, 6 totaal binnen geldigheidsduur. */
  @Column(nullable = false, length = 1)
  private String frequentie;

  @Column(name = "reden_wijziging", length = 2)
  private String redenWijziging;

  @Column(name = "toegewezen_op", nullable = false)
  private OffsetDateTime toegewezenOp;

  @Version private long versie;

  protected Toewijzing() {}

  public Toewijzing(long nummer, Beschikking beschikking, long volume, Eenheid eenheid, String frequentie, OffsetDateTime toegewezenOp) {
    this.nummer = nummer;
    this.beschikking = beschikking;
    this.client = beschikking.client();
    this.aanbieder = beschikking.aanbieder();
    this.product = beschikking.product();
    this.ingangsdatum = beschikking.periode().start();
    this.einddatum = beschikking.periode().einddatumInclusief();
    this.volume = volume;
    this.eenheid = eenheid;
    this.frequentie = frequentie;
    this.toegewezenOp = toegewezenOp;
    beschikking.koppel(this);
  }

  /** A new end date with its reason (WMO002); the number stays. */
  public void wijzigEinddatum(LocalDate einddatum, String redenWijziging, OffsetDateTime op) {
    this.einddatum = Periode.inclusief(ingangsdatum, einddatum).einddatumInclusief();
    this.redenWijziging = redenWijziging;
    this.toegewezenOp = op;
  }

  public long nummer() {
    return nummer;
  }

  public Beschikking beschikking() {
    return beschikking;
  }

  public Client client() {
    return client;
  }

  public Aanbieder aanbieder() {
    return aanbieder;
  }

  public Product product() {
    return product;
  }

  public Periode periode() {
    return Periode.inclusief(ingangsdatum, einddatum);
  }

  public long volume() {
    return volume;
  }

  public Eenheid eenheid() {
    return eenheid;
  }

  public String frequentie() {
    return frequentie;
  }

  public String redenWijziging() {
    return redenWijziging;
  }

  public OffsetDateTime toegewezenOp() {
    return toegewezenOp;
  }

  /** Removed: einddatum = ingangsdatum with reden 13; it counts as never sent (OP033x1, OP087). */
  public boolean isVerwijderd() {
    return REDEN_VERWIJDERD.equals(redenWijziging) && ingangsdatum.equals(einddatum);
  }
}
