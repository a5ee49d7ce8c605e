package nl.regio.wmo.domain.beschikking;

/** How a beschikking is delivered: in kind through a contracted provider (ZIN), or as a personal budget (PGB). */
public enum Leveringsvorm {
  ZIN,
  PGB
}
