package org.parley.complaints.internal;

import static org.parley.complaints.internal.PracticeChannel.Reference.EMAIL;
import static org.parley.complaints.internal.PracticeChannel.Reference.FREE;
import static org.parley.complaints.internal.PracticeChannel.Reference.LINK;
import static org.parley.complaints.internal.PracticeChannel.Reference.PHONE;
import static org.parley.complaints.internal.PracticeChannel.Reference.TELEGRAM;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.parley.complaints.extension.ComplaintChannel;

/**
 * Registers the ten channels the practice names as {@link ComplaintChannel} services, exactly as a plug-in
 * registers its own, so the registry treats them alike.
 */
@Component(immediate = true)
public class StandardChannels {

    private final List<ServiceRegistration<ComplaintChannel>> registered = new ArrayList<>();

    /** The practice's channels, as registered at start-up; tests of other capabilities register them by hand. */
    public static List<ComplaintChannel> all() {
        var c = org.parley.core.model.StandardChannel.class;
        List<ComplaintChannel> list = new ArrayList<>();
        int order = 10;
        for (var channel : c.getEnumConstants()) {
            list.add(new PracticeChannel(channel, switch (channel) {
                case EMAIL -> EMAIL;
                case SMS, VIBER, WHATSAPP, PHONE -> PHONE;
                case TELEGRAM -> TELEGRAM;
                case PUBLIC_REVIEW -> LINK;
                case LETTER, IN_PERSON, COMPLAINT_BOOK -> FREE;
            }, order));
            order += 10;
        }
        return list;
    }

    @Activate
    void activate(BundleContext context) {
        for (ComplaintChannel channel : all()) {
            registered.add(context.registerService(ComplaintChannel.class, channel, null));
        }
    }

    @Deactivate
    void deactivate() {
        registered.forEach(ServiceRegistration::unregister);
        registered.clear();
    }
}
