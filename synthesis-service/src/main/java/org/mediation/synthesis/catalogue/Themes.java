package org.mediation.synthesis.catalogue;

import static org.mediation.synthesis.history.ConsumedTypes.*;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mediation.synthesis.history.InboundEvent;

/**
 * The national theme catalogue as workshop-service publishes it: each theme once, in the order it was added, with its
 * labels. A retired theme stays, flagged: its workshops and contributions are history. Applying an event twice changes
 * nothing.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class Themes {

    public static final Set<String> TYPES = Set.of(THEME_ADDED, THEME_RELABELLED, THEME_RETIRED);

    private final List<CataloguedTheme> themes = new ArrayList<>();

    public void apply(InboundEvent event) {
        String code = event.text("code");
        int index = indexOf(code);
        switch (event.type()) {
            case THEME_ADDED -> {
                if (index < 0) {
                    themes.add(new CataloguedTheme(code, event.text("labelFr"), event.text("labelEn"), false));
                }
            }
            case THEME_RELABELLED -> {
                if (index >= 0) {
                    themes.set(index, themes.get(index).relabelled(event.text("labelFr"), event.text("labelEn")));
                }
            }
            case THEME_RETIRED -> {
                if (index >= 0) {
                    themes.set(index, themes.get(index).asRetired());
                }
            }
            default -> {}
        }
    }

    /** Every catalogued code, in the order the themes were added. */
    public List<String> codes() {
        return themes.stream().map(CataloguedTheme::code).toList();
    }

    /** A code's rank in the catalogue; a code it does not hold comes after all of them. */
    public int rank(String code) {
        int index = indexOf(code);
        return index < 0 ? themes.size() : index;
    }

    /** The French label of a code, or the code itself when the catalogue does not hold it. */
    public String label(String code) {
        int index = indexOf(code);
        return index < 0 ? code : themes.get(index).labelFr();
    }

    public Map<String, String> frenchLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        themes.forEach(theme -> labels.put(theme.code(), theme.labelFr()));
        return labels;
    }

    public Themes copy() {
        Themes copy = new Themes();
        copy.themes.addAll(themes);
        return copy;
    }

    private int indexOf(String code) {
        for (int i = 0; i < themes.size(); i++) {
            if (themes.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** One theme of the catalogue. */
    public record CataloguedTheme(String code, String labelFr, String labelEn, boolean retired) {

        CataloguedTheme relabelled(String fr, String en) {
            return new CataloguedTheme(code, fr, en, retired);
        }

        CataloguedTheme asRetired() {
            return new CataloguedTheme(code, labelFr, labelEn, true);
        }
    }
}
