package org.parley.complaints;

/** A root-cause category admins configure (e.g. {@code late-delivery}, {@code product-quality}). */
public record RootCause(String code, String name, boolean active) {
}
