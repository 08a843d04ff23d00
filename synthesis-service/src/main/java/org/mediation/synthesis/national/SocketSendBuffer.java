package org.mediation.synthesis.national;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * {@code synthesis.stream.socket-send-buffer}, when set: the send buffer of every connection of the service (Tomcat's
 * {@code socket.txBufSize}). Unset, the system sizes it (up to megabytes on Linux), and a national stream whose client
 * stopped reading is found stalled, then dropped, only once that much is waiting in it; a smaller buffer finds it
 * sooner and bounds the memory each such client holds, at the cost of slower large downloads on distant links.
 */
@Component
@ConditionalOnProperty("synthesis.stream.socket-send-buffer")
class SocketSendBuffer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final DataSize size;

    SocketSendBuffer(@Value("${synthesis.stream.socket-send-buffer}") DataSize size) {
        this.size = size;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(
                connector -> connector.setProperty("socket.txBufSize", String.valueOf(size.toBytes())));
    }
}
