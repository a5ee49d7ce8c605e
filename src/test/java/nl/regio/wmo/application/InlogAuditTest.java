package nl.regio.wmo.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The user name of a failed login as it goes into audit_regel.entiteit_id (VARCHAR(60), NOT NULL). */
class InlogAuditTest {

  @Test
  void deNaamZoalsGestuurdAfgekaptOpDeKolom() {
    assertEquals("consulent", InlogAudit.entiteitId("consulent"));
    assertEquals("x".repeat(60), InlogAudit.entiteitId("x".repeat(10_000)));
    assertEquals("(leeg)", InlogAudit.entiteitId(""));
    assertEquals("(leeg)", InlogAudit.entiteitId(null));
  }
}
