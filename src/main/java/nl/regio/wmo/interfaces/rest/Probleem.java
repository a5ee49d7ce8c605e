package nl.regio.wmo.interfaces.rest;

import java.util.List;
import nl.regio.wmo.application.Fout;

/** An RFC 9457 problem document; {@code fouten} names each bad field. */
public record Probleem(String type, String title, int status, String detail, List<Fout> fouten) {
  public static final String MEDIA_TYPE = "application/problem+json";
}
