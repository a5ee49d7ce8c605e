package nl.regio.wmo.infrastructure.rapport;

/** The file formats a report is made in. */
public enum Formaat {
  PDF("application/pdf", "pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String mediaType;
  private final String extensie;

  Formaat(String mediaType, String extensie) {
    this.mediaType = mediaType;
    this.extensie = extensie;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Without the dot: {@code pdf}, {@code xlsx}. */
  public String extensie() {
    return extensie;
  }
}
