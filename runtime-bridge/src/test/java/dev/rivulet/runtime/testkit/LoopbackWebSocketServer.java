package dev.rivulet.runtime.testkit;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real WebSocket server on 127.0.0.1 (Netty) for tests: accepts clients on path /feed with subprotocol "feed.v1" or
 * none, records the handshake headers, sends text to every client and can drop them (they reconnect) or refuse new
 * ones until restarted.
 *
 * <p>Usage: {@code try (var server = LoopbackWebSocketServer.start()) { ...; server.send("{\"a\":1}"); }}
 */
public final class LoopbackWebSocketServer implements AutoCloseable {
    private final EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("test-ws-server", true));
    private final ChannelGroup clients = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int handshakes;
    private Channel server;
    private int port;

    private LoopbackWebSocketServer() {
    }

    public static LoopbackWebSocketServer start() throws InterruptedException {
        LoopbackWebSocketServer s = new LoopbackWebSocketServer();
        s.bind(0);
        return s;
    }

    private void bind(int wanted) throws InterruptedException {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
            .childHandler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536), new Headers(),
                        new WebSocketServerProtocolHandler("/feed", "feed.v1"), new Handshakes());
                }
            }).bind("127.0.0.1", wanted).sync().channel();
        port = ((InetSocketAddress) server.localAddress()).getPort();
    }

    public String url() {
        return "ws://127.0.0.1:" + port + "/feed";
    }

    /** Sends a text message to every connected client. */
    public void send(String text) {
        clients.writeAndFlush(new TextWebSocketFrame(text)).awaitUninterruptibly();
    }

    public int clients() {
        return clients.size();
    }

    /** Completed handshakes so far (a reconnect adds one). */
    public int handshakes() {
        return handshakes;
    }

    /** Authorization headers of the handshakes, in order. */
    public List<String> authorizations() {
        return authorizations;
    }

    /** Closes every client connection; the server keeps listening. */
    public void dropClients() {
        clients.close().awaitUninterruptibly();
    }

    public boolean awaitClients(int n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (clients.size() < n) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() {
        clients.close().awaitUninterruptibly();
        if (server != null) {
            server.close().awaitUninterruptibly();
        }
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).awaitUninterruptibly();
    }

    private final class Headers extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof io.netty.handler.codec.http.FullHttpRequest req) {
                String auth = req.headers().get("Authorization");
                authorizations.add(auth == null ? "" : auth);
            }
            ctx.fireChannelRead(msg);
        }
    }

    private final class Handshakes extends ChannelInboundHandlerAdapter {
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                clients.add(ctx.channel());
                handshakes++;
            }
            super.userEventTriggered(ctx, evt);
        }
    }
}
