package nl.regio.wmo.domain.beschikking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One state of a toewijzing as it was fixed and sent; written once, never updated. */
@Entity
@Table(name = "toewijzing_versie")
public class ToewijzingVersie {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "toewijzing_versie_seq")
  @SequenceGenerator(name = "toewijzing_versie_seq", sequenceName = "toewijzing_versie_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private long nummer;

  @Column(nullable = false)
  private LocalDate ingangsdatum;

  private LocalDate einddatum;

  /** Null for a budget toewijzing. */
  private Long volume;

  @Column(name = "budget_cent")
  private Long budgetCent;

  @Column(name = "reden_wijziging")
  private String redenWijziging;

  @Column(name = "toegewezen_op", nullable = false)
  private OffsetDateTime toegewezenOp;

  @Column(nullable = false)
  private String door;

  protected ToewijzingVersie() {}

  public ToewijzingVersie(Toewijzing t, String door) {
    this.nummer = t.nummer();
    this.ingangsdatum = t.periode().start();
    this.einddatum = t.periode().einddatumInclusief();
    this.volume = t.volume();
    this.budgetCent = t.budgetCent();
    this.redenWijziging = t.redenWijziging();
    this.toegewezenOp = t.toegewezenOp();
    this.door = door;
  }

  public long nummer() {
    return nummer;
  }

  public LocalDate ingangsdatum() {
    return ingangsdatum;
  }

  public LocalDate einddatum() {
    return einddatum;
  }

  public Long volume() {
    return volume;
  }

  public Long budgetCent() {
    return budgetCent;
  }

  public String redenWijziging() {
    return redenWijziging;
  }

  public OffsetDateTime toegewezenOp() {
    return toegewezenOp;
  }

  public String door() {
    return door;
  }
}
