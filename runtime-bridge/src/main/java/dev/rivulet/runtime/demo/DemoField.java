package dev.rivulet.runtime.demo;

/** A field of a simulated stream's schema; {@code type} is one of number, string, boolean (the stream schema types). */
public record DemoField(String name, String type, String description) {
}
