package org.parley.complaints.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parley.complaints.ChannelRegistry;
import org.parley.complaints.extension.ComplaintChannel;

/** Every {@link ComplaintChannel} service, Parley's and plug-ins', followed as they come and go. */
@Component(service = ChannelRegistry.class)
public class ContributedChannels implements ChannelRegistry {

    private final List<ComplaintChannel> channels = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addChannel(ComplaintChannel channel) {
        channels.add(channel);
    }

    public void removeChannel(ComplaintChannel channel) {
        channels.remove(channel);
    }

    @Override
    public List<ComplaintChannel> channels() {
        return channels.stream()
                .sorted(Comparator.comparingInt(ComplaintChannel::order).thenComparing(ComplaintChannel::code)).toList();
    }

    @Override
    public Optional<ComplaintChannel> find(String code) {
        return channels.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
