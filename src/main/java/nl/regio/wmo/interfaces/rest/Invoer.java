package nl.regio.wmo.interfaces.rest;

import nl.regio.wmo.application.OngeldigeInvoerException;

/** Checks on a request body that hold for every resource. */
final class Invoer {

  private Invoer() {}

  static <T> T verplicht(T body) {
    if (body == null) {
      throw OngeldigeInvoerException.van("body", "een JSON-object is verplicht");
    }
    return body;
  }
}
