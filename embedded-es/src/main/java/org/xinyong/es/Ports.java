package org.xinyong.es;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks on the loopback interface the embedded server binds to. */
final class Ports {
    private Ports() {
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // as Elasticsearch binds: connections of a previous server in TIME_WAIT do not make the
            // port unusable, and a restart keeps its port (clients reconnect without reconfiguring)
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int pickFree() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedEsException("no free port on 127.0.0.1: " + e.getMessage());
        }
    }
}
