package dev.rivulet.runtime.transport.mqtt;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
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
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.handler.codec.mqtt.MqttVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An MQTT 3.1.1 client on Netty: connects, subscribes with QoS 0 or 1, receives and publishes, and keeps the
 * connection up: a lost connection is retried with back-off (doubling from reconnectMin to reconnectMax) and the
 * subscriptions are renewed after each reconnect. Sessions are clean (the broker keeps nothing between
 * connections), so messages published while the client is away are not delivered later.
 *
 * <p>All protocol state lives on the client's one network thread; the public methods are thread-safe and never block,
 * except {@link #awaitConnected} and {@link #close}.
 *
 * <pre>{@code
 * try (MqttClient client = new MqttClient(MqttClientOptions.fromUrl("mqtt://localhost"), listener)) {
 *     client.subscribe("sensors/#", 1);
 *     client.start();
 * }
 * }</pre>
 */
public final class MqttClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MqttClient.class);
    /** Largest message accepted from the broker (netty's default of 8 KB is too small for JSON payloads). */
    private static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    private final MqttClientOptions options;
    private final MqttListener listener;
    private final EventLoopGroup group;
    private final EventLoop loop;
    private final SslContext ssl;

    // state below is touched only on the network thread (loop)
    private final Map<String, Integer> subscriptions = new LinkedHashMap<>();
    private final Map<Integer, CompletableFuture<Void>> awaitingAck = new HashMap<>();
    private final Map<Integer, List<String>> awaitingSubAck = new HashMap<>();
    private final Set<Integer> qos2Received = new HashSet<>();
    private Channel channel;
    private boolean connected;
    private boolean started;
    private boolean everConnected;
    private long backoffMillis;
    private int nextPacketId = 1;

    private volatile boolean open = true;
    private volatile CountDownLatch connectedLatch = new CountDownLatch(1);

    public MqttClient(MqttClientOptions options, MqttListener listener) {
        this.options = options;
        this.listener = listener;
        this.ssl = options.tls() ? sslContext(options.caCertificatePem()) : null;
        this.group = new NioEventLoopGroup(1, new DefaultThreadFactory("rivulet-mqtt", true));
        this.loop = group.next();
        this.backoffMillis = options.reconnectMin().toMillis();
    }

    private static SslContext sslContext(String pem) {
        try {
            SslContextBuilder b = SslContextBuilder.forClient();
            if (pem != null && !pem.isBlank()) {
                b.trustManager(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            }
            return b.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the certificate cannot be used: " + e.getMessage(), e);
        }
    }

    /** Starts connecting (and reconnecting whenever the connection is lost) until {@link #close()}. */
    public MqttClient start() {
        loop.execute(() -> {
            if (!started && open) {
                started = true;
                connect();
            }
        });
        return this;
    }

    /**
     * Subscribes to a topic filter ({@code a/+/c}, {@code a/#}) with QoS 0 or 1, now if connected, else when the
     * connection is made; kept across reconnects. The future completes when the broker grants it.
     */
    public CompletableFuture<Void> subscribe(String topicFilter, int qos) {
        if (qos < 0 || qos > 1) {
            throw new IllegalArgumentException("QoS must be 0 or 1, got " + qos);
        }
        checkFilter(topicFilter);
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> {
            subscriptions.put(topicFilter, qos);
            if (connected) {
                sendSubscribe(Map.of(topicFilter, qos), done);
            } else {
                done.complete(null);
            }
        });
        return done;
    }

    /**
     * Publishes a message. QoS 0 completes when written; QoS 1 when the broker acknowledges it. Fails at once when not
     * connected, and fails if the connection is lost before the acknowledgement (the message is not resent).
     */
    public CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retain) {
        if (qos < 0 || qos > 1) {
            throw new IllegalArgumentException("QoS must be 0 or 1, got " + qos);
        }
        if (topic.isEmpty() || topic.contains("+") || topic.contains("#")) {
            throw new IllegalArgumentException("cannot publish to \"" + topic + "\": a topic has no wildcards");
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        byte[] copy = payload.clone();
        loop.execute(() -> {
            if (!connected) {
                done.completeExceptionally(new IllegalStateException("not connected to " + options));
                return;
            }
            int id = qos > 0 ? packetId() : 0;
            MqttPublishMessage msg = MqttMessageBuilders.publish().topicName(topic).retained(retain)
                .qos(MqttQoS.valueOf(qos)).messageId(id).payload(Unpooled.wrappedBuffer(copy)).build();
            if (qos > 0) {
                awaitingAck.put(id, done);
            }
            channel.writeAndFlush(msg).addListener(f -> {
                if (!f.isSuccess()) {
                    awaitingAck.remove(id);
                    done.completeExceptionally(f.cause());
                } else if (qos == 0) {
                    done.complete(null);
                }
            });
        });
        return done;
    }

    /** Waits until the broker has accepted a connection (the first, or the current one after a reconnect). */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        return connectedLatch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isConnected() {
        return connectedLatch.getCount() == 0 && open;
    }

    public MqttClientOptions options() {
        return options;
    }

    /** Disconnects politely and stops the network thread; waits at most about two seconds. */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        CountDownLatch closed = new CountDownLatch(1);
        loop.execute(() -> {
            Channel ch = channel;
            failPending("client closed");
            if (ch != null && ch.isActive()) {
                if (connected) {
                    ch.writeAndFlush(simple(MqttMessageType.DISCONNECT)).addListener(ChannelFutureListener.CLOSE);
                } else {
                    ch.close();
                }
                ch.closeFuture().addListener(f -> closed.countDown());
            } else {
                closed.countDown();
            }
        });
        try {
            closed.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(2, TimeUnit.SECONDS);
    }

    // ---- network thread ---------------------------------------------------------------------------------------

    private void connect() {
        if (!open) {
            return;
        }
        Bootstrap b = new Bootstrap().group(loop).channel(NioSocketChannel.class)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) options.connectTimeout().toMillis())
            .option(ChannelOption.TCP_NODELAY, true)
            .handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ChannelPipeline p = ch.pipeline();
                    if (ssl != null) {
                        SslHandler tls = ssl.newHandler(ch.alloc(), options.host(), options.port());
                        SSLParameters params = tls.engine().getSSLParameters();
                        params.setEndpointIdentificationAlgorithm("HTTPS");
                        tls.engine().setSSLParameters(params);
                        p.addLast(tls);
                    }
                    int keepAlive = options.keepAliveSeconds();
                    // silent for 1.5 keep-alive periods: the connection is dead; idle writer: ping
                    p.addLast(new IdleStateHandler(keepAlive * 3L / 2, keepAlive, 0, TimeUnit.SECONDS));
                    p.addLast(new MqttDecoder(MAX_MESSAGE_BYTES));
                    p.addLast(MqttEncoder.INSTANCE);
                    p.addLast(new Handler());
                }
            });
        b.connect(options.host(), options.port()).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                retry("cannot reach " + options.host() + ":" + options.port() + ": " + reason(f.cause()));
            } else {
                channel = f.channel();
            }
        });
    }

    private void retry(String reason) {
        if (!open) {
            return;
        }
        long delay = backoffMillis;
        backoffMillis = Math.min(backoffMillis * 2, options.reconnectMax().toMillis());
        LOG.debug("MQTT {}: {}; retrying in {} ms", options, reason, delay);
        try {
            listener.onDisconnected(reason, Duration.ofMillis(delay));
        } catch (RuntimeException e) {
            LOG.warn("MQTT listener failed", e);
        }
        loop.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    private void onConnAck(ChannelHandlerContext ctx, MqttConnAckMessage ack) {
        MqttConnectReturnCode code = ack.variableHeader().connectReturnCode();
        if (code != MqttConnectReturnCode.CONNECTION_ACCEPTED) {
            String why = switch (code) {
                case CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD -> "bad user name or password";
                case CONNECTION_REFUSED_NOT_AUTHORIZED -> "not authorized";
                case CONNECTION_REFUSED_IDENTIFIER_REJECTED -> "client id rejected";
                case CONNECTION_REFUSED_SERVER_UNAVAILABLE -> "broker unavailable";
                default -> code.name();
            };
            notifyRefused("the broker refused the connection: " + why);
            ctx.close();
            return;
        }
        connected = true;
        backoffMillis = options.reconnectMin().toMillis();
        if (!subscriptions.isEmpty()) {
            sendSubscribe(new LinkedHashMap<>(subscriptions), null);
        }
        boolean again = everConnected;
        everConnected = true;
        connectedLatch.countDown();
        try {
            listener.onConnected(again);
        } catch (RuntimeException e) {
            LOG.warn("MQTT listener failed", e);
        }
    }

    private void sendSubscribe(Map<String, Integer> filters, CompletableFuture<Void> done) {
        int id = packetId();
        MqttMessageBuilders.SubscribeBuilder b = MqttMessageBuilders.subscribe().messageId(id);
        List<String> names = new ArrayList<>();
        filters.forEach((f, q) -> {
            b.addSubscription(MqttQoS.valueOf(q), f);
            names.add(f);
        });
        awaitingSubAck.put(id, names);
        if (done != null) {
            awaitingAck.put(id, done);
        }
        channel.writeAndFlush(b.build());
    }

    private void onSubAck(MqttSubAckMessage ack) {
        int id = ack.variableHeader().messageId();
        List<String> names = awaitingSubAck.remove(id);
        CompletableFuture<Void> done = awaitingAck.remove(id);
        List<Integer> granted = ack.payload().grantedQoSLevels();
        List<String> refused = new ArrayList<>();
        for (int i = 0; names != null && i < granted.size() && i < names.size(); i++) {
            if (granted.get(i) == MqttQoS.FAILURE.value()) {
                refused.add(names.get(i));
            }
        }
        if (!refused.isEmpty()) {
            notifyRefused("the broker refused the subscription to " + String.join(", ", refused));
            if (done != null) {
                done.completeExceptionally(new IllegalStateException("subscription refused: " + refused));
            }
        } else if (done != null) {
            done.complete(null);
        }
    }

    private void onPublish(ChannelHandlerContext ctx, MqttPublishMessage msg) {
        int qos = msg.fixedHeader().qosLevel().value();
        int id = msg.variableHeader().packetId();
        byte[] payload = ByteBufUtil.getBytes(msg.payload());
        boolean duplicate = qos == 2 && !qos2Received.add(id);
        if (!duplicate) {
            try {
                listener.onMessage(msg.variableHeader().topicName(), payload, qos, msg.fixedHeader().isRetain());
            } catch (RuntimeException e) {
                LOG.warn("MQTT listener failed on a message", e);
            }
        }
        // acknowledged after the listener took the message: QoS 1 is "at least once"
        if (qos == 1) {
            ctx.writeAndFlush(reply(MqttMessageType.PUBACK, id));
        } else if (qos == 2) {
            ctx.writeAndFlush(reply(MqttMessageType.PUBREC, id));
        }
    }

    private void onDisconnected() {
        boolean was = connected;
        connected = false;
        channel = null;
        if (was) {
            connectedLatch = new CountDownLatch(1);
        }
        failPending("connection lost");
        qos2Received.clear();
        retry(was ? "connection lost" : "connection closed by the broker");
    }

    private void failPending(String why) {
        for (CompletableFuture<Void> f : awaitingAck.values()) {
            f.completeExceptionally(new IllegalStateException(why));
        }
        awaitingAck.clear();
        awaitingSubAck.clear();
    }

    private void notifyRefused(String why) {
        LOG.debug("MQTT {}: {}", options, why);
        try {
            listener.onRefused(why);
        } catch (RuntimeException e) {
            LOG.warn("MQTT listener failed", e);
        }
    }

    private MqttMessage connectMessage() {
        MqttMessageBuilders.ConnectBuilder b = MqttMessageBuilders.connect()
            .protocolVersion(MqttVersion.MQTT_3_1_1)
            .clientId(options.clientId())
            .cleanSession(true)
            .keepAlive(options.keepAliveSeconds());
        if (options.username() != null) {
            b.hasUser(true).username(options.username());
            if (options.password() != null) {
                b.hasPassword(true).password(options.password().getBytes(StandardCharsets.UTF_8));
            }
        }
        return b.build();
    }

    private int packetId() {
        int id = nextPacketId;
        nextPacketId = nextPacketId == 0xFFFF ? 1 : nextPacketId + 1;
        return id;
    }

    private static MqttMessage simple(MqttMessageType type) {
        return new MqttMessage(new MqttFixedHeader(type, false, MqttQoS.AT_MOST_ONCE, false, 0));
    }

    private static MqttMessage reply(MqttMessageType type, int packetId) {
        MqttQoS qos = type == MqttMessageType.PUBREL ? MqttQoS.AT_LEAST_ONCE : MqttQoS.AT_MOST_ONCE;
        return new MqttMessage(new MqttFixedHeader(type, false, qos, false, 2), MqttMessageIdVariableHeader.from(packetId));
    }

    private static String reason(Throwable t) {
        if (t == null) {
            return "unknown error";
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /** Checks a topic filter's wildcards (IllegalArgumentException with the reason). */
    public static void checkFilter(String filter) {
        if (filter == null || filter.isEmpty()) {
            throw new IllegalArgumentException("the topic is empty");
        }
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String l = levels[i];
            if (l.contains("#") && (!l.equals("#") || i != levels.length - 1)) {
                throw new IllegalArgumentException("\"" + filter + "\": # must be a whole last level, as in a/b/#");
            }
            if (l.contains("+") && !l.equals("+")) {
                throw new IllegalArgumentException("\"" + filter + "\": + must be a whole level, as in a/+/c");
            }
        }
    }

    /** The protocol, on the network thread. */
    private final class Handler extends SimpleChannelInboundHandler<MqttMessage> {
        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            channel = ctx.channel();
            ctx.writeAndFlush(connectMessage());
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, MqttMessage msg) {
            if (msg.decoderResult().isFailure()) {
                LOG.debug("MQTT {}: undecodable packet: {}", options, msg.decoderResult().cause().toString());
                ctx.close();
                return;
            }
            switch (msg.fixedHeader().messageType()) {
                case CONNACK -> onConnAck(ctx, (MqttConnAckMessage) msg);
                case PUBLISH -> onPublish(ctx, (MqttPublishMessage) msg);
                case PUBACK -> {
                    CompletableFuture<Void> done =
                        awaitingAck.remove(((MqttMessageIdVariableHeader) msg.variableHeader()).messageId());
                    if (done != null) {
                        done.complete(null);
                    }
                }
                case SUBACK -> onSubAck((MqttSubAckMessage) msg);
                case PUBREL -> {
                    int id = ((MqttMessageIdVariableHeader) msg.variableHeader()).messageId();
                    qos2Received.remove(id);
                    ctx.writeAndFlush(reply(MqttMessageType.PUBCOMP, id));
                }
                default -> {
                    // PINGRESP, UNSUBACK: nothing to do
                }
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof IdleStateEvent idle) {
                switch (idle.state()) {
                    case WRITER_IDLE -> {
                        if (connected) {
                            ctx.writeAndFlush(simple(MqttMessageType.PINGREQ));
                        }
                    }
                    case READER_IDLE -> ctx.close();
                    default -> {
                    }
                }
                return;
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            onDisconnected();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            LOG.debug("MQTT {}: {}", options, cause.toString());
            ctx.close();
        }
    }
}
