package nl.regio.wmo.application;

import java.util.List;

/** An imported file is refused as a whole: nothing of it was applied. Each line of the report names a row and a rule. */
public class ImportAfgekeurdException extends RuntimeException {

  private final transient List<String> regels;

  public ImportAfgekeurdException(String samenvatting, List<String> regels) {
    super(samenvatting);
    this.regels = List.copyOf(regels);
  }

  public List<String> regels() {
    return regels;
  }

  /** The report written next to the refused file. */
  public String verslag() {
    return getMessage() + System.lineSeparator() + String.join(System.lineSeparator(), regels) + System.lineSeparator();
  }
}
