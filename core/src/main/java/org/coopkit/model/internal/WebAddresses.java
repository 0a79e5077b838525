package org.coopkit.model.internal;

import java.net.URI;
import org.coopkit.model.Limits;

/**
 * The one rule for a web address the model keeps, a {@link org.coopkit.model.Link}'s or a {@link
 * org.coopkit.model.source.Source}'s: absolute {@code http} or {@code https} with a host, no user
 * name or password, at most {@link Limits#URI} characters.
 */
public final class WebAddresses {
  private WebAddresses() {}

  /**
   * Adds to {@code v} each rule {@code address} breaks, under the field {@code path}.
   *
   * @param v the validator collecting the violations
   * @param address the address to check
   * @param path the field the address is given in
   */
  public static void check(Validator v, URI address, String path) {
    String scheme = address.getScheme();
    v.check(
        address.isAbsolute() && !address.isOpaque() && address.getRawAuthority() != null,
        path,
        "must be an absolute address with a host",
        address);
    v.check(
        "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme),
        path,
        "must use http or https",
        address);
    // A user name or password in a kept address would publish the credential: never shown.
    v.check(
        address.getRawUserInfo() == null,
        path,
        "must not carry a user name or password (user:password@)",
        "<" + address.toString().length() + " characters>");
    int length = address.toString().length();
    v.checkLazily(
        length <= Limits.URI,
        path,
        "must be at most " + Limits.URI + " characters long",
        () -> length + " characters");
  }
}
