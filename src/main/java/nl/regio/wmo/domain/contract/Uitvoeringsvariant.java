package nl.regio.wmo.domain.contract;

/**
 * How a product is delivered and paid (iWmo uitvoeringsvarianten, reference.md §2.8):
 * inspanningsgericht = time units delivered × tariff; outputgericht = an agreed result, e.g. a
 * trajectbedrag per klasse per month. Taakgericht has no client-level declaration and is not used.
 */
public enum Uitvoeringsvariant {
  INSPANNINGSGERICHT,
  OUTPUTGERICHT
}
