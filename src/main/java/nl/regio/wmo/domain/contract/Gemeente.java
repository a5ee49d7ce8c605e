package nl.regio.wmo.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipality of the region, by CBS code. Region configuration, loaded from config/regio. */
@Entity
@Table(name = "gemeente")
public class Gemeente {

  @Id
  @Column(name = "cbs_code", length = 4)
  private String cbsCode;

  @Column(nullable = false)
  private String naam;

  protected Gemeente() {}

  public Gemeente(String cbsCode, String naam) {
    this.cbsCode = new nl.regio.wmo.domain.shared.GemeenteCode(cbsCode).waarde();
    this.naam = naam;
  }

  public String cbsCode() {
    return cbsCode;
  }

  public String naam() {
    return naam;
  }
}
