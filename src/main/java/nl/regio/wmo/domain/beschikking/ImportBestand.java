package nl.regio.wmo.domain.beschikking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A file that was imported, by content (SHA-256): the same content is never applied twice, whatever
 * the file is called. The unique key (soort, sha256) guards it even when two nodes race.
 */
@Entity
@Table(name = "import_bestand")
public class ImportBestand {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_bestand_seq")
  @SequenceGenerator(name = "import_bestand_seq", sequenceName = "import_bestand_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String soort;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(nullable = false)
  private String naam;

  @Column(nullable = false)
  private int regels;

  @Column(name = "verwerkt_op", nullable = false)
  private OffsetDateTime verwerktOp;

  protected ImportBestand() {}

  public ImportBestand(String soort, String sha256, String naam, int regels, OffsetDateTime verwerktOp) {
    this.soort = soort;
    this.sha256 = sha256;
    this.naam = naam;
    this.regels = regels;
    this.verwerktOp = verwerktOp;
  }

  public String naam() {
    return naam;
  }

  public OffsetDateTime verwerktOp() {
    return verwerktOp;
  }
}
