package nl.regio.wmo.application;

/** The change conflicts with what is stored (a duplicate key, an overlapping tariff version). */
public class ConflictException extends RuntimeException {

  private final String veld;

  public ConflictException(String veld, String reden) {
    super(reden);
    this.veld = veld;
  }

  public String veld() {
    return veld;
  }
}
