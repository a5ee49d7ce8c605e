package nl.regio.wmo.infrastructure.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer of the app, errors included (the error page is dispatched through here too).
 * Payara's own endpoints ({@code /health}, {@code /openapi}) are other web modules and do not pass this filter; the
 * {@code Server} and {@code X-Powered-By} headers are switched off in {@code config/server/preboot.asadmin}.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class BeveiligingsHeaders extends HttpFilter {

  /** The API only answers data: nothing may be loaded, framed or run from it. */
  static final String CSP_API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /**
   * Pages (the browser UI under /app/ to come, Jakarta Faces + PrimeFaces): own origin only. PrimeFaces needs
   * inline scripts with eval and inline styles unless its CSP mode ({@code primefaces.CSP} = true, nonces) is switched
   * on; then 'unsafe-inline' and 'unsafe-eval' can go from script-src.
   */
  static final String CSP_PAGINA = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    zet(request, response);
    chain.doFilter(request, response);
  }

  /** Sets the headers for this request's path (for an error page: the path that failed). */
  public static void zet(HttpServletRequest request, HttpServletResponse response) {
    Object foutPad = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String pad = foutPad instanceof String s ? s : request.getRequestURI();
    String binnenApp = pad.substring(Math.min(pad.length(), request.getContextPath().length()));
    boolean api = binnenApp.equals("/api") || binnenApp.startsWith("/api/");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", api ? CSP_API : CSP_PAGINA);
    if (api || binnenApp.startsWith("/app")) {
      response.setHeader("Cache-Control", "no-store"); // personal and financial data, in the API and on the pages
    }
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
