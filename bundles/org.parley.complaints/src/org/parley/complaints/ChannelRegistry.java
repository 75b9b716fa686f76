package org.parley.complaints;

import java.util.List;
import java.util.Optional;

import org.parley.complaints.extension.ComplaintChannel;

/** Every channel currently contributed (Parley's own and plug-ins'), in display order. */
public interface ChannelRegistry {

    List<ComplaintChannel> channels();

    Optional<ComplaintChannel> find(String code);
}
