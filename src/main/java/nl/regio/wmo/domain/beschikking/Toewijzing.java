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
 * (numeric, at most 9 digits, never reused), the product, the period and either the omvang (volume +
 * unit + frequency) or a budget. Its end date may change (with a RedenWijziging, WMO002); every state
 * it had is kept as a {@link ToewijzingVersie}. Toewijzingen with einddatum = ingangsdatum and reden
 * 13 count as removed (OP087: not a current toewijzing).
 *
 * <p>A budget toewijzing ({@link #metBudget}) carries the iWmo {@code Budget}: a total in cents
 * (LDT_Budget) for its whole period, which then has an end date (CD075). Omvang and budget exclude
 * each other (CD078): with a budget, volume, eenheid and frequentie are empty (CD077); the product
 * stays filled, and the provider declares in the product's own unit. The declarations on it must
 * stay within the budget together (TR369, see {@code PrestatieRegels}).
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

  /** Omvang: null for a budget toewijzing (CD077). */
  private Long volume;

  @Column(length = 2)
  @Convert(converter = CodeConverters.EenheidConverter.class)
  private Eenheid eenheid;

  /** WMO757: 2 per week, 4 per maand, 6 totaal binnen geldigheidsduur; null for a budget toewijzing. */
  @Column(length = 1)
  private String frequentie;

  /** LDT_Budget: the budget for the whole period in cents; null when the toewijzing has an omvang. */
  @Column(name = "budget_cent")
  private Long budgetCent;

  @Column(name = "reden_wijziging", length = 2)
  private String redenWijziging;

  @Column(name = "toegewezen_op", nullable = false)
  private OffsetDateTime toegewezenOp;

  @Version private long versie;

  protected Toewijzing() {}

  /** A toewijzing with an omvang: volume, eenheid (WJ756) and frequentie (WMO757). */
  public Toewijzing(long nummer, Beschikking beschikking, long volume, Eenheid eenheid, String frequentie, OffsetDateTime toegewezenOp) {
    this(nummer, beschikking, Long.valueOf(volume), java.util.Objects.requireNonNull(eenheid, "Eenheid is verplicht."),
        java.util.Objects.requireNonNull(frequentie, "Frequentie is verplicht."), null, toegewezenOp);
  }

  /**
   * A toewijzing with a budget in cents for its whole period instead of an omvang (CD077, CD078); the period must be
   * closed (CD075).
   */
  public static Toewijzing metBudget(long nummer, Beschikking beschikking, long budgetCent, OffsetDateTime toegewezenOp) {
    if (beschikking.periode().isOpen()) {
      throw new IllegalArgumentException("Een toewijzing met een budget heeft een einddatum (iWmo CD075).");
    }
    return new Toewijzing(nummer, beschikking, null, null, null, budgetCent, toegewezenOp);
  }

  private Toewijzing(
      long nummer, Beschikking beschikking, Long volume, Eenheid eenheid, String frequentie, Long budgetCent, OffsetDateTime toegewezenOp) {
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
    this.budgetCent = budgetCent;
    this.toegewezenOp = toegewezenOp;
    beschikking.koppel(this);
  }

  /** A new end date with its reason (WMO002); the number stays. */
  public void wijzigEinddatum(LocalDate einddatum, String redenWijziging, OffsetDateTime op) {
    if (budgetCent != null && einddatum == null) {
      throw new IllegalArgumentException("Een toewijzing met een budget heeft een einddatum (iWmo CD075).");
    }
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

  /** The omvang's volume; null for a budget toewijzing. */
  public Long volume() {
    return volume;
  }

  /** The omvang's unit; null for a budget toewijzing (declared in the product's unit, {@code product().eenheid()}). */
  public Eenheid eenheid() {
    return eenheid;
  }

  /** The omvang's frequency; null for a budget toewijzing. */
  public String frequentie() {
    return frequentie;
  }

  /** The budget for the whole period in cents; null when the toewijzing has an omvang. */
  public Long budgetCent() {
    return budgetCent;
  }

  public boolean heeftBudget() {
    return budgetCent != null;
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
