package org.rasid.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.rasid.core.io.InputRejectedException;
import org.rasid.index.QuerySyntaxException;

class ServerConfigTest {
  @Test
  void defaultsListenOnLoopbackWithAFiveMegabyteLimit() {
    ServerConfig c = ServerConfig.defaults();
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.maxBodyBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(c.withPort(0).port()).isZero();
  }

  @Test
  void badValuesAreRefused() {
    assertThatThrownBy(() -> ServerConfig.defaults().withPort(65_536)).hasMessageContaining("port");
    assertThatThrownBy(() -> ServerConfig.defaults().withPort(-1)).hasMessageContaining("port");
    assertThatThrownBy(() -> ServerConfig.defaults().withMaxBodyBytes(0)).hasMessageContaining("maxBodyBytes");
    assertThatThrownBy(() -> ServerConfig.defaults().withHost(" ")).hasMessageContaining("host");
  }

  @Test
  void failuresMapExceptionsToStatusesInOnePlace() {
    assertThat(Failure.of(new QuerySyntaxException("bad")).status()).isEqualTo(400);
    assertThat(Failure.of(new NotFoundResponse("gone"))).isEqualTo(new Failure(404, "gone"));
    assertThat(Failure.of(InputRejectedException.tooLarge("b", 9)).status()).isEqualTo(413);
    assertThat(Failure.of(InputRejectedException.empty("b")).status()).isEqualTo(422);
    assertThat(Failure.of(InputRejectedException.binary("b", "PNG image")).status()).isEqualTo(422);
    assertThat(Failure.of(InputRejectedException.unreadable("b", "x")).status()).isEqualTo(400);
    assertThat(Failure.of(new IOException("disk /x failed"))).isEqualTo(new Failure(500, "internal server error"));
    assertThat(Failure.of(new IllegalArgumentException("bug"))).isEqualTo(new Failure(500, "internal server error"));
  }
}
