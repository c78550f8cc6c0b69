package io.ilana.config;

import java.util.regex.Pattern;

/** Helpers for printing R2DBC URLs without their passwords. */
public final class ConnectionUrls {
  private static final Pattern PASSWORD_OPTION = Pattern.compile("(?i)(password=)[^&;]*");

  private ConnectionUrls() {}

  /**
   * The URL with any password replaced by {@code ****}: the user-info password (which may itself
   * contain {@code :} or {@code @}) and any {@code password=} option. Works on malformed URLs too,
   * since those are the ones that end up in error messages.
   */
  public static String mask(String url) {
    return PASSWORD_OPTION.matcher(maskUserInfo(url)).replaceAll("$1****");
  }

  private static String maskUserInfo(String url) {
    int at = url.lastIndexOf('@');
    if (at < 0) {
      return url;
    }
    int authority = url.indexOf("//");
    int colon;
    if (authority >= 0 && authority < at) {
      colon = url.indexOf(':', authority + 2);
    } else {
      // No "//": the password can only follow the last ':' before '@'.
      colon = url.lastIndexOf(':', at);
    }
    if (colon < 0 || colon > at) {
      return url;
    }
    return url.substring(0, colon + 1) + "****" + url.substring(at);
  }
}
