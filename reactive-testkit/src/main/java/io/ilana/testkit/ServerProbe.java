package io.ilana.testkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Tells whether something listens on a TCP port, without speaking its protocol. */
final class ServerProbe {
  private static final int TIMEOUT_MILLIS = 1_000;

  private ServerProbe() {}

  static boolean listening(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
