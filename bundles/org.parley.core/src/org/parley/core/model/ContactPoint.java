package org.parley.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One way to reach a client: a channel code and the address on it (phone number, e-mail, handle, review profile). */
@Embeddable
public class ContactPoint {

    @Column(name = "channel", nullable = false, length = 40)
    private String channel;

    @Column(name = "address", nullable = false, length = 320)
    private String address;

    protected ContactPoint() {
    }

    public ContactPoint(String channel, String address) {
        this.channel = channel;
        this.address = address;
    }

    public String getChannel() {
        return channel;
    }

    public String getAddress() {
        return address;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactPoint c && c.channel.equals(channel) && c.address.equals(address);
    }

    @Override
    public int hashCode() {
        return channel.hashCode() * 31 + address.hashCode();
    }

    @Override
    public String toString() {
        return channel + ": " + address;
    }
}
