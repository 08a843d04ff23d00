package org.mediation.synthesis.catalogue;

import static org.mediation.synthesis.history.ConsumedTypes.*;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.Set;
import org.mediation.synthesis.history.InboundEvent;

/**
 * What synthesis knows of one resource of the catalogue, from the resource events keyed by resource (not by day): its
 * title and kind for the stands, whether it is catalogued (published, not withdrawn) and shared nationally.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class CatalogueEntry {

    /** The resource events this projection reads; stand offers and requests belong to the regional projections. */
    public static final Set<String> TYPES =
            Set.of(RESOURCE_PUBLISHED, RESOURCE_REVISED, RESOURCE_WITHDRAWN, RESOURCE_SHARED);

    private String resourceId;
    private String kind;
    private String title;
    private String originRegion;
    private boolean published;
    private boolean withdrawn;
    private boolean shared;

    CatalogueEntry() {}

    public CatalogueEntry(String resourceId) {
        this.resourceId = resourceId;
    }

    public void apply(InboundEvent event) {
        switch (event.type()) {
            case RESOURCE_PUBLISHED, RESOURCE_REVISED -> {
                kind = event.text("kind");
                title = event.text("title");
                originRegion = event.text("originRegion");
                published = true;
            }
            case RESOURCE_WITHDRAWN -> withdrawn = true;
            case RESOURCE_SHARED -> shared = true;
            default -> {}
        }
    }

    public String resourceId() {
        return resourceId;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public boolean catalogued() {
        return published && !withdrawn;
    }

    public boolean sharedNationally() {
        return catalogued() && shared;
    }
}
