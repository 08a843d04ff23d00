package org.mediation.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay on 127.0.0.1 in front of a server, which a test can pause: like a SIGSTOP of the server, connections
 * stay open and new ones are accepted, but no byte goes through until {@link #resume()}.
 */
final class PausableProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int upstreamPort;
    private final Object gate = new Object();
    private final AtomicBoolean paused = new AtomicBoolean();

    PausableProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "proxy-" + upstreamPort);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    void pause() {
        paused.set(true);
    }

    void resume() {
        synchronized (gate) {
            paused.set(false);
            gate.notifyAll();
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                relay(client, server);
                relay(server, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread pump = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int read; (read = in.read(buffer)) != -1; ) {
                            awaitOpen();
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException | InterruptedException e) {
                        // one side closed: the other follows
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private void awaitOpen() throws InterruptedException {
        synchronized (gate) {
            while (paused.get()) {
                gate.wait();
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        resume();
        listener.close();
    }
}
