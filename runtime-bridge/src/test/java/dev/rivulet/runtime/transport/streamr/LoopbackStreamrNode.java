package dev.rivulet.runtime.transport.streamr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A loopback server implementing the documented Streamr node plugin APIs (WebSocket plugin: subscribe and publish
 * with apiKey, partitions, partitionKey, payloadMetadata; HTTP plugin: POST /streams/{id} with bearer auth,
 * timestamp, partition or partitionKey, 422 for both). Partition keys map to partitions by Java's String hash here;
 * the real node uses its own hash, which a client never needs to know.
 */
final class LoopbackStreamrNode implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> apiKeys;
    private final boolean payloadMetadata;
    private final int partitions;
    private final EventLoopGroup group = new NioEventLoopGroup(1);
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Set<Channel> open = ConcurrentHashMap.newKeySet();
    private final List<String> published = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private Channel wsServer;
    private Channel httpServer;
    private int wsPort;
    private int httpPort;

    private record Subscriber(String streamId, Set<Integer> partitions, Channel channel) {
    }

    LoopbackStreamrNode(Set<String> apiKeys, boolean payloadMetadata, int partitions) throws InterruptedException {
        this.apiKeys = apiKeys;
        this.payloadMetadata = payloadMetadata;
        this.partitions = partitions;
        start(0, 0);
    }

    private void start(int ws, int http) throws InterruptedException {
        wsServer = bind(ws);
        httpServer = bind(http);
        wsPort = ((InetSocketAddress) wsServer.localAddress()).getPort();
        httpPort = ((InetSocketAddress) httpServer.localAddress()).getPort();
    }

    private Channel bind(int port) throws InterruptedException {
        return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
            .childHandler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    open.add(ch);
                    ch.closeFuture().addListener(f -> open.remove(ch));
                    ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1024 * 1024), new Handler());
                }
            }).bind("127.0.0.1", port).sync().channel();
    }

    StreamrNodeEndpoint endpoint(String apiKey) {
        return new StreamrNodeEndpoint(java.net.URI.create("ws://127.0.0.1:" + wsPort),
            java.net.URI.create("http://127.0.0.1:" + httpPort), java.util.Optional.ofNullable(apiKey));
    }

    /** Drops every client connection (a node restart as clients see it); the server keeps listening. */
    void dropConnections() {
        subscribers.clear();
        open.forEach(Channel::close);
    }

    /** Stops listening and drops everyone, then listens again on the same ports after {@code pauseMillis}. */
    void restart(long pauseMillis) throws InterruptedException {
        int ws = wsPort;
        int http = httpPort;
        wsServer.close().sync();
        httpServer.close().sync();
        dropConnections();
        Thread.sleep(pauseMillis);
        start(ws, http);
    }

    int subscriberCount() {
        return subscribers.size();
    }

    /** Every message body the node accepted, as "streamId#partition content" lines. */
    List<String> published() {
        return List.copyOf(published);
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }

    private int partitionFor(Map<String, List<String>> q, JsonNode content) {
        if (q.containsKey("partition")) {
            return Integer.parseInt(q.get("partition").get(0));
        }
        String key = q.containsKey("partitionKey") ? q.get("partitionKey").get(0)
            : q.containsKey("partitionKeyField") ? content.path(q.get("partitionKeyField").get(0)).asText() : null;
        return key == null ? 0 : Math.floorMod(key.hashCode(), partitions);
    }

    private void deliver(String streamId, int partition, JsonNode content, long timestamp, String chain) {
        published.add(streamId + "#" + partition + " " + content);
        String text;
        if (payloadMetadata) {
            ObjectNode wrapped = JSON.createObjectNode();
            wrapped.set("content", content);
            wrapped.putObject("metadata").put("timestamp", timestamp).put("sequenceNumber", sequence.getAndIncrement())
                .put("publisherId", "0x0000000000000000000000000000000000000001").put("msgChainId", chain);
            text = wrapped.toString();
        } else {
            text = content.toString();
        }
        for (Subscriber s : subscribers) {
            if (s.streamId.equals(streamId) && (s.partitions.isEmpty() || s.partitions.contains(partition))) {
                s.channel.writeAndFlush(new TextWebSocketFrame(text));
            }
        }
    }

    private final class Handler extends SimpleChannelInboundHandler<Object> {
        private WebSocketServerHandshaker handshaker;
        private String streamId;
        private Map<String, List<String>> query;
        private final String chain = UUID.randomUUID().toString();

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (msg instanceof FullHttpRequest req) {
                request(ctx, req);
            } else if (msg instanceof WebSocketFrame frame) {
                frame(ctx, frame);
            }
        }

        private void request(ChannelHandlerContext ctx, FullHttpRequest req) throws Exception {
            QueryStringDecoder decoder = new QueryStringDecoder(req.uri());
            String[] parts = decoder.rawPath().split("/");
            query = decoder.parameters();
            boolean upgrade = "websocket".equalsIgnoreCase(req.headers().get(HttpHeaderNames.UPGRADE));
            if (parts.length < 3 || !"streams".equals(parts[1])) {
                respond(ctx, HttpResponseStatus.NOT_FOUND, "not found");
                return;
            }
            streamId = java.net.URLDecoder.decode(parts[2], StandardCharsets.UTF_8);
            if (upgrade) {
                List<String> key = query.get("apiKey");
                if (!apiKeys.isEmpty() && key == null) {
                    respond(ctx, HttpResponseStatus.UNAUTHORIZED, "");
                    return;
                }
                if (!apiKeys.isEmpty() && !apiKeys.contains(key.get(0))) {
                    respond(ctx, HttpResponseStatus.FORBIDDEN, "");
                    return;
                }
                String action = parts.length > 3 ? parts[3] : "";
                long choices = List.of("partition", "partitionKey", "partitionKeyField").stream()
                    .filter(query::containsKey).count();
                if (!(action.equals("subscribe") || action.equals("publish")) || choices > 1) {
                    respond(ctx, choices > 1 ? HttpResponseStatus.UNPROCESSABLE_ENTITY : HttpResponseStatus.NOT_FOUND,
                        "");
                    return;
                }
                handshaker = new WebSocketServerHandshakerFactory("ws://127.0.0.1" + req.uri(), null, false)
                    .newHandshaker(req);
                handshaker.handshake(ctx.channel(), req).sync();
                if (action.equals("subscribe")) {
                    Set<Integer> ps = query.containsKey("partitions")
                        ? java.util.Arrays.stream(query.get("partitions").get(0).split(",")).map(String::trim)
                            .map(Integer::parseInt).collect(Collectors.toSet())
                        : Set.of();
                    subscribers.add(new Subscriber(streamId, ps, ctx.channel()));
                    ctx.channel().closeFuture().addListener(f -> subscribers.removeIf(s -> s.channel == ctx.channel()));
                } else {
                    query = Map.copyOf(query);
                }
                return;
            }
            if (req.method() != HttpMethod.POST || parts.length != 3) {
                respond(ctx, HttpResponseStatus.NOT_FOUND, "not found");
                return;
            }
            String auth = req.headers().get(HttpHeaderNames.AUTHORIZATION);
            if (!apiKeys.isEmpty() && auth == null) {
                respond(ctx, HttpResponseStatus.UNAUTHORIZED, "");
                return;
            }
            if (!apiKeys.isEmpty() && !apiKeys.contains(auth.replaceFirst("(?i)^bearer ", ""))) {
                respond(ctx, HttpResponseStatus.FORBIDDEN, "");
                return;
            }
            if (query.containsKey("partition") && query.containsKey("partitionKey")) {
                respond(ctx, HttpResponseStatus.UNPROCESSABLE_ENTITY, "Invalid combination of partition and partitionKey");
                return;
            }
            JsonNode body;
            try {
                body = JSON.readTree(req.content().toString(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                body = null;
            }
            if (body == null || !body.isObject()) {
                respond(ctx, HttpResponseStatus.BAD_REQUEST, "Content must be a JSON object");
                return;
            }
            long ts = query.containsKey("timestamp") ? Long.parseLong(query.get("timestamp").get(0))
                : System.currentTimeMillis();
            deliver(streamId, partitionFor(query, body), body, ts, chain);
            respond(ctx, HttpResponseStatus.OK, "");
        }

        private void frame(ChannelHandlerContext ctx, WebSocketFrame frame) {
            if (frame instanceof CloseWebSocketFrame close) {
                handshaker.close(ctx.channel(), close.retain());
                return;
            }
            if (!(frame instanceof TextWebSocketFrame text) || subscribers.stream().anyMatch(s -> s.channel == ctx.channel())) {
                return;
            }
            JsonNode root;
            try {
                root = JSON.readTree(text.text());
            } catch (java.io.IOException e) {
                return;
            }
            if (root == null || !root.isObject()) {
                return;
            }
            JsonNode content = root;
            long ts = System.currentTimeMillis();
            if (payloadMetadata && root.path("content").isObject()) {
                content = root.get("content");
                ts = root.path("metadata").path("timestamp").asLong(ts);
            }
            deliver(streamId, partitionFor(query, content), content, ts, chain);
        }

        private void respond(ChannelHandlerContext ctx, HttpResponseStatus status, String body) {
            DefaultFullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
            r.headers().set(HttpHeaderNames.CONTENT_LENGTH, r.content().readableBytes());
            ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
