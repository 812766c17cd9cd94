package dev.rivulet.runtime.transport.websocket;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WebSocket client on Netty: connects (ws:// or wss://, with extra headers and a subprotocol if given), reports text
 * messages, and keeps the connection up: a failed or lost connection is retried with back-off, doubling from
 * reconnectMin to reconnectMax and starting over after each successful handshake. Pings are answered by Netty.
 *
 * <p>State lives on the client's one network thread; {@link #start()} and {@link #close()} are thread-safe.
 *
 * <pre>{@code
 * try (WebSocketClient c = new WebSocketClient(WebSocketOptions.fromUrl("ws://localhost:8080/feed"), listener)) {
 *     c.start();
 * }
 * }</pre>
 */
public final class WebSocketClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketClient.class);

    private final WebSocketOptions options;
    private final WebSocketListener listener;
    private final EventLoopGroup group;
    private final EventLoop loop;
    private final SslContext ssl;

    // touched only on the network thread
    private Channel channel;
    private boolean started;
    private boolean everConnected;
    private long backoffMillis;

    private volatile boolean open = true;
    private volatile boolean connected;

    public WebSocketClient(WebSocketOptions options, WebSocketListener listener) {
        this.options = options;
        this.listener = listener;
        this.ssl = options.tls() ? sslContext() : null;
        this.group = new NioEventLoopGroup(1, new DefaultThreadFactory("rivulet-websocket", true));
        this.loop = group.next();
        this.backoffMillis = options.reconnectMin().toMillis();
    }

    private static SslContext sslContext() {
        try {
            return SslContextBuilder.forClient().build();
        } catch (SSLException e) {
            throw new IllegalArgumentException("TLS is not available: " + e.getMessage(), e);
        }
    }

    /** Starts connecting (and reconnecting whenever the connection is lost) until {@link #close()}. */
    public WebSocketClient start() {
        loop.execute(() -> {
            if (!started && open) {
                started = true;
                connect();
            }
        });
        return this;
    }

    /** True while the handshake is done and the connection is up. */
    public boolean isConnected() {
        return connected;
    }

    private void connect() {
        if (!open) {
            return;
        }
        HttpHeaders headers = new DefaultHttpHeaders();
        for (Map.Entry<String, String> h : options.headers().entrySet()) {
            headers.add(h.getKey(), h.getValue());
        }
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
            .webSocketUri(options.uri())
            .version(WebSocketVersion.V13)
            .subprotocol(options.subprotocol())
            .customHeaders(headers)
            .maxFramePayloadLength(options.maxMessageBytes())
            .handshakeTimeoutMillis(10_000)
            .build();
        Bootstrap b = new Bootstrap().group(loop).channel(NioSocketChannel.class)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
            .handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ChannelPipeline p = ch.pipeline();
                    if (ssl != null) {
                        p.addLast(ssl.newHandler(ch.alloc(), options.uri().getHost(), options.port()));
                    }
                    p.addLast(new HttpClientCodec(), new HttpObjectAggregator(64 * 1024),
                        new WebSocketClientProtocolHandler(config),
                        new WebSocketFrameAggregator(options.maxMessageBytes()), new Frames());
                }
            });
        ChannelFuture f = b.connect(options.uri().getHost(), options.port());
        channel = f.channel();
        f.addListener(done -> {
            if (!done.isSuccess()) {
                lost(reason(done.cause()));
            }
        });
    }

    private static String reason(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getMessage() == null) {
            c = c.getCause();
        }
        return c.getMessage() != null ? c.getMessage() : c.getClass().getSimpleName();
    }

    /** The connection is gone (or never came): tell the listener and try again after the back-off. */
    private void lost(String reason) {
        connected = false;
        channel = null;
        if (!open) {
            return;
        }
        long wait = backoffMillis;
        backoffMillis = Math.min(backoffMillis * 2, options.reconnectMax().toMillis());
        LOG.debug("WebSocket {}: {}; retrying in {} ms", options.uri(), reason, wait);
        listener.onDisconnected(reason, Duration.ofMillis(wait));
        loop.schedule(this::connect, wait, TimeUnit.MILLISECONDS);
    }

    /** Ends the connection and every retry; waits briefly for the network thread to stop. */
    @Override
    public void close() {
        open = false;
        connected = false;
        loop.execute(() -> {
            if (channel != null) {
                channel.close();
            }
        });
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    /** Handshake events, messages, and the end of a connection. */
    private final class Frames extends SimpleChannelInboundHandler<WebSocketFrame> {
        private boolean handshaken;
        private String problem;

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                handshaken = true;
                connected = true;
                backoffMillis = options.reconnectMin().toMillis();
                listener.onConnected(everConnected);
                everConnected = true;
            } else if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                problem = "the server did not complete the WebSocket handshake";
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            if (frame instanceof TextWebSocketFrame t) {
                listener.onMessage(t.text());
            } else if (frame instanceof BinaryWebSocketFrame bin) {
                listener.onMessage(bin.content().toString(StandardCharsets.UTF_8));
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            problem = reason(cause);
            ctx.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            String why = problem != null ? problem
                : handshaken ? "the server closed the connection" : "the connection closed during the handshake";
            lost(why);
            super.channelInactive(ctx);
        }
    }
}
