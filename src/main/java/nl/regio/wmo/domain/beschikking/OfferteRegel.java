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

/** One provider's quote (offerte) a beschikking above 13 hours a week was based on. */
@Entity
@Table(name = "offerte")
public class OfferteRegel {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offerte_seq")
  @SequenceGenerator(name = "offerte_seq", sequenceName = "offerte_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "beschikking_id")
  private Beschikking beschikking;

  @Column(name = "aanbieder_agb", nullable = false, length = 8)
  private String aanbiederAgb;

  @Column(name = "maandbedrag_cent", nullable = false)
  private long maandbedragCent;

  protected OfferteRegel() {}

  OfferteRegel(Beschikking beschikking, String aanbiederAgb, long maandbedragCent) {
    this.beschikking = beschikking;
    this.aanbiederAgb = aanbiederAgb;
    this.maandbedragCent = maandbedragCent;
  }

  public String aanbiederAgb() {
    return aanbiederAgb;
  }

  public long maandbedragCent() {
    return maandbedragCent;
  }
}
