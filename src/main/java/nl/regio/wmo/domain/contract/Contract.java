package nl.regio.wmo.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.regio.wmo.domain.shared.Periode;

/**
 * A deelovereenkomst between the region and one provider: the products the provider may deliver,
 * for which municipalities, in which period. Each product of a contract is a contract line; a
 * contract line may carry its own tariff versions, otherwise the regional default applies.
 */
@Entity
@Table(name = "contract")
public class Contract {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
  @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String nummer;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "aanbieder_id")
  private Aanbieder aanbieder;

  @Column(nullable = false)
  private String omschrijving;

  @Column(nullable = false)
  private LocalDate ingangsdatum;

  private LocalDate einddatum;

  @ManyToMany
  @JoinTable(
      name = "contract_product",
      joinColumns = @JoinColumn(name = "contract_id"),
      inverseJoinColumns = @JoinColumn(name = "product_id"))
  private Set<Product> producten = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "contract_gemeente",
      joinColumns = @JoinColumn(name = "contract_id"),
      inverseJoinColumns = @JoinColumn(name = "cbs_code"))
  private Set<Gemeente> gemeenten = new LinkedHashSet<>();

  @Version private long versie;

  protected Contract() {}

  public Contract(String nummer, Aanbieder aanbieder) {
    this.nummer = nummer;
    this.aanbieder = aanbieder;
  }

  public void wijzig(
      String omschrijving, Periode periode, Set<Product> producten, Set<Gemeente> gemeenten) {
    this.omschrijving = omschrijving;
    this.ingangsdatum = periode.start();
    this.einddatum = periode.einddatumInclusief();
    this.producten.clear();
    this.producten.addAll(producten);
    this.gemeenten.clear();
    this.gemeenten.addAll(gemeenten);
  }

  public Long id() {
    return id;
  }

  public String nummer() {
    return nummer;
  }

  public Aanbieder aanbieder() {
    return aanbieder;
  }

  public String omschrijving() {
    return omschrijving;
  }

  public Periode periode() {
    return Periode.inclusief(ingangsdatum, einddatum);
  }

  public boolean dekt(Product product) {
    return producten.contains(product);
  }

  public List<Product> producten() {
    return producten.stream().sorted(Comparator.comparing(Product::code)).toList();
  }

  public List<Gemeente> gemeenten() {
    return gemeenten.stream().sorted(Comparator.comparing(Gemeente::cbsCode)).toList();
  }
}
