package nl.regio.wmo.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;

/**
 * One version of a tariff: an amount in eurocents per unit of the product (per dagdeel, per hour,
 * or — for a product priced per klasse — the trajectbedrag of one klasse per month), valid from
 * its ingangsdatum up to and including its einddatum (none: until further notice).
 *
 * <p>A tariff belongs to a contract line (contract × product) or, without a contract, is the
 * regional default for the product. Versions are append-only: a change of amount is a new version
 * with a new start date; the only change an existing version takes is being ended, so it still
 * answers for the past.
 */
@Entity
@Table(name = "tarief")
public class Tarief {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tarief_seq")
  @SequenceGenerator(name = "tarief_seq", sequenceName = "tarief_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "product_id")
  private Product product;

  /** Null for the regional default tariff. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id")
  private Contract contract;

  private Integer klasse;

  @Column(nullable = false)
  private LocalDate ingangsdatum;

  private LocalDate einddatum;

  @Column(name = "bedrag_cent", nullable = false)
  private long bedragCent;

  protected Tarief() {}

  public Tarief(Product product, Contract contract, Integer klasse, Periode periode, Money bedrag) {
    this.product = Objects.requireNonNull(product, "Product is verplicht.");
    this.contract = contract;
    this.klasse = klasse;
    this.ingangsdatum = periode.start();
    this.einddatum = periode.einddatumInclusief();
    if (bedrag.isNegative()) {
      throw new IllegalArgumentException("Een tarief kan niet negatief zijn.");
    }
    this.bedragCent = bedrag.cent();
  }

  /** Ends this version on {@code laatsteDag} (inclusive); it keeps answering for dates up to then. */
  public void beeindig(LocalDate laatsteDag) {
    if (laatsteDag.isBefore(ingangsdatum)) {
      throw new IllegalArgumentException("Einddatum " + laatsteDag + " ligt voor de ingangsdatum " + ingangsdatum + ".");
    }
    this.einddatum = laatsteDag;
  }

  /** Makes an ended version open-ended again (valid until further notice). */
  public void heropen() {
    this.einddatum = null;
  }

  public Long id() {
    return id;
  }

  public Product product() {
    return product;
  }

  /** Null for a regional default. */
  public Contract contract() {
    return contract;
  }

  public boolean isRegionaal() {
    return contract == null;
  }

  public Integer klasse() {
    return klasse;
  }

  public Periode periode() {
    return Periode.inclusief(ingangsdatum, einddatum);
  }

  public Money bedrag() {
    return Money.ofCents(bedragCent);
  }

  public boolean geldtOp(LocalDate datum) {
    return periode().bevat(datum);
  }
}
