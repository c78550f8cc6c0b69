package io.ilana.config;

import java.util.regex.Pattern;

/** Helpers for printing R2DBC URLs without their passwords. */
public final class ConnectionUrls {
  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(://[^:/@]+):[^@/]*@");
  private static final Pattern PASSWORD_OPTION = Pattern.compile("(?i)(password=)[^&;]*");

  private ConnectionUrls() {}

  /** The URL with any password replaced by {@code ****}. */
  public static String mask(String url) {
    String masked = USER_INFO_PASSWORD.matcher(url).replaceFirst("$1:****@");
    return PASSWORD_OPTION.matcher(masked).replaceAll("$1****");
  }
}
