package nl.regio.wmo.domain.beschikking;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.regio.wmo.domain.contract.Aanbieder;
import nl.regio.wmo.domain.contract.Product;
import nl.regio.wmo.domain.shared.Periode;

/**
 * A decision for one client and one product, in kind (ZIN, through a provider: it becomes a
 * {@link Toewijzing}) or as a personal budget (PGB), for a period, with an omvang: a volume per week
 * for dagdeel and hour products; a klasse, or above 13 hours an offerte with its own monthly amount,
 * for products priced per klasse. Instead of an omvang a ZIN beschikking may carry a budget: a total
 * amount in cents for its whole (closed) period, which its toewijzing carries as the iWmo {@code
 * Budget} (LDT_Budget; CD075, CD077, CD078; see {@link Beleidsregels}).
 *
 * <p>Only the end date of a beschikking ever changes (shortened or extended, iWmo OP033x1); any other
 * change of omvang ends this beschikking and starts a new one that points back at it ({@code
 * vorige}), so the history is never overwritten.
 */
@Entity
@Table(name = "beschikking")
public class Beschikking {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beschikking_seq")
  @SequenceGenerator(name = "beschikking_seq", sequenceName = "beschikking_seq", allocationSize = 50)
  private Long id;

  /** The municipal system's own number, when the beschikking came from it (CSV import). */
  @Column(name = "extern_nummer", unique = true)
  private String externNummer;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "client_id")
  private Client client;

  @ManyToOne(optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 3)
  private Leveringsvorm leveringsvorm;

  @ManyToOne
  @JoinColumn(name = "aanbieder_id")
  private Aanbieder aanbieder;

  @Column(nullable = false)
  private LocalDate ingangsdatum;

  private LocalDate einddatum;

  @Column(name = "volume_per_week")
  private Integer volumePerWeek;

  private Integer klasse;

  @Column(name = "uren_per_week", precision = 5, scale = 2)
  private BigDecimal urenPerWeek;

  @Column(name = "offerte_maand_cent")
  private Long offerteMaandbedragCent;

  /** The budget for the whole period in cents (ZIN only, instead of an omvang); null when there is an omvang. */
  @Column(name = "budget_cent")
  private Long budgetCent;

  @OneToMany(mappedBy = "beschikking", cascade = CascadeType.PERSIST)
  private List<OfferteRegel> offertes = new ArrayList<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "vorige_id")
  private Beschikking vorige;

  /** The toewijzing of a ZIN beschikking; null for PGB. */
  @OneToOne(mappedBy = "beschikking")
  private Toewijzing toewijzing;

  @Column(name = "vastgesteld_op", nullable = false)
  private OffsetDateTime vastgesteldOp;

  @Column(name = "vastgesteld_door", nullable = false)
  private String vastgesteldDoor;

  @Version private long versie;

  protected Beschikking() {}

  public Beschikking(
      Client client,
      Product product,
      Leveringsvorm leveringsvorm,
      Aanbieder aanbieder,
      Periode periode,
      Integer volumePerWeek,
      Integer klasse,
      BigDecimal urenPerWeek,
      Long offerteMaandbedragCent,
      Long budgetCent,
      String externNummer,
      Beschikking vorige,
      OffsetDateTime vastgesteldOp,
      String vastgesteldDoor) {
    this.client = client;
    this.product = product;
    this.leveringsvorm = leveringsvorm;
    this.aanbieder = leveringsvorm == Leveringsvorm.ZIN ? aanbieder : null;
    this.ingangsdatum = periode.start();
    this.einddatum = periode.einddatumInclusief();
    this.volumePerWeek = volumePerWeek;
    this.klasse = klasse;
    this.urenPerWeek = urenPerWeek;
    this.offerteMaandbedragCent = offerteMaandbedragCent;
    this.budgetCent = budgetCent;
    this.externNummer = externNummer;
    this.vorige = vorige;
    this.vastgesteldOp = vastgesteldOp;
    this.vastgesteldDoor = vastgesteldDoor;
  }

  public void voegOfferteToe(String aanbiederAgb, long maandbedragCent) {
    offertes.add(new OfferteRegel(this, aanbiederAgb, maandbedragCent));
  }

  /** Shortens or extends the beschikking; {@code einddatum} null makes it open-ended. */
  public void wijzigEinddatum(LocalDate einddatum) {
    this.einddatum = Periode.inclusief(ingangsdatum, einddatum).einddatumInclusief();
  }

  public Long id() {
    return id;
  }

  public String externNummer() {
    return externNummer;
  }

  public Client client() {
    return client;
  }

  public Product product() {
    return product;
  }

  public Leveringsvorm leveringsvorm() {
    return leveringsvorm;
  }

  /** The provider, for ZIN; null for PGB. */
  public Aanbieder aanbieder() {
    return aanbieder;
  }

  public Periode periode() {
    return Periode.inclusief(ingangsdatum, einddatum);
  }

  public Integer volumePerWeek() {
    return volumePerWeek;
  }

  public Integer klasse() {
    return klasse;
  }

  public BigDecimal urenPerWeek() {
    return urenPerWeek;
  }

  public Long offerteMaandbedragCent() {
    return offerteMaandbedragCent;
  }

  public boolean isOfferte() {
    return offerteMaandbedragCent != null;
  }

  /** The budget for the whole period in cents; null when the beschikking has an omvang. */
  public Long budgetCent() {
    return budgetCent;
  }

  public List<OfferteRegel> offertes() {
    return List.copyOf(offertes);
  }

  /** The toewijzing of a ZIN beschikking; empty for PGB. */
  public java.util.Optional<Toewijzing> toewijzing() {
    return java.util.Optional.ofNullable(toewijzing);
  }

  void koppel(Toewijzing toewijzing) {
    this.toewijzing = toewijzing;
  }

  /** Removed through its toewijzing (reden 13): treated as never issued. */
  public boolean isVerwijderd() {
    return toewijzing != null && toewijzing.isVerwijderd();
  }

  public Beschikking vorige() {
    return vorige;
  }

  public OffsetDateTime vastgesteldOp() {
    return vastgesteldOp;
  }

  public String vastgesteldDoor() {
    return vastgesteldDoor;
  }
}
