package dev.rivulet.app.widgets;

import dev.rivulet.core.UiMessage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.util.Duration;

/**
 * Streamr's Heatmap widget: each point ({@code l} latitude, {@code g} longitude, {@code v} value) glows on the world
 * map in a color from cool (min) to hot (max), fades in, stays {@code lifeTime} ms and fades out. The map is the
 * same offline world as the geo map. While points are alive the map redraws ten times a second.
 */
final class HeatmapWidget implements WidgetView {
    record HeatPoint(double lat, double lng, double value, long arrived) {
    }

    private final Deque<HeatPoint> points = new ArrayDeque<>();
    private final LongSupplier clock;
    private final double min;
    private final double max;
    private final double radius;
    private final double maxOpacity;
    private final long lifeTime;
    private final long fadeIn;
    private final long fadeOut;
    private final GeoView map;
    private final Timeline ticker;

    HeatmapWidget(Map<String, Object> options, LongSupplier clock) {
        this.clock = clock;
        min = OptionValues.number(options, "min", 0);
        max = OptionValues.number(options, "max", 20);
        radius = OptionValues.number(options, "radius", 30);
        maxOpacity = Math.max(0, Math.min(1, OptionValues.number(options, "maxOpacity", 0.8)));
        lifeTime = (long) OptionValues.number(options, "lifeTime", 7000);
        fadeIn = (long) OptionValues.number(options, "fadeInTime", 500);
        fadeOut = (long) OptionValues.number(options, "fadeOutTime", 500);
        map = new GeoView(BaseMap.bundled(), OptionValues.text(options, "tileServerUrl", ""),
            OptionValues.number(options, "centerLat", 35), OptionValues.number(options, "centerLng", 15),
            OptionValues.number(options, "zoom", 2), OptionValues.number(options, "minZoom", 0),
            OptionValues.number(options, "maxZoom", 18), this::drawHeat);
        ticker = new Timeline(new KeyFrame(Duration.millis(100), e -> map.draw()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    @Override
    public Region node() {
        return map;
    }

    @Override
    public void apply(List<UiMessage> batch) {
        long now = clock.getAsLong();
        boolean added = false;
        for (UiMessage m : batch) {
            if (m instanceof UiMessage.Generic g && "p".equals(g.type()) && g.body() != null
                && g.body().get("l") instanceof Number l && g.body().get("g") instanceof Number lng
                && g.body().get("v") instanceof Number v) {
                points.addLast(new HeatPoint(l.doubleValue(), lng.doubleValue(), v.doubleValue(), now));
                added = true;
            }
        }
        if (added) {
            map.draw();
            ticker.play();
        }
    }

    /** Opacity of a point now: rising over fadeIn, full, falling over fadeOut at the end of its life; 0 when gone. */
    double opacity(HeatPoint p, long now) {
        long age = now - p.arrived();
        if (age < 0 || age >= lifeTime) {
            return 0;
        }
        double o = maxOpacity;
        if (fadeIn > 0 && age < fadeIn) {
            o *= (double) age / fadeIn;
        }
        long left = lifeTime - age;
        if (fadeOut > 0 && left < fadeOut) {
            o *= (double) left / fadeOut;
        }
        return o;
    }

    /** The color of a value: blue at min, through green and yellow, red at max. */
    Color colorOf(double value) {
        double t = max > min ? Math.max(0, Math.min(1, (value - min) / (max - min))) : 1;
        return Color.hsb(240 * (1 - t), 0.9, 1.0);
    }

    private void drawHeat(GraphicsContext g, GeoView view) {
        long now = clock.getAsLong();
        while (!points.isEmpty() && now - points.peekFirst().arrived() >= lifeTime) {
            points.removeFirst();
        }
        if (points.isEmpty()) {
            ticker.stop();
            return;
        }
        for (HeatPoint p : points) {
            double o = opacity(p, now);
            if (o <= 0) {
                continue;
            }
            Color c = colorOf(p.value());
            double x = view.x(p.lng());
            double y = view.y(p.lat());
            g.setFill(new RadialGradient(0, 0, x, y, radius, false, CycleMethod.NO_CYCLE,
                new Stop(0, c.deriveColor(0, 1, 1, o)), new Stop(1, c.deriveColor(0, 1, 1, 0))));
            g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
        }
    }

    /** Points still on the map (drawn or fading). */
    int alive() {
        long now = clock.getAsLong();
        return (int) points.stream().filter(p -> now - p.arrived() < lifeTime).count();
    }

    @Override
    public void clear() {
        points.clear();
        map.draw();
    }

    GeoView map() {
        return map;
    }
}
