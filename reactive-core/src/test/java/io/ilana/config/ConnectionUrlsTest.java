package io.ilana.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionUrlsTest {

  @Test
  void masksTheUserInfoPassword() {
    assertThat(ConnectionUrls.mask("r2dbc:postgresql://app:s3cret@db:5432/app"))
        .isEqualTo("r2dbc:postgresql://app:****@db:5432/app");
  }

  @Test
  void masksAPasswordContainingColonsAndAtSigns() {
    assertThat(ConnectionUrls.mask("r2dbc:mysql://app:p@ss:w0rd@db/app"))
        .isEqualTo("r2dbc:mysql://app:****@db/app");
  }

  @Test
  void masksPasswordOptions() {
    assertThat(ConnectionUrls.mask("r2dbc:h2:mem:///x?user=sa&password=top&x=1"))
        .isEqualTo("r2dbc:h2:mem:///x?user=sa&password=****&x=1");
  }

  @Test
  void leavesAUrlWithoutPasswordAlone() {
    assertThat(ConnectionUrls.mask("r2dbc:postgresql://postgres@127.0.0.1/app"))
        .isEqualTo("r2dbc:postgresql://postgres@127.0.0.1/app");
  }
}
