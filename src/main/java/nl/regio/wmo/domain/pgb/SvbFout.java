package nl.regio.wmo.domain.pgb;

/**
 * Why (part of) an SVB payment file is refused: the line in the file, counting every line (comments
 * and the header too; for a value spanning lines in quotes, its last line; 0 for the file as a whole,
 * e.g. a wrong header), the column (null for the whole row or file) and the reason. Never contains a
 * BSN: a row is named by its line number.
 */
public record SvbFout(int rij, String kolom, String reden) {

  @Override
  public String toString() {
    String waar = rij == 0 ? "bestand" : "rij " + rij;
    return kolom == null ? waar + ": " + reden : waar + ", kolom " + kolom + ": " + reden;
  }
}
