package nl.regio.wmo.application;

import java.util.List;

/** The input breaks one or more rules; each {@link Fout} names the field. Nothing was changed. */
public class OngeldigeInvoerException extends RuntimeException {

  private final transient List<Fout> fouten;

  public OngeldigeInvoerException(List<Fout> fouten) {
    super(fouten.size() == 1 ? fouten.get(0).melding() : fouten.size() + " velden zijn ongeldig");
    this.fouten = List.copyOf(fouten);
  }

  public static OngeldigeInvoerException van(String veld, String melding) {
    return new OngeldigeInvoerException(List.of(new Fout(veld, melding)));
  }

  public List<Fout> fouten() {
    return fouten;
  }
}
